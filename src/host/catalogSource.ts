import type * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/catalog';
import { lazy } from './lazy';
import { elapsed, type Log } from './log';

/**
 * Loads the catalog on first use and shares that one load with every feature, so activation
 * does no catalog work and the data is read and indexed once.
 */
export class CatalogSource {
    // Imported on first use, so activation parses none of it.
    private readonly load: () => Promise<Catalog>;

    /** `extensionUri` is the extension's root, on whatever file system it is installed. */
    constructor(extensionUri: vscode.Uri, log: Log) {
        this.load = lazy(async () => {
            const started = performance.now();
            try {
                const { loadCompiledCatalog } = await import('./loadCompiled.js');
                const catalog = await loadCompiledCatalog(extensionUri);
                log.info(`Catalog loaded: ${catalog.all().length} entries in ${elapsed(started)}.`);
                return catalog;
            } catch (error) {
                log.error('Could not load the catalog (dist/catalog.json):', error);
                throw error;
            }
        });
    }

    get(): Promise<Catalog> {
        return this.load();
    }
}
