import type { Registry } from '../catalog/schema';
import type { ConstraintSyntax } from '../constraints/types';

/** Offsets into the manifest text; `end` is exclusive. */
export interface TextSpan {
    start: number;
    end: number;
}

/** Where a dependency comes from when it is not the registry. */
export type DependencySource = 'git' | 'path' | 'url';

export interface ManifestDependency {
    registry: Registry;
    /** The real package name: an npm alias `"x": "npm:real@^1"` gives "real". */
    name: string;
    /** Where the name is written; for an alias, the alias key. */
    nameSpan: TextSpan;
    /** The version constraint as written, several Ruby strings joined with ", ". */
    constraint?: string;
    /** Covers the version part, so that a hover on it also finds the dependency. */
    constraintSpan?: TextSpan;
    /** Set when the constraint is not in the registry's own syntax (Poetry's `^1.2`). */
    constraintSyntax?: ConstraintSyntax;
    /** A human label of where it is declared: "devDependencies", "group :test", "[project] dependencies"... */
    section: string;
    source?: DependencySource;
    /** PEP 508 environment markers, as written. */
    markers?: string;
}

export interface ManifestFormat {
    /** 'package.json', 'gemfile', 'gemspec', 'requirements', 'pyproject' or 'pipfile'. */
    readonly id: string;
    readonly registry: Registry;
    /** Decides by the base name; a full path is accepted (its folder matters for requirements/*.txt). */
    matches(fileName: string): boolean;
    /** Sorted by `nameSpan.start`; never throws; [] for malformed or oversized input. */
    parse(text: string): ManifestDependency[];
}
