import type * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/catalog';
import { lazy } from './lazy';

/**
 * Loads the catalog on first use and shares that one load with every feature, so activation
 * does no catalog work and the data is read and indexed once.
 */
export class CatalogSource {
    // Imported on first use, so activation parses none of it.
    private readonly load: () => Promise<Catalog>;

    /** `extensionUri` is the extension's root, on whatever file system it is installed. */
    constructor(extensionUri: vscode.Uri) {
        this.load = lazy(() => import('./loadCompiled.js').then(({ loadCompiledCatalog }) => loadCompiledCatalog(extensionUri)));
    }

    get(): Promise<Catalog> {
        return this.load();
    }
}
