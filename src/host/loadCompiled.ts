import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { Catalog } from '../core/catalog/catalog';
import type { CatalogEntry } from '../core/catalog/schema';

/** Where the build writes the validated catalog, relative to the extension's root. */
export const COMPILED_CATALOG = path.join('dist', 'catalog.json');

/**
 * Reads the catalog the build validated (see compile.ts) and indexes it. No schema check
 * here: the file is our own build output, checked before it was written.
 */
export async function loadCompiledCatalog(extensionRoot: string): Promise<Catalog> {
    const { entries } = JSON.parse(await readFile(path.join(extensionRoot, COMPILED_CATALOG), 'utf8')) as {
        entries: CatalogEntry[];
    };
    return new Catalog(entries);
}
