import { Catalog } from './catalog';
import type { CatalogEntry } from './schema';

/** Where the build writes the validated catalog, as path segments under the extension's root. */
export const COMPILED_CATALOG_PATH: readonly string[] = ['dist', 'catalog.json'];

/**
 * Indexes the catalog file the build validated (see src/build/compile.ts). No schema check
 * here: the file is our own build output, checked before it was written. Takes bytes, so any
 * host reads it its own way: workspace.fs in the extension, node:fs in tests and benches.
 */
export function catalogFromCompiled(bytes: Uint8Array): Catalog {
    const { entries } = JSON.parse(new TextDecoder().decode(bytes)) as { entries: CatalogEntry[] };
    return new Catalog(entries);
}
