// Only the parts used, not semver's index, which loads every function and class it has.
import Range from 'semver/classes/range';
import compare from 'semver/functions/compare';
import parse from 'semver/functions/parse';
import validRange from 'semver/ranges/valid';
import type { Comparator, Options } from 'semver';
import type { L10n } from '../text/l10n';
import type { ConstraintExplanation } from './explanation';
import { describeAlternatives, describeSpace, invalidExplanation } from './wording';
import { VersionSpaceBuilder, type VersionScheme } from './versionSpace';

/** npm reads ranges loosely (`v1.2.3`, `=1.2.3`), like npm-package-arg does. */
const OPTIONS: Options = { loose: true };

export const SEMVER: VersionScheme = {
    compare: (a, b) => compare(a, b, OPTIONS),
    release: (version) => {
        const parsed = parse(version, OPTIONS);
        return parsed ? [parsed.major, parsed.minor, parsed.patch] : undefined;
    },
    maxFamilyDepth: 3,
};

/**
 * What npm does with a value that is not a range: npm-package-arg takes anything that needs no
 * URL-encoding as a dist-tag. Something that starts like a version is a broken range rather
 * than a tag anybody would publish, so it is reported as invalid.
 */
function isDistTag(spec: string): boolean {
    return encodeURIComponent(spec) === spec && /^[A-Za-z]/.test(spec) && !/^v\d/i.test(spec);
}

function describeComparators(comparators: readonly Comparator[], l10n: L10n): string {
    const space = new VersionSpaceBuilder(SEMVER);
    for (const comparator of comparators) {
        // semver's "any version" comparator is the one with an empty value.
        if (comparator.value === '') {
            continue;
        }
        const { version, prerelease } = comparator.semver;
        // semver writes "below 5.0.0 and all its pre-releases" as <5.0.0-0.
        const label = prerelease.length === 1 && prerelease[0] === 0 ? version.replace(/-0$/, '') : undefined;
        switch (comparator.operator) {
            case '':
            case '=':
                space.exactly(version);
                break;
            case '>=':
            case '>':
                space.atLeast(version, comparator.operator === '>=');
                break;
            case '<=':
            case '<':
                space.atMost(version, comparator.operator === '<=', label);
                break;
        }
    }
    return describeSpace(space.build(), SEMVER, l10n);
}

export function explainNpmConstraint(constraint: string, l10n: L10n): ConstraintExplanation {
    const spec = constraint.trim();
    const range = validRange(spec, OPTIONS);
    if (range === null) {
        if (isDistTag(spec)) {
            return { words: l10n.t('whichever version the "{0}" dist-tag points to at install time', spec), valid: true };
        }
        return invalidExplanation(l10n.t('"{0}" is not a valid npm version range', constraint));
    }
    const alternatives = new Range(spec, OPTIONS).set.map((comparators) => describeComparators(comparators, l10n));
    return { words: describeAlternatives(alternatives, l10n), range, valid: true };
}
