import { compare, explain } from '@renovatebot/pep440';
import { parse as parseSpecifiers } from '@renovatebot/pep440/lib/specifier';
import type { Pep440Constraint } from '@renovatebot/pep440';
import type { L10n } from '../text/l10n';
import type { ConstraintExplanation } from './explanation';
import { describeSpace, invalidExplanation } from './wording';
import { VersionSpaceBuilder, formatSpace, type VersionScheme } from './versionSpace';

export const PEP440: VersionScheme = {
    compare,
    release: (version) => explain(version)?.release,
};

/** The parser's clause also carries `legacy` for `===` against a non-PEP 440 version. */
type Clause = Pep440Constraint & { legacy?: string; release?: number[] };

/** [1, 4] → "2": the release after the given prefix, as `~=` and `==1.*` bound it. */
function nextRelease(prefix: readonly number[]): string {
    const last = prefix.length - 1;
    return prefix.map((part, index) => (index === last ? part + 1 : part)).join('.');
}

/** Explains the PEP 440 specifier set as pip reads it; Pipenv's "*" means any version. */
export function explainPep440Constraint(constraint: string, l10n: L10n): ConstraintExplanation {
    const spec = constraint.trim();
    if (spec === '*' || spec === '') {
        return { words: l10n.t('any version'), valid: true };
    }
    const clauses = parseSpecifiers(spec) as Clause[] | null;
    if (!clauses) {
        return invalidExplanation(l10n.t('"{0}" is not a valid PEP 440 version specifier', constraint));
    }
    const arbitrary = clauses.find((clause) => clause.operator === '===');
    if (arbitrary) {
        const written = arbitrary.version ?? arbitrary.legacy ?? '';
        return { words: l10n.t('exactly the version written "{0}", compared as text (arbitrary equality)', written), range: spec, valid: true };
    }
    const space = new VersionSpaceBuilder(PEP440);
    for (const clause of clauses) {
        const { operator, version } = clause;
        const release = clause.release ?? [];
        const wildcard = clause.prefix === '.*';
        if (operator === '~=') {
            space.atLeast(version, true).atMost(nextRelease(release.slice(0, -1)), false);
        } else if (operator === '==' && wildcard) {
            space.atLeast(release.join('.'), true).atMost(nextRelease(release), false);
        } else if (operator === '!=' && wildcard) {
            space.exceptFamily(release.join('.'));
        } else if (operator === '==') {
            space.exactly(version);
        } else if (operator === '!=') {
            space.except(version);
        } else if (operator === '>=' || operator === '>') {
            space.atLeast(version, operator === '>=');
        } else {
            space.atMost(version, operator === '<=');
        }
    }
    const built = space.build();
    const range = formatSpace(built, { separator: '', equals: '==', family: (prefix) => `!=${prefix}.*` });
    const [only] = clauses;
    const words =
        clauses.length === 1 && only?.operator === '~='
            ? l10n.t('versions {0} and later within {1}.x (compatible release)', only.version, (only.release ?? []).slice(0, -1).join('.'))
            : describeSpace(built, PEP440, l10n);
    return range === undefined ? { words, valid: true } : { words, range, valid: true };
}
