import type { Catalog } from '../core/catalog/catalog';

/**
 * Loads the catalog on first use and shares that one load with every feature, so activation
 * does no catalog work and the data is read and indexed once.
 */
export class CatalogSource {
    private loading: Promise<Catalog> | undefined;

    constructor(private readonly extensionRoot: string) {}

    get(): Promise<Catalog> {
        // Imported on first use, so activation parses none of it.
        this.loading ??= import('./loadCompiled.js').then(({ loadCompiledCatalog }) => loadCompiledCatalog(this.extensionRoot));
        return this.loading;
    }
}
