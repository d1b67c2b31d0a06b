import type { ManifestDependency, ManifestFormat } from '../manifests/types';

/**
 * Parsed manifests by document, kept while the document's version stays the same: hovering
 * along a line reuses one parse, and an edit replaces it.
 */
export class ManifestCache {
    private readonly parsed = new Map<string, { version: number; dependencies: readonly ManifestDependency[] }>();

    dependencies(key: string, version: number, format: ManifestFormat, text: () => string): readonly ManifestDependency[] {
        const cached = this.parsed.get(key);
        if (cached?.version === version) {
            return cached.dependencies;
        }
        const dependencies = format.parse(text());
        this.parsed.set(key, { version, dependencies });
        return dependencies;
    }

    forget(key: string): void {
        this.parsed.delete(key);
    }
}
