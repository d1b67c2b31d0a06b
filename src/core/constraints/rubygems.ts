import { Requirement } from '@renovatebot/ruby-semver/dist/ruby/requirement';
import { Version } from '@renovatebot/ruby-semver/dist/ruby/version';
import type { L10n } from '../text/l10n';
import type { ConstraintExplanation } from './explanation';
import { describeSpace, invalidExplanation } from './wording';
import { VersionSpaceBuilder, formatSpace, type VersionScheme } from './versionSpace';

export const RUBYGEMS: VersionScheme = {
    compare: (a, b) => new Version(a).compare(new Version(b)),
    release: (version) => (Version.isCorrect(version) ? new Version(version).splitSegments()[0] : undefined),
};

/** `~> 7.1.2` allows 7.1.2 up to the next bump (7.2): its "within" family is 7.1. */
function pessimisticFamily(bump: Version): string {
    const segments = bump.splitSegments()[0];
    const last = segments.length - 1;
    return segments.map((segment, index) => (index === last ? segment - 1 : segment)).join('.');
}

/**
 * Explains a requirement as RubyGems reads it; several requirements (a Gemfile's
 * `"~> 7.1", ">= 7.1.2"`) arrive joined with commas and must all hold.
 */
export function explainRubyGemsConstraint(constraint: string, l10n: L10n): ConstraintExplanation {
    let requirements: [string, Version][];
    try {
        requirements = constraint.split(',').map((clause) => Requirement.parse(clause));
    } catch {
        return invalidExplanation(l10n.t('"{0}" is not a valid RubyGems requirement', constraint));
    }
    const space = new VersionSpaceBuilder(RUBYGEMS);
    for (const [operator, version] of requirements) {
        const text = version.version();
        switch (operator) {
            case '~>':
                space.atLeast(text, true).atMost(version.bump().version(), false);
                break;
            case '>=':
            case '>':
                space.atLeast(text, operator === '>=');
                break;
            case '<=':
            case '<':
                space.atMost(text, operator === '<=');
                break;
            case '!=':
                space.except(text);
                break;
            default:
                space.exactly(text);
        }
    }
    const built = space.build();
    const range = built.empty ? undefined : (formatSpace(built, { separator: ' ', equals: '=' }) ?? '>= 0');
    const [only] = requirements;
    const words =
        requirements.length === 1 && only && only[0] === '~>'
            ? l10n.t('versions {0} and later within {1}.x (pessimistic constraint)', only[1].version(), pessimisticFamily(only[1].bump()))
            : describeSpace(built, RUBYGEMS, l10n);
    return range === undefined ? { words, valid: true } : { words, range, valid: true };
}
