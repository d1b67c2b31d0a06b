import type { Catalog } from '../catalog/catalog';
import { normalizePackageName } from '../catalog/packageNames';
import type { Registry } from '../catalog/schema';
import { describePackage } from './describe';
import { boundedOsaDistance, isOneTransposition } from './editDistance';
import type { FamilyRules } from './families';
import type { RegistryIndexes } from './registryIndexes';

/** How many of a registry's most used packages a name is compared with. */
export const TYPOSQUAT_REFERENCE_SIZE = 1000;

/** A warning that a name is a likely misspelling of a much used package. */
export interface TyposquatWarning {
    readonly name: string;
    readonly registry: Registry;
    /** The much used package the name is close to, as that package spells it. */
    readonly similarTo: string;
}

const SEGMENT_SEPARATORS = /[-_./@]/;

/**
 * Whether one name segment looks like a slip of the keyboard on another. A swap of two
 * neighbouring letters, the commonest slip, always counts. Otherwise each exception below
 * removes a kind of near name that real packages use on purpose, found by comparing the npm
 * and PyPI packages ranked 1,001 to 5,000 with the first 1,000 (they are all real, so every
 * hit is a false alarm): version digits (eventemitter2 and 3), a different first letter
 * (preact, react), an added ending (colors, wordwrapjs) unless it doubles the last letter
 * (expresss), a letter inserted that does not double a neighbour (toronado, tornado). Short
 * segments collide by chance so often (qs, ms, ws) that below five characters only the swap
 * counts; one edit counts up to nine characters, two from ten.
 */
function segmentLooksMistyped(typed: string, known: string): boolean {
    if (isOneTransposition(typed, known)) {
        return true;
    }
    if (typed.replace(/\d+/g, '') === known.replace(/\d+/g, '') || typed[0] !== known[0]) {
        return false;
    }
    if (typed.startsWith(known)) {
        const added = typed.slice(known.length);
        return added.length === 1 && added === known[known.length - 1];
    }
    if (typed.length < 5) {
        return false;
    }
    if (typed.length === known.length + 1 && !insertsADouble(typed, known)) {
        return false;
    }
    return boundedOsaDistance(typed, known, 2) <= (typed.length < 10 ? 1 : 2);
}

/**
 * For a name one letter longer than a known one: whether that letter repeats a neighbour, the
 * way a key pressed twice does (reqquests). A letter inserted between different ones makes a
 * new word more often than a slip: toronado, a CSS inliner, is not a misspelt tornado.
 */
function insertsADouble(typed: string, known: string): boolean {
    let at = 0;
    while (at < known.length && typed[at] === known[at]) {
        at++;
    }
    if (typed.slice(at + 1) !== known.slice(at)) {
        return true; // not a single insertion: left to the distance check
    }
    return typed[at] === typed[at - 1] || typed[at] === typed[at + 1];
}

/** A name split at `-`, `_`, `.`, `/` and `@`, computed once per reference name. */
interface Reference {
    readonly name: string;
    readonly segments: readonly string[];
}

/**
 * Names are compared segment by segment: only a name that differs from a known one in exactly
 * one segment can be a slip, so `@aws-sdk/client-sts` is not taken for a typo of
 * `@aws-sdk/client-sso`, and a moved separator (`camel-case`, `camelcase`) is not flagged.
 */
function looksMistyped(typed: readonly string[], known: readonly string[]): boolean {
    let differing = -1;
    for (let i = 0; i < typed.length; i++) {
        if (typed[i] !== known[i]) {
            if (differing >= 0) {
                return false;
            }
            differing = i;
        }
    }
    return differing >= 0 && segmentLooksMistyped(typed[differing]!, known[differing]!);
}

/**
 * Compares unknown names with each registry's most used packages. RubyGems is not checked:
 * our gem list has no ranks, so there is no "most used" set to compare with.
 */
export class TyposquatCheck {
    /** Per registry, the reference names grouped by their number of segments; built on the registry's first check. */
    private readonly references = new Map<Registry, Map<number, Reference[]>>();

    constructor(private readonly indexes: RegistryIndexes) {}

    private referencesOf(registry: Registry): Map<number, Reference[]> {
        let bySegmentCount = this.references.get(registry);
        if (bySegmentCount) {
            return bySegmentCount;
        }
        bySegmentCount = new Map<number, Reference[]>();
        // Gems are not compared: see the class comment.
        const names = registry === 'rubygems' ? [] : (this.indexes.get(registry)?.topNames(TYPOSQUAT_REFERENCE_SIZE) ?? []);
        for (const name of names) {
            const segments = normalizePackageName(registry, name).split(SEGMENT_SEPARATORS);
            const group = bySegmentCount.get(segments.length) ?? [];
            group.push({ name, segments });
            bySegmentCount.set(segments.length, group);
        }
        this.references.set(registry, bySegmentCount);
        return bySegmentCount;
    }

    /** The much used package `name` is one or two slips from, whether or not any tier knows `name`. */
    closestKnown(registry: Registry, name: string): string | undefined {
        const typed = normalizePackageName(registry, name).split(SEGMENT_SEPARATORS);
        for (const reference of this.referencesOf(registry).get(typed.length) ?? []) {
            if (looksMistyped(typed, reference.segments)) {
                return reference.name;
            }
        }
        return undefined;
    }
}

/**
 * A warning for a dependency that no tier knows and that is one or two slips from one of its
 * registry's thousand most used packages; undefined for every name Stack Guide knows.
 */
export function typosquatWarning(
    check: TyposquatCheck,
    catalog: Catalog,
    families: FamilyRules,
    index: RegistryIndexes,
    registry: Registry,
    name: string,
): TyposquatWarning | undefined {
    if (describePackage(catalog, families, index, registry, name) !== undefined) {
        return undefined;
    }
    const similarTo = check.closestKnown(registry, name);
    return similarTo === undefined ? undefined : { name, registry, similarTo };
}
