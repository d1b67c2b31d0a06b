/**
 * The shared model behind every explainer: one conjunction of comparators narrowed down to
 * the versions it allows, and the English that describes it. Each ecosystem module parses
 * with its own library and feeds this builder with that library's version ordering.
 */
import { joinAsList } from '../text/lists';

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

function shown(bound: Bound): string {
    return bound.label ?? bound.version;
}

function sameRelease(a: readonly number[], b: readonly number[]): boolean {
    const length = Math.max(a.length, b.length);
    for (let index = 0; index < length; index++) {
        if ((a[index] ?? 0) !== (b[index] ?? 0)) {
            return false;
        }
    }
    return true;
}

/** "4" when the bounds are [4.x.y, 5): the release prefix whose successor is the upper bound. */
function familyOf(lower: Bound, upper: Bound, scheme: VersionScheme): { prefix: number[]; fromStart: boolean } | undefined {
    const low = scheme.release(lower.version);
    const high = scheme.release(upper.version);
    if (!low || !high || !lower.inclusive || upper.inclusive) {
        return undefined;
    }
    const deepest = Math.min(low.length, (scheme.maxFamilyDepth ?? Infinity) - 1);
    for (let depth = 1; depth <= deepest; depth++) {
        const prefix = low.slice(0, depth);
        const next = [...prefix.slice(0, -1), (prefix[depth - 1] ?? 0) + 1];
        if (sameRelease(next, high)) {
            return { prefix, fromStart: sameRelease(low, prefix) && /^[\d.]+$/.test(lower.version) };
        }
    }
    return undefined;
}

function isZero(bound: Bound, scheme: VersionScheme): boolean {
    const release = scheme.release(bound.version);
    return bound.inclusive && release !== undefined && release.every((part) => part === 0) && /^[\d.]+$/.test(bound.version);
}

function describeBounds(lower: Bound | undefined, upper: Bound | undefined, scheme: VersionScheme): string {
    const family = lower && upper ? familyOf(lower, upper, scheme) : undefined;
    if (lower && upper && family) {
        const name = `${family.prefix.join('.')}.x`;
        return family.fromStart ? `any ${name} version` : `any ${name} version from ${shown(lower)} up, below ${shown(upper)}`;
    }
    if (lower && isZero(lower, scheme)) {
        return describeBounds(undefined, upper, scheme);
    }
    if (lower && upper) {
        if (lower.inclusive && upper.inclusive) {
            if (scheme.compare(lower.version, upper.version) === 0) {
                return `exactly ${shown(lower)}`;
            }
            return `any version from ${shown(lower)} to ${shown(upper)} inclusive`;
        }
        const from = lower.inclusive ? `from ${shown(lower)} up` : `above ${shown(lower)}`;
        const to = upper.inclusive ? `up to and including ${shown(upper)}` : `below ${shown(upper)}`;
        return `any version ${from}, ${to}`;
    }
    if (lower) {
        return lower.inclusive ? `${shown(lower)} or later` : `any version above ${shown(lower)}`;
    }
    if (upper) {
        return upper.inclusive ? `${shown(upper)} or earlier` : `any version below ${shown(upper)}`;
    }
    return 'any version';
}

export function describeSpace(space: VersionSpace, scheme: VersionScheme): string {
    if (space.empty) {
        return 'no version at all (its conditions contradict each other)';
    }
    if (space.exact !== undefined) {
        return `exactly ${space.exact}`;
    }
    const core = describeBounds(space.lower, space.upper, scheme);
    const exceptions = [...space.excluded, ...space.excludedFamilies.map((prefix) => `${prefix}.x`)];
    return exceptions.length > 0 ? `${core}, except ${joinAsList(exceptions)}` : core;
}

/** Alternatives joined by "or", each already described. */
export function describeAlternatives(alternatives: readonly string[]): string {
    const distinct = [...new Set(alternatives)];
    if (distinct.length <= 1) {
        return distinct[0] ?? 'no version at all';
    }
    if (distinct.length === 2) {
        return `either ${distinct[0] ?? ''}, or ${distinct[1] ?? ''}`;
    }
    return `any of: ${distinct.join('; ')}`;
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

export function invalidExplanation(constraint: string, what: string): { words: string; valid: false } {
    return { words: `"${constraint}" is not a valid ${what}`, valid: false };
}
