import { REGISTRY_LABELS } from '../catalog/labels';
import type { Registry } from '../catalog/schema';

/** A package's place in its registry's dated download list. */
export interface DownloadRank {
    readonly rank: number;
    /** How many packages the ranked list holds. */
    readonly listSize: number;
    /** The date of the list (YYYY-MM-DD). */
    readonly asOf: string;
}

/** A package's download rank; undefined for one the registry's list does not rank. */
export type RankLookup = (registry: Registry, name: string) => DownloadRank | undefined;

/** A popularity band: the package is among the `within` most used packages of its registry. */
export interface PopularityBand {
    readonly within: number;
    /** For example "among the 1,000 most downloaded npm packages". */
    readonly text: string;
}

/**
 * A ranked list's size as its source states it: two significant figures, rounded up. The PyPI
 * list of the 15,000 most downloaded projects holds 14,985 once duplicates are merged, and it
 * is still "the 15,000 most downloaded".
 */
export function nominalListSize(size: number): number {
    if (!Number.isInteger(size) || size < 1) {
        return 0;
    }
    const step = 10 ** Math.max(0, Math.floor(Math.log10(size)) - 1);
    return Math.ceil(size / step) * step;
}

/**
 * The smallest power-of-ten band (100, 1,000, 10,000, …) that holds `rank`, capped at the
 * list's own size when that is given: a list of 15,000 says nothing about the 100,000 most
 * downloaded. A rank is only a position in one dated list, so it is shown as a band: the
 * exact number would suggest a precision the data does not have.
 */
export function popularityBand(registry: Registry, rank: number | undefined, listSize?: number): PopularityBand | undefined {
    if (rank === undefined || !Number.isInteger(rank) || rank < 1) {
        return undefined;
    }
    let within = 100;
    while (within < rank) {
        within *= 10;
    }
    const cap = listSize === undefined ? 0 : nominalListSize(Math.max(listSize, rank));
    if (cap > 0 && cap < within) {
        within = cap;
    }
    return { within, text: `among the ${within.toLocaleString('en-US')} most downloaded ${REGISTRY_LABELS[registry]} packages` };
}
