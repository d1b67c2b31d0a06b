import type { Status } from './schema';

/** Every status but `active`: the ones that warn. */
export type WarningStatus = Exclude<Status['value'], 'active'>;

export interface StatusPresentation {
    /** Heading in hovers: "Deprecated". */
    readonly label: string;
    /** How a sentence says it: "npm-x is deprecated". */
    readonly phrase: string;
    /** Codicon shown beside the heading and on the entry's sidebar row. */
    readonly icon: 'warning' | 'info';
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
    deprecated: { label: 'Deprecated', phrase: 'is deprecated', icon: 'warning', recommendable: false },
    unmaintained: { label: 'Unmaintained', phrase: 'is no longer maintained', icon: 'warning', recommendable: false },
    maintenance: { label: 'In maintenance mode', phrase: 'is in maintenance mode', icon: 'info', recommendable: true },
};

/** The presentation of a status, or undefined for `active`. */
export function statusPresentation(status: Status): StatusPresentation | undefined {
    return status.value === 'active' ? undefined : STATUS_PRESENTATION[status.value];
}
