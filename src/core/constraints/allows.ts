import { satisfies as pep440Satisfies, validRange as pep440ValidRange } from '@renovatebot/pep440';
import { Requirement } from '@renovatebot/ruby-semver/dist/ruby/requirement';
import { Version } from '@renovatebot/ruby-semver/dist/ruby/version';
import { satisfies as semverSatisfies, validRange as semverValidRange } from 'semver';
import type { Registry } from '../catalog/schema';
import { MAX_CONSTRAINT_LENGTH } from './explain';
import { poetryToPep440 } from './poetry';
import type { ConstraintSyntax } from './explanation';

/** Whether a PEP 440 specifier set (empty or "*" for any version) admits `version`. */
function pep440Allows(specifier: string, version: string): boolean | undefined {
    const spec = specifier.trim();
    if (spec === '' || spec === '*') {
        return true;
    }
    return pep440ValidRange(spec) ? pep440Satisfies(version, spec) : undefined;
}

function rubyGemsAllows(constraint: string, version: string): boolean | undefined {
    try {
        return new Requirement(...constraint.split(/\s*,\s*/)).isSatisfiedBy(new Version(version));
    } catch {
        return undefined;
    }
}

function npmAllows(constraint: string, version: string): boolean | undefined {
    // The same loose reading as the explainer (npm.ts); a dist-tag or a broken range says nothing.
    return semverValidRange(constraint.trim(), { loose: true }) === null ? undefined : semverSatisfies(version, constraint.trim(), { loose: true });
}

/**
 * Whether `constraint` admits `version`, checked by the ecosystem's own library as the
 * explainers are; undefined when the constraint or the version cannot be read (a dist-tag, an
 * invalid range, a version outside the scheme), so that nothing is claimed.
 */
export function constraintAllows(registry: Registry, constraint: string, version: string, syntax?: ConstraintSyntax): boolean | undefined {
    if (constraint.length > MAX_CONSTRAINT_LENGTH) {
        return undefined;
    }
    try {
        if (syntax === 'poetry') {
            const alternatives = poetryToPep440(constraint.trim());
            return alternatives === undefined ? undefined : alternatives.some((alternative) => pep440Allows(alternative, version) === true);
        }
        switch (registry) {
            case 'npm':
                return npmAllows(constraint, version);
            case 'rubygems':
                return rubyGemsAllows(constraint, version);
            case 'pypi':
                return pep440Allows(constraint, version);
        }
    } catch {
        return undefined;
    }
}
