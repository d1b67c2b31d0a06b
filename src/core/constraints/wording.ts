/**
 * The words for a version space, in the display language: what a constraint allows, said as a reader would ("any 4.x
 * version from 4.17.1 up"). The space itself is built in versionSpace.ts.
 */
import type { L10n } from '../text/l10n';
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

function describeBounds(lower: Bound | undefined, upper: Bound | undefined, scheme: VersionScheme, l10n: L10n): string {
    const family = lower && upper ? familyOf(lower, upper, scheme) : undefined;
    if (lower && upper && family) {
        const name = `${family.prefix.join('.')}.x`;
        return family.fromStart ? l10n.t('any {0} version', name) : l10n.t('any {0} version from {1} up, below {2}', name, shown(lower), shown(upper));
    }
    if (lower && isZero(lower, scheme)) {
        return describeBounds(undefined, upper, scheme, l10n);
    }
    if (lower && upper) {
        return describeBetween(lower, upper, scheme, l10n);
    }
    if (lower) {
        return lower.inclusive ? l10n.t('{0} or later', shown(lower)) : l10n.t('any version above {0}', shown(lower));
    }
    if (upper) {
        return upper.inclusive ? l10n.t('{0} or earlier', shown(upper)) : l10n.t('any version below {0}', shown(upper));
    }
    return l10n.t('any version');
}

/** Both bounds, one whole message per pair of inclusive/exclusive so that a translation can order it freely. */
function describeBetween(lower: Bound, upper: Bound, scheme: VersionScheme, l10n: L10n): string {
    if (lower.inclusive && upper.inclusive) {
        return scheme.compare(lower.version, upper.version) === 0
            ? l10n.t('exactly {0}', shown(lower))
            : l10n.t('any version from {0} to {1} inclusive', shown(lower), shown(upper));
    }
    if (lower.inclusive) {
        return l10n.t('any version from {0} up, below {1}', shown(lower), shown(upper));
    }
    return upper.inclusive
        ? l10n.t('any version above {0}, up to and including {1}', shown(lower), shown(upper))
        : l10n.t('any version above {0}, below {1}', shown(lower), shown(upper));
}

/** "A", "A and B", "A, B and C" in the display language. */
function listed(items: readonly string[], l10n: L10n): string {
    const last = items[items.length - 1] ?? '';
    return items.length <= 1 ? last : l10n.t('{0} and {1}', items.slice(0, -1).join(', '), last);
}

export function describeSpace(space: VersionSpace, scheme: VersionScheme, l10n: L10n): string {
    if (space.empty) {
        return l10n.t('no version at all (its conditions contradict each other)');
    }
    if (space.exact !== undefined) {
        return l10n.t('exactly {0}', space.exact);
    }
    const core = describeBounds(space.lower, space.upper, scheme, l10n);
    const exceptions = [...space.excluded, ...space.excludedFamilies.map((prefix) => `${prefix}.x`)];
    return exceptions.length > 0 ? l10n.t('{0}, except {1}', core, listed(exceptions, l10n)) : core;
}

/** Alternatives joined by "or", each already described. */
export function describeAlternatives(alternatives: readonly string[], l10n: L10n): string {
    const distinct = [...new Set(alternatives)];
    if (distinct.length <= 1) {
        return distinct[0] ?? l10n.t('no version at all');
    }
    if (distinct.length === 2) {
        return l10n.t('either {0}, or {1}', distinct[0] ?? '', distinct[1] ?? '');
    }
    return l10n.t('any of: {0}', distinct.join('; '));
}

/** `words` names the rules that reject the constraint: "\"x\" is not a valid npm version range". */
export function invalidExplanation(words: string): { words: string; valid: false } {
    return { words, valid: false };
}

/** One comparator ("<5.0.0-0", ">= 1.2", "!=1.5.*", "1.2.3") split into its operator and version. */
const COMPARATOR = /^(~>|~=|===|==|!=|>=|<=|>|<|=|\^|~)?\s*(\S+)$/;

/**
 * A normalised range as a reader takes it in: each comparator as "operator version" with
 * semver's "and all its pre-releases" sentinel dropped from upper bounds (<5.0.0-0 reads
 * "< 5.0.0", the same bound the words give), comparators joined with commas, one string per
 * alternative. Empty when the range allows any version, where the words say it all.
 */
export function readableAlternatives(range: string): string[] {
    return range
        .split('||')
        .map((alternative) => readableConjunction(alternative.trim()))
        .filter((alternative): alternative is string => alternative !== undefined);
}

/** The readable alternatives joined with "or"; undefined when the range allows any version. */
export function readableComparators(range: string, l10n: L10n): string | undefined {
    const [first, ...others] = readableAlternatives(range);
    return first === undefined ? undefined : others.reduce((joined, next) => l10n.t('{0} or {1}', joined, next), first);
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
