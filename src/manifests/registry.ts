import type { ManifestLocator } from './types';
import { packageJsonLocator } from './packageJson';
import { gemfileLocator } from './gemfile';
import { gemspecLocator } from './gemspec';
import { requirementsLocator } from './requirements';
import { pyprojectLocator } from './pyproject';
import { pipfileLocator } from './pipfile';

/** Every supported manifest format; a new format is one module and one line here. */
export const MANIFEST_LOCATORS: readonly ManifestLocator[] = [
    packageJsonLocator,
    gemfileLocator,
    gemspecLocator,
    requirementsLocator,
    pyprojectLocator,
    pipfileLocator,
];

export function locatorFor(fileName: string): ManifestLocator | undefined {
    return MANIFEST_LOCATORS.find((locator) => locator.matches(fileName));
}
