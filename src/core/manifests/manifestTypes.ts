import type { Registry } from '../catalog/schema';
import type { ConstraintSyntax } from '../constraints/explanation';
import type { ManifestFormatId } from './manifestFiles';

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
    /** The name it is installed under when that is not `name`: an npm alias's key. */
    installedAs?: string;
    /** The version constraint as written, several Ruby strings joined with ", ". */
    constraint?: string;
    /** Covers the version part, so that a hover on it also finds the dependency. */
    constraintSpan?: TextSpan;
    /** Set when the constraint is not in the registry's own syntax (Poetry's `^1.2`). */
    constraintSyntax?: ConstraintSyntax;
    /** A human label of where it is declared: "devDependencies", "group :test", "[project] dependencies"... */
    section: string;
    source?: DependencySource;
    /**
     * Where a git or path source points, as the manifest wrote it: a folder (`./engines/catalog`),
     * a repository URL, or `github:owner/repo` for Bundler's `github:` shorthand. Hostile text.
     */
    sourceLocation?: string;
    /** PEP 508 environment markers, as written. */
    markers?: string;
}

/** What a format's own parser found, before the harness sorts and sanitises it. */
export interface ManifestContents {
    dependencies: ManifestDependency[];
    /** The manifest's own package name, where the format declares one (package.json `name`). */
    packageName?: string;
}

/** A manifest read once: its dependencies, and the one under any offset. */
export interface ParsedManifest {
    /** Sorted by `nameSpan.start`; empty for malformed or oversized input. */
    readonly dependencies: readonly ManifestDependency[];
    readonly packageName?: string;
    /** The dependency whose name or constraint covers `offset`. */
    at(offset: number): ManifestDependency | undefined;
}

/** Told of every exception a format's parser throws; the manifest then reads as empty. */
export type ParseErrorHook = (error: unknown) => void;

export interface ManifestFormat {
    readonly id: ManifestFormatId;
    readonly registry: Registry;
    /** Decides by the names in manifestFiles.ts; a full path is accepted (requirements/*.txt). */
    matches(fileName: string): boolean;
    /** Never throws: malformed or oversized input reads as an empty manifest. */
    parse(text: string, onError?: ParseErrorHook): ParsedManifest;
}
