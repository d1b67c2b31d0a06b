import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { compileEntries } from '../core/catalog/compiled';
import { findIntegrityProblems } from './integrity';
import { CatalogLoadError, loadCatalogEntries } from './load';

export interface CompiledCatalog {
    readonly entries: number;
    readonly bytes: number;
}

/**
 * Validates data/catalog/*.json with the zod schema and the integrity rules, and writes the
 * entries as one compact file for the extension to read (its layout: core/catalog/compiled.ts). Validation happens here, at build
 * time, so the extension's first lookup only reads and indexes JSON: zod and the per-file
 * checks cost several times the 30 ms the whole load may take.
 */
export async function compileCatalog(dataDir: string, outFile: string): Promise<CompiledCatalog> {
    const entries = await loadCatalogEntries(dataDir);
    const problems = findIntegrityProblems(entries);
    if (problems.length > 0) {
        throw new CatalogLoadError(problems);
    }
    const json = JSON.stringify(compileEntries(entries));
    await mkdir(path.dirname(outFile), { recursive: true });
    await writeFile(outFile, json);
    return { entries: entries.length, bytes: Buffer.byteLength(json) };
}
