import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CATALOG_DIR, loadCatalogEntries } from '../../../src/build/load';
import { Catalog } from '../../../src/core/catalog/catalog';
import type { Registry } from '../../../src/core/catalog/schema';
import { REGISTRIES } from '../../../src/core/catalog/vocabulary';
import { FamilyRules } from '../../../src/core/registry/families';
import { RegistryIndex } from '../../../src/core/registry/registryIndex';
import { RegistryIndexes } from '../../../src/core/registry/registryIndexes';

/** Compiled tests run from out/test/unit/registry; the data stays in the source tree. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

export function readIndexFile(registry: Registry): unknown {
    return JSON.parse(readFileSync(path.join(REPO_ROOT, 'data', 'registry', `index-${registry}.json`), 'utf8'));
}

export interface Tiers {
    readonly catalog: Catalog;
    readonly families: FamilyRules;
    readonly indexes: RegistryIndexes;
}

let loaded: Promise<Tiers> | undefined;

/** The real catalog, family rules and committed indexes, loaded once for all registry tests. */
export function loadTiers(): Promise<Tiers> {
    loaded ??= loadCatalogEntries(path.join(REPO_ROOT, CATALOG_DIR)).then((entries) => ({
        catalog: new Catalog(entries),
        families: new FamilyRules(),
        indexes: new RegistryIndexes(REGISTRIES.map((registry) => new RegistryIndex(registry, readIndexFile(registry)))),
    }));
    return loaded;
}
