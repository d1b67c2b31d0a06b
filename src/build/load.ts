import { readdir, readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { catalogFileSchema, type CatalogEntry } from '../core/catalog/schema';

/** The catalog's data files, relative to the extension's root. */
export const CATALOG_DIR = path.join('data', 'catalog');

export class CatalogLoadError extends Error {
    constructor(readonly problems: readonly string[]) {
        super(`The Stack Guide catalog is invalid:\n${problems.join('\n')}`);
        this.name = 'CatalogLoadError';
    }
}

/** Reads and validates every `*.json` file in `dir`, in name order. */
export async function loadCatalogEntries(dir: string): Promise<CatalogEntry[]> {
    const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
    const parsed = await Promise.all(
        files.map(async (file) => {
            const text = await readFile(path.join(dir, file), 'utf8');
            let json: unknown;
            try {
                json = JSON.parse(text);
            } catch (error) {
                return { file, problems: [`${file}: ${(error as Error).message}`] };
            }
            const result = catalogFileSchema.safeParse(json);
            if (!result.success) {
                return {
                    file,
                    problems: result.error.issues.map((issue) => `${file}: ${issue.path.join('.')}: ${issue.message}`),
                };
            }
            return { file, entries: result.data.entries };
        }),
    );
    const problems = parsed.flatMap((file) => file.problems ?? []);
    if (problems.length > 0) {
        throw new CatalogLoadError(problems);
    }
    return parsed.flatMap((file) => file.entries ?? []);
}
