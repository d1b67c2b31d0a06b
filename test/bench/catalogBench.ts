/**
 * Part of `npm run bench`: what the first catalog lookup costs in a fresh process — reading
 * dist/catalog.json and indexing it — and what the catalog holds.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { catalogFromCompiled, COMPILED_CATALOG_PATH } from '../../src/core/catalog/compiled';
import { REGISTRIES, STATUSES } from '../../src/core/catalog/schema';

const REPO_ROOT = path.resolve(__dirname, '../../..');

async function main(): Promise<void> {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const catalog = catalogFromCompiled(await readFile(path.join(REPO_ROOT, ...COMPILED_CATALOG_PATH)));
    const elapsed = performance.now() - started;
    const heapAdded = process.memoryUsage().heapUsed - heapBefore;
    const names = REGISTRIES.map((registry) => {
        const count = catalog.all().reduce((sum, entry) => sum + entry.packages.filter((pkg) => pkg.registry === registry).length, 0);
        return `${registry} ${count}`;
    });
    const statuses = STATUSES.filter((status) => status !== 'active').map(
        (status) => `${catalog.all().filter((entry) => entry.status.value === status).length} ${status}`,
    );
    console.log(
        `catalog: ${catalog.all().length} entries; package names by registry: ${names.join(', ')}; ` +
            `${statuses.join(', ')}; ` +
            `first load and index ${elapsed.toFixed(1)} ms, heap added ${(heapAdded / 1024 / 1024).toFixed(1)} MB`,
    );
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
