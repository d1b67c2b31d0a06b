import type * as vscode from 'vscode';
import type { RegistryTiers } from '../core/registry/tiers';
import type { CatalogSource } from './catalogSource';
import { lazy } from './lazy';
import type { Log } from './log';

/**
 * Loads the family rules and the registry indexes on the first lookup that needs them (a
 * dependency without a curated entry, a review, `api.catalog.describe`), never at activation:
 * the three index files weigh some 4 MB. Shared by every feature, so they are read once.
 */
export class RegistrySource {
    private readonly load: () => Promise<RegistryTiers>;
    private loaded: RegistryTiers | undefined;

    constructor(extensionUri: vscode.Uri, catalog: CatalogSource, log: Log) {
        // Imported on first use: the index code lives in a chunk of its own (esbuild.mjs).
        this.load = lazy(async () => {
            const [{ loadRegistryTiers }, loadedCatalog] = await Promise.all([import('./loadRegistry.js'), catalog.get()]);
            this.loaded = await loadRegistryTiers(extensionUri, loadedCatalog, log);
            return this.loaded;
        });
    }

    get(): Promise<RegistryTiers> {
        return this.load();
    }

    /** The tiers if a lookup already loaded them, without loading anything. */
    current(): RegistryTiers | undefined {
        return this.loaded;
    }
}
