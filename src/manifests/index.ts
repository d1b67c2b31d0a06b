/**
 * Manifest locators: given a manifest's text, every dependency it declares with the offsets of
 * its name and constraint. A hover provider picks the locator with `locatorFor(fileName)`,
 * parses once per document version, and answers each hover with `dependencyAt(deps, offset)`.
 */
export type { DependencySource, ManifestDependency, ManifestLocator, TextSpan } from './types';
export { MAX_MANIFEST_BYTES } from './limits';
export { dependencyAt } from './lookup';
export { MANIFEST_LOCATORS, locatorFor } from './registry';
