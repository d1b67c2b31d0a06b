/**
 * The version-space model shared by every explainer: one conjunction of comparators narrowed
 * down to the versions it allows, and that space written back as comparators in an
 * ecosystem's notation. Each ecosystem module parses with its own library and feeds the
 * builder with that library's version ordering; wording.ts says the space in English.
 */

export interface Bound {
    version: string;
    inclusive: boolean;
    /** How to print it when that differs from `version` (semver's `<5.0.0-0` reads "5.0.0"). */
    label?: string;
}

/** What an ecosystem's library says about its versions. */
export interface VersionScheme {
    compare(a: string, b: string): number;
    /** The numeric release segments ([4, 17, 1]), or undefined when the library rejects the version. */
    release(version: string): number[] | undefined;
    /** A family as deep as this is a single version (semver's 1.2.3), so "1.2.3.x" is never said. */
    maxFamilyDepth?: number;
}

export interface VersionSpace {
    lower?: Bound;
    upper?: Bound;
    exact?: string;
    excluded: string[];
    /** Release prefixes excluded whole (PEP 440's `!=1.5.*`). */
    excludedFamilies: string[];
    /** The comparators contradict each other. */
    empty: boolean;
}

export class VersionSpaceBuilder {
    private lower?: Bound;
    private upper?: Bound;
    private readonly exacts: string[] = [];
    private readonly excluded: string[] = [];
    private readonly excludedFamilies: string[] = [];

    constructor(private readonly scheme: VersionScheme) {}

    atLeast(version: string, inclusive: boolean): this {
        const current = this.lower;
        const order = current ? this.scheme.compare(version, current.version) : 1;
        if (!current || order > 0 || (order === 0 && !inclusive)) {
            this.lower = { version, inclusive };
        }
        return this;
    }

    atMost(version: string, inclusive: boolean, label?: string): this {
        const current = this.upper;
        const order = current ? this.scheme.compare(version, current.version) : -1;
        if (!current || order < 0 || (order === 0 && !inclusive)) {
            this.upper = label === undefined ? { version, inclusive } : { version, inclusive, label };
        }
        return this;
    }

    exactly(version: string): this {
        this.exacts.push(version);
        return this;
    }

    except(version: string): this {
        this.excluded.push(version);
        return this;
    }

    exceptFamily(prefix: string): this {
        this.excludedFamilies.push(prefix);
        return this;
    }

    build(): VersionSpace {
        const space: VersionSpace = { excluded: this.excluded, excludedFamilies: this.excludedFamilies, empty: false };
        if (this.lower) {
            space.lower = this.lower;
        }
        if (this.upper) {
            space.upper = this.upper;
        }
        const [exact, ...otherExacts] = this.exacts;
        if (exact !== undefined) {
            space.exact = exact;
            space.empty =
                otherExacts.some((other) => this.scheme.compare(other, exact) !== 0) ||
                !this.admits(exact, space.lower, space.upper) ||
                this.excluded.some((other) => this.scheme.compare(other, exact) === 0);
        } else if (space.lower && space.upper) {
            const order = this.scheme.compare(space.lower.version, space.upper.version);
            space.empty = order > 0 || (order === 0 && !(space.lower.inclusive && space.upper.inclusive));
        }
        return space;
    }

    private admits(version: string, lower: Bound | undefined, upper: Bound | undefined): boolean {
        const aboveLower = !lower || this.scheme.compare(version, lower.version) > (lower.inclusive ? -1 : 0);
        const belowUpper = !upper || this.scheme.compare(version, upper.version) < (upper.inclusive ? 1 : 0);
        return aboveLower && belowUpper;
    }
}

/** How one ecosystem writes comparators: RubyGems puts a space after the operator, PEP 440 does not. */
export interface ComparatorStyle {
    separator: string;
    equals: string;
    /** PEP 440 writes an excluded family as `!=1.5.*`; undefined when the ecosystem has no such form. */
    family?: (prefix: string) => string;
}

/** The space as comparators in the ecosystem's own notation; undefined when it allows anything or nothing. */
export function formatSpace(space: VersionSpace, style: ComparatorStyle): string | undefined {
    if (space.empty) {
        return undefined;
    }
    const op = (operator: string, version: string): string => `${operator}${style.separator}${version}`;
    const parts: string[] = [];
    if (space.exact !== undefined) {
        parts.push(op(style.equals, space.exact));
    } else {
        if (space.lower) {
            parts.push(op(space.lower.inclusive ? '>=' : '>', space.lower.version));
        }
        if (space.upper) {
            parts.push(op(space.upper.inclusive ? '<=' : '<', space.upper.version));
        }
        parts.push(...space.excluded.map((version) => op('!=', version)));
        if (style.family) {
            parts.push(...space.excludedFamilies.map(style.family));
        }
    }
    return parts.length > 0 ? parts.join(', ') : undefined;
}
