/**
 * Part of `npm run bench`: what the first catalog lookup costs in a fresh process — reading
 * dist/catalog.json and indexing it — over several fresh processes, what the catalog holds, and
 * the file's size as written and as the .vsix's zip carries it.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { catalogFromCompiled, COMPILED_CATALOG_PATH } from '../../src/core/catalog/compiled';
import { REGISTRIES, STATUSES } from '../../src/core/catalog/schema';
import { minMedianMax } from './minMedianMax';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const CATALOG_FILE = path.join(REPO_ROOT, ...COMPILED_CATALOG_PATH);
const RUNS = 9;
/** A child run prints only this line: its load time and the heap it added. */
const CHILD = '--child';

async function firstLoad(): Promise<void> {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    catalogFromCompiled(await readFile(CATALOG_FILE));
    const elapsed = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    console.log(JSON.stringify({ elapsed, cpu: (cpu.user + cpu.system) / 1000, heap: process.memoryUsage().heapUsed - heapBefore }));
}

async function main(): Promise<void> {
    const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, [__filename, CHILD], { encoding: 'utf8' })) as { elapsed: number; cpu: number; heap: number });
    const bytes = await readFile(CATALOG_FILE);
    const catalog = catalogFromCompiled(bytes);
    const names = REGISTRIES.map((registry) => {
        const count = catalog.all().reduce((sum, entry) => sum + entry.packages.filter((pkg) => pkg.registry === registry).length, 0);
        return `${registry} ${count}`;
    });
    const statuses = STATUSES.filter((status) => status !== 'active').map(
        (status) => `${catalog.all().filter((entry) => entry.status.value === status).length} ${status}`,
    );
    const kb = (size: number): string => `${(size / 1024).toFixed(0)} KB`;
    console.log(
        `catalog: ${catalog.all().length} entries; package names by registry: ${names.join(', ')}; ${statuses.join(', ')}; ` +
            `dist/catalog.json ${kb(bytes.length)}, ${kb(deflateRawSync(bytes).length)} deflated`,
    );
    console.log(`  first load and index, ${RUNS} fresh processes: ${minMedianMax(runs.map((run) => run.elapsed))}`);
    // On a machine shared with other work the wall time mostly measures the others; the CPU time does not.
    console.log(`  of which this process's CPU time: ${minMedianMax(runs.map((run) => run.cpu))}`);
    console.log(`  heap added: ${minMedianMax(runs.map((run) => run.heap / 1024 / 1024), 1, 'MB')}`);
}

(process.argv.includes(CHILD) ? firstLoad() : main()).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
