import { REGISTRY_LABELS } from '../catalog/labels';
import type { Registry } from '../catalog/schema';

/** The package's page on its registry; scoped npm names keep their `@scope/` path. */
export function registryPage(registry: Registry, name: string): { label: string; url: string } {
    const path = name.split('/').map(encodeURIComponent).join('/').replace(/^%40/, '@');
    const urls: Record<Registry, string> = {
        npm: `https://www.npmjs.com/package/${path}`,
        rubygems: `https://rubygems.org/gems/${path}`,
        pypi: `https://pypi.org/project/${path}/`,
    };
    return { label: REGISTRY_LABELS[registry], url: urls[registry] };
}
