import type { ManifestFormat } from './manifestTypes';
import { packageJsonFormat } from './packageJson';
import { gemfileFormat } from './gemfile';
import { gemspecFormat } from './gemspec';
import { requirementsFormat } from './requirements';
import { pyprojectFormat } from './pyproject';
import { pipfileFormat } from './pipfile';

/** Every supported manifest format; a new format is one module and one line here. */
export const MANIFEST_FORMATS: readonly ManifestFormat[] = [
    packageJsonFormat,
    gemfileFormat,
    gemspecFormat,
    requirementsFormat,
    pyprojectFormat,
    pipfileFormat,
];

/** The format that reads this file; its name alone decides (see manifestFiles.ts). */
export function formatFor(fileName: string): ManifestFormat | undefined {
    return MANIFEST_FORMATS.find((format) => format.matches(fileName));
}
