import { explain, validRange } from '@renovatebot/pep440';
import type { L10n } from '../text/l10n';
import type { ConstraintExplanation } from './explanation';
import { explainPep440Constraint } from './pep440';
import { describeAlternatives, invalidExplanation } from './wording';

/** [1, 2, 3] with index 0 → "2": the release incremented at `index`, later parts dropped. */
function bumpAt(release: readonly number[], index: number): string {
    return [...release.slice(0, index), (release[index] ?? 0) + 1].join('.');
}

/**
 * `^1.2.3`: up to the next change of the leftmost non-zero part (Poetry: ^0.2.3 → <0.3.0,
 * ^0.0 → <0.1, ^0 → <1).
 */
function caret(version: string, release: readonly number[]): string {
    const firstNonZero = release.findIndex((part) => part !== 0);
    const index = firstNonZero >= 0 ? firstNonZero : Math.max(0, release.length - 1);
    return `>=${version}, <${bumpAt(release, index)}`;
}

/** `~1.2.3` → <1.3, `~1.2` → <1.3, `~1` → <2. */
function tilde(version: string, release: readonly number[]): string {
    return `>=${version}, <${bumpAt(release, release.length > 1 ? 1 : 0)}`;
}

/** One Poetry clause in PEP 440, '' for "any", undefined when the version is not PEP 440. */
function clauseToPep440(clause: string): string | undefined {
    if (clause === '*' || clause === '') {
        return '';
    }
    const operator = /^(\^|~(?!=))\s*(.+)$/.exec(clause);
    if (operator) {
        const version = operator[2] ?? '';
        const release = explain(version)?.release;
        if (!release) {
            return undefined;
        }
        return operator[1] === '^' ? caret(version, release) : tilde(version, release);
    }
    if (/^[<>=!~]/.test(clause)) {
        return clause;
    }
    // A bare version or wildcard means equality: "1.2.3", "1.2.*".
    return `==${clause}`;
}

/**
 * Poetry's constraints (`^1.2`, `~1.2`, `1.2.*`, `>=1.2,<1.5`, `a || b`) rewritten as PEP 440
 * specifier sets, one per alternative, so that the PEP 440 library does the checking.
 */
export function poetryToPep440(constraint: string): string[] | undefined {
    const alternatives: string[] = [];
    for (const alternative of constraint.split('||')) {
        const clauses = alternative
            .trim()
            .split(/\s*,\s*|\s+(?=[<>=!~^])/)
            .map(clauseToPep440);
        if (clauses.some((clause) => clause === undefined)) {
            return undefined;
        }
        const specifier = clauses.filter((clause) => clause !== '').join(', ');
        if (specifier !== '' && !validRange(specifier)) {
            return undefined;
        }
        alternatives.push(specifier);
    }
    return alternatives;
}

export function explainPoetryConstraint(constraint: string, l10n: L10n): ConstraintExplanation {
    const alternatives = poetryToPep440(constraint.trim());
    if (!alternatives) {
        return invalidExplanation(l10n.t('"{0}" is not a valid Poetry version constraint', constraint));
    }
    const explained = alternatives.map((alternative) => explainPep440Constraint(alternative, l10n));
    const ranges = explained.map((explanation) => explanation.range ?? '*');
    const words = describeAlternatives(explained.map((explanation) => explanation.words), l10n);
    return ranges.every((range) => range === '*') ? { words, valid: true } : { words, range: ranges.join(' || '), valid: true };
}
