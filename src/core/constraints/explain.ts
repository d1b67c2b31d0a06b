import type { Registry } from '../catalog/schema';
import type { L10n } from '../text/l10n';
import type { ConstraintExplanation, ConstraintSyntax } from './explanation';
import { explainNpmConstraint } from './npm';
import { explainRubyGemsConstraint } from './rubygems';
import { explainPep440Constraint } from './pep440';
import { explainPoetryConstraint } from './poetry';

/** Longer constraints are not explained: no real one comes close, and hovers must stay fast. */
export const MAX_CONSTRAINT_LENGTH = 1024;

/**
 * What versions `constraint` allows under the registry's rules, or under `syntax` when the
 * manifest uses a tool's own notation (ManifestDependency.constraintSyntax).
 * Undefined only for constraints too long to explain. The words are in `l10n`'s language.
 */
export function explainConstraint(registry: Registry, constraint: string, l10n: L10n, syntax?: ConstraintSyntax): ConstraintExplanation | undefined {
    if (constraint.length > MAX_CONSTRAINT_LENGTH) {
        return undefined;
    }
    if (syntax === 'poetry') {
        return explainPoetryConstraint(constraint, l10n);
    }
    switch (registry) {
        case 'npm':
            return explainNpmConstraint(constraint, l10n);
        case 'rubygems':
            return explainRubyGemsConstraint(constraint, l10n);
        case 'pypi':
            return explainPep440Constraint(constraint, l10n);
    }
}
