import type { Registry } from '../catalog/vocabulary';

/** The radar's rings, from "use it" to "do not start with it", as tech radars name them. */
export const RINGS = ['adopt', 'trial', 'assess', 'hold'] as const;
export type Ring = (typeof RINGS)[number];

/** Where a team file says something: its URI (as a string) and the offsets of the JSON node. */
export interface TeamOrigin {
    readonly file: string;
    /** The item's JSON path, `radar[2]`. */
    readonly path: string;
    readonly offset: number;
    readonly length: number;
}

/** `registry:name`, `name` possibly ending in `*`; `name` is already normalised for its registry. */
export interface PackagePattern {
    readonly registry: Registry;
    /** The name, or the prefix before the `*`, normalised (PEP 503 for PyPI). */
    readonly name: string;
    readonly prefix: boolean;
    /** As written in the file, for messages. */
    readonly text: string;
}

/** One radar item as the file says it, before the catalog resolves `entry`. */
export interface TeamRadarItem {
    readonly target: { readonly kind: 'package'; readonly pattern: PackagePattern } | { readonly kind: 'entry'; readonly id: string };
    readonly ring: Ring;
    readonly note?: string;
    /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as written. */
    readonly since?: string;
    readonly origin: TeamOrigin;
}

/** A private or internal package the team describes: from then on known, never "unknown". */
export interface TeamPackage {
    readonly pattern: PackagePattern;
    readonly summary: string;
    readonly owner?: string;
    /** Only ever an https URL (checked when read). */
    readonly docs?: string;
    readonly origin: TeamOrigin;
}

/** A problem with a team file, at the JSON node it is about. */
export interface TeamFileProblem {
    readonly message: string;
    /** `radar[0].ring`; '' for the whole file. */
    readonly path: string;
    readonly offset: number;
    readonly length: number;
    /** An error drops what it is in; a warning (an unknown entry id) only says so. */
    readonly severity: 'error' | 'warning';
}

/** One team file read: what applies, and what is wrong with the rest. */
export interface TeamFile {
    readonly uri: string;
    readonly name?: string;
    readonly radar: readonly TeamRadarItem[];
    readonly packages: readonly TeamPackage[];
    readonly problems: readonly TeamFileProblem[];
}
