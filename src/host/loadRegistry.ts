import * as vscode from 'vscode';
import type { Catalog } from '../core/catalog/catalog';
import type { Registry } from '../core/catalog/schema';
import { REGISTRIES } from '../core/catalog/vocabulary';
import { FamilyRules } from '../core/registry/families';
import { RegistryIndex } from '../core/registry/registryIndex';
import { RegistryIndexes, type IndexLoader } from '../core/registry/registryIndexes';
import { RegistryTiers } from '../core/registry/tiers';

/** Where the build-time index files ship, relative to the extension's root. */
export const indexFilePath = (registry: Registry): string[] => ['data', 'registry', `index-${registry}.json`];

/**
 * One index file, read through VS Code's file system so that a web extension host can read it
 * too, and parsed on the registry's first question (see RegistryIndexes). A missing or
 * malformed file gives an empty index: that registry's dependencies then read as unknown, and
 * the others still work.
 */
async function indexLoader(extensionUri: vscode.Uri, registry: Registry): Promise<IndexLoader> {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...indexFilePath(registry))).then(
        (read) => read,
        () => undefined,
    );
    return () => {
        let file: unknown;
        try {
            file = bytes === undefined ? undefined : (JSON.parse(new TextDecoder().decode(bytes)) as unknown);
        } catch {
            file = undefined;
        }
        return new RegistryIndex(registry, file);
    };
}

export async function loadRegistryTiers(extensionUri: vscode.Uri, catalog: Catalog): Promise<RegistryTiers> {
    const loaders = await Promise.all(REGISTRIES.map(async (registry) => [registry, await indexLoader(extensionUri, registry)] as const));
    return new RegistryTiers(catalog, new FamilyRules(), new RegistryIndexes([], Object.fromEntries(loaders)));
}
