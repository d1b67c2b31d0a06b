import type { Registry } from '../catalog/schema';
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
 * Undefined only for constraints too long to explain.
 */
export function explainConstraint(registry: Registry, constraint: string, syntax?: ConstraintSyntax): ConstraintExplanation | undefined {
    if (constraint.length > MAX_CONSTRAINT_LENGTH) {
        return undefined;
    }
    if (syntax === 'poetry') {
        return explainPoetryConstraint(constraint);
    }
    switch (registry) {
        case 'npm':
            return explainNpmConstraint(constraint);
        case 'rubygems':
            return explainRubyGemsConstraint(constraint);
        case 'pypi':
            return explainPep440Constraint(constraint);
    }
}
