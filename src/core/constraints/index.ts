/**
 * Constraint explainers: what versions a dependency's constraint allows, in plain English,
 * checked by each ecosystem's own library. Pass a ManifestDependency's `registry`,
 * `constraint` and `constraintSyntax` to `explainConstraint`, and its `markers` to `explainMarkers`.
 */
export type { ConstraintExplanation, ConstraintSyntax } from './types';
export { explainConstraint, MAX_CONSTRAINT_LENGTH } from './explain';
export { explainMarkers } from './markers';
export { poetryToPep440 } from './poetry';
