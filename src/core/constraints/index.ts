/**
 * Constraint explainers: what versions a dependency's constraint allows, in plain words in the
 * language of the `l10n` passed, checked by each ecosystem's own library. Pass a
 * ManifestDependency's `registry`, `constraint` and `constraintSyntax` to `explainConstraint`,
 * and its `markers` to `explainMarkers`.
 */
export { explainConstraint } from './explain';
export { explainMarkers } from './markers';
export { constraintAllows } from './allows';
