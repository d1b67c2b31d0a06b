import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/catalog';
import type { Registry } from '../core/catalog/schema';
import { REGISTRIES } from '../core/catalog/vocabulary';
import { FamilyRules } from '../core/registry/families';
import { RegistryIndex } from '../core/registry/registryIndex';
import { RegistryIndexes, type IndexLoader } from '../core/registry/registryIndexes';
import { RegistryTiers } from '../core/registry/tiers';
import { elapsed, type Log } from './log';

/** Where the build-time index files ship, relative to the extension's root. */
export const indexFilePath = (registry: Registry): string[] => ['data', 'registry', `index-${registry}.json`];

/**
 * One index file, read through VS Code's file system so that a web extension host can read it
 * too, and parsed on the registry's first question (see RegistryIndexes). A missing or
 * malformed file gives an empty index: that registry's dependencies then read as unknown, and
 * the others still work.
 */
async function indexLoader(extensionUri: vscode.Uri, registry: Registry, log: Log): Promise<IndexLoader> {
    const path = indexFilePath(registry).join('/');
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...indexFilePath(registry))).then(
        (read) => read,
        (error: unknown) => void log.warn(`Could not read ${path}; its registry's dependencies will read as unknown:`, error),
    );
    return () => {
        const started = performance.now();
        let file: unknown;
        try {
            file = bytes === undefined ? undefined : (JSON.parse(new TextDecoder().decode(bytes)) as unknown);
        } catch (error) {
            log.warn(`Could not parse ${path}; its registry's dependencies will read as unknown:`, error);
            file = undefined;
        }
        const index = new RegistryIndex(registry, file);
        log.info(`Registry list ${path}: ${index.size} packages as of ${index.asOf || 'an unstated date'}, parsed in ${elapsed(started)}.`);
        return index;
    };
}

export async function loadRegistryTiers(extensionUri: vscode.Uri, catalog: Catalog, log: Log): Promise<RegistryTiers> {
    const loaders = await Promise.all(REGISTRIES.map(async (registry) => [registry, await indexLoader(extensionUri, registry, log)] as const));
    return new RegistryTiers(catalog, new FamilyRules(), new RegistryIndexes([], Object.fromEntries(loaders)));
}
