/**
 * The English for a version space: what a constraint allows, said as a reader would ("any 4.x
 * version from 4.17.1 up"). The space itself is built in versionSpace.ts.
 */
import { joinAsList } from '../text/lists';
import type { Bound, VersionScheme, VersionSpace } from './versionSpace';

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

export function invalidExplanation(constraint: string, what: string): { words: string; valid: false } {
    return { words: `"${constraint}" is not a valid ${what}`, valid: false };
}

/** One comparator ("<5.0.0-0", ">= 1.2", "!=1.5.*", "1.2.3") split into its operator and version. */
const COMPARATOR = /^(~>|~=|===|==|!=|>=|<=|>|<|=|\^|~)?\s*(\S+)$/;

/**
 * A normalised range as a reader takes it in: each comparator as "operator version" with
 * semver's "and all its pre-releases" sentinel dropped from upper bounds (<5.0.0-0 reads
 * "< 5.0.0", the same bound the words give), comparators joined with commas and alternatives
 * with "or". Undefined when the range allows any version, where the words say it all.
 */
export function readableComparators(range: string): string | undefined {
    const alternatives = range
        .split('||')
        .map((alternative) => readableConjunction(alternative.trim()))
        .filter((alternative): alternative is string => alternative !== undefined);
    return alternatives.length === 0 ? undefined : alternatives.join(' or ');
}

function readableConjunction(conjunction: string): string | undefined {
    // RubyGems writes "> = 1" as ">= 1": join an operator standing alone with the version after it.
    const tokens = conjunction.split(/\s*,\s*|\s+/).filter(Boolean).reduce<string[]>((joined, token) => {
        const previous = joined[joined.length - 1];
        if (previous !== undefined && /^[<>=!~^]+$/.test(previous)) {
            joined[joined.length - 1] = `${previous}${token}`;
        } else {
            joined.push(token);
        }
        return joined;
    }, []);
    const comparators = tokens.flatMap((token) => {
        const match = COMPARATOR.exec(token);
        const operator = match?.[1] ?? '';
        const version = match?.[2] ?? token;
        if (version === '*' || version === 'x') {
            return [];
        }
        const shownVersion = operator === '<' ? version.replace(/-0$/, '') : version;
        return [operator === '' ? shownVersion : `${operator} ${shownVersion}`];
    });
    return comparators.length === 0 ? undefined : comparators.join(', ');
}
