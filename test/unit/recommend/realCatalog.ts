import * as path from 'node:path';
import { Catalog } from '../../../src/core/catalog/catalog';
import { CATALOG_DIR, loadCatalogEntries } from '../../../src/build/load';

/** The repository root, from out/test/unit/recommend/ or out/test/unit/review/. */
export const repoRoot = path.resolve(__dirname, '../../../..');

let loading: Promise<Catalog> | undefined;

/** The bundled catalog, loaded once for every suite that scores against it. */
export function realCatalog(): Promise<Catalog> {
    loading ??= loadCatalogEntries(path.join(repoRoot, CATALOG_DIR)).then((entries) => new Catalog(entries));
    return loading;
}
