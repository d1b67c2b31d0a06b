import type { Status } from './schema';

/** Every status but `active`: the ones that warn. */
export type WarningStatus = Exclude<Status['value'], 'active'>;

/** A codicon for a tree row and, where it must stand out, its theme colour. */
export interface RowIcon {
    readonly id: string;
    readonly color?: string;
}

export interface StatusPresentation {
    /** Heading in hovers: "Deprecated". */
    readonly label: string;
    /** How a sentence says it: "npm-x is deprecated". */
    readonly phrase: string;
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

/**
 * How each non-active status reads everywhere (hovers, sidebar, workspace review,
 * recommendations): a new status is one row here plus its schema value.
 */
export const STATUS_PRESENTATION: Record<WarningStatus, StatusPresentation> = {
    deprecated: { label: 'Deprecated', phrase: 'is deprecated', icon: 'warning', iconColor: 'list.warningForeground', recommendable: false },
    unmaintained: { label: 'Unmaintained', phrase: 'is no longer maintained', icon: 'warning', iconColor: 'list.warningForeground', recommendable: false },
    maintenance: { label: 'In maintenance mode', phrase: 'is in maintenance mode', icon: 'info', recommendable: true },
};

/** The presentation of a status, or undefined for `active`. */
export function statusPresentation(status: Status): StatusPresentation | undefined {
    return status.value === 'active' ? undefined : STATUS_PRESENTATION[status.value];
}
