import { english, type L10n } from '../text/l10n';
import type { Status } from './schema';

/** Every status but `active`: the ones that warn. */
export type WarningStatus = Exclude<Status['value'], 'active'>;

/** A codicon for a tree row and, where it must stand out, its theme colour. */
export interface RowIcon {
    readonly id: string;
    readonly color?: string;
}

/** How a status reads, in the display language. */
export interface StatusWords {
    /** Heading in hovers: "Deprecated". */
    readonly label: string;
    /** How a sentence says it: "npm-x is deprecated". */
    readonly phrase: string;
    /** Beside a tree row's name, before its kind: "deprecated · library · 2010". */
    readonly short: string;
}

export interface StatusPresentation extends StatusWords {
    /** Codicon shown beside the hover's heading and on every tree row about such an entry. */
    readonly icon: 'warning' | 'info';
    /** Theme colour of that icon in trees, where one is needed to stand out. */
    readonly iconColor?: 'list.warningForeground';
    /**
     * Whether a recommendation may still pick it. A library nobody maintains any more is no
     * answer to "what should I build with", even if it still works.
     */
    readonly recommendable: boolean;
}

/** The words of each non-active status; one switch, so that `npm run l10n` finds every message. */
export function statusWords(status: WarningStatus, l10n: L10n): StatusWords {
    switch (status) {
        case 'deprecated':
            return { label: l10n.t('Deprecated'), phrase: l10n.t('is deprecated'), short: l10n.t('deprecated') };
        case 'unmaintained':
            return { label: l10n.t('Unmaintained'), phrase: l10n.t('is no longer maintained'), short: l10n.t('unmaintained') };
        case 'maintenance':
            return { label: l10n.t('In maintenance mode'), phrase: l10n.t('is in maintenance mode'), short: l10n.t('maintenance') };
    }
}

/**
 * How each non-active status reads everywhere (hovers, sidebar, workspace review,
 * recommendations): a new status is one row here, its words and its schema value. The label
 * and phrase here are English, for the views not yet localised; `statusWords` gives them in
 * the display language.
 */
export const STATUS_PRESENTATION: Record<WarningStatus, StatusPresentation> = {
    deprecated: { ...statusWords('deprecated', english), icon: 'warning', iconColor: 'list.warningForeground', recommendable: false },
    unmaintained: { ...statusWords('unmaintained', english), icon: 'warning', iconColor: 'list.warningForeground', recommendable: false },
    maintenance: { ...statusWords('maintenance', english), icon: 'info', recommendable: true },
};

/** The presentation of a status, or undefined for `active`. */
export function statusPresentation(status: Status): StatusPresentation | undefined {
    return status.value === 'active' ? undefined : STATUS_PRESENTATION[status.value];
}
