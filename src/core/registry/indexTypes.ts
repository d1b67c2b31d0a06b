import type { Registry } from '../catalog/schema';

/**
 * One package in an index file, as a positional row to keep the shipped files small:
 * name, summary, latest version, popularity rank (1 = most used), month of the latest release
 * (YYYY-MM) and homepage (https). Absent values are null; trailing absent ones are left off.
 */
export type IndexRow = [
    name: string,
    summary: string,
    latestVersion?: string | null,
    rank?: number | null,
    lastRelease?: string | null,
    homepage?: string | null,
];

/** Who wrote the summaries: the packages' authors, or Debian's packagers. */
export type SummaryAuthor = 'authors' | 'debian';

/** An index file under data/registry/: one registry's most-used packages as of one date. */
export interface RegistryIndexFile {
    readonly format: 1;
    readonly registry: Registry;
    /** The date of the data (YYYY-MM-DD), not of the build. */
    readonly asOf: string;
    /** What the data is and when it was taken, in words fit to show a user. */
    readonly source: string;
    readonly summaryAuthor: SummaryAuthor;
    /** Sorted by rank where the data has ranks, else by name. */
    readonly packages: readonly IndexRow[];
}

/** A package as the index knows it, with every optional fact already checked. */
export interface IndexedPackage {
    readonly name: string;
    readonly registry: Registry;
    readonly summary: string;
    readonly summaryAuthor: SummaryAuthor;
    readonly latestVersion?: string;
    readonly rank?: number;
    readonly lastRelease?: string;
    readonly homepage?: string;
    readonly asOf: string;
}
