/**
 * `npm run bench:review`: the workspace review on a generated 5,000-manifest monorepo, through
 * the pipeline the extension runs (files read in bounded batches, then `analyzeManifests` and
 * `buildReviewTree` in time slices). Prints the longest stretch the thread was held without a
 * pause and the total, min/median/max over a few runs; asserts nothing about time.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Catalog } from '../../src/core/catalog/catalog';
import { catalogFromCompiled, COMPILED_CATALOG_PATH } from '../../src/core/catalog/compiled';
import { analyzeManifests, buildReviewTree } from '../../src/core/review/analyze';
import type { ManifestFile } from '../../src/core/review/detect';
import type { SliceHost } from '../../src/core/review/slices';
import { generatedWorkspace, type KnownPackages } from './generatedWorkspace';
import { minMedianMax } from './minMedianMax';
import { english } from '../../src/core/text/l10n';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const MANIFESTS = 5_000;
const RUNS = 5;
/** As many reads in flight as the extension allows (findManifests.ts). */
const READ_CONCURRENCY = 32;

interface RunFigures {
    totalMs: number;
    readMs: number;
    longestSliceMs: number;
    /** The process's CPU time in that longest slice: what the code cost, whatever else the machine ran. */
    longestSliceCpuMs: number;
    slices: number;
    /** The event loop's own account of its longest delay, independent of the slicing. */
    loopDelayMaxMs: number;
    manifests: number;
    projects: number;
}

function knownPackages(catalog: Catalog): KnownPackages {
    const namesOf = (registry: string): string[] => catalog.all().flatMap((entry) => entry.packages.filter((pkg) => pkg.registry === registry).map((pkg) => pkg.name));
    return { npm: namesOf('npm'), rubygems: namesOf('rubygems'), pypi: namesOf('pypi') };
}

function writeWorkspace(root: string, catalog: Catalog): void {
    for (const manifest of generatedWorkspace(MANIFESTS, knownPackages(catalog))) {
        const file = path.join(root, ...manifest.path.split('/'));
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, manifest.text);
    }
}

/** Reads every manifest with at most READ_CONCURRENCY reads in flight, as the extension does. */
async function readWorkspace(root: string): Promise<ManifestFile[]> {
    const paths = readdirSync(root, { recursive: true, encoding: 'utf8' })
        .map((file) => file.split(path.sep).join('/'))
        .filter((file) => /(?:^|\/)(?:package\.json|Gemfile|requirements\.txt)$/.test(file))
        .sort();
    const files = new Array<ManifestFile>(paths.length);
    let next = 0;
    const worker = async (): Promise<void> => {
        while (next < paths.length) {
            const index = next++;
            const relative = paths[index]!;
            const text = await readFile(path.join(root, relative), 'utf8');
            files[index] = { uri: `file://${path.join(root, relative)}`, path: relative, text };
        }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
    return files;
}

async function runOnce(root: string, catalog: Catalog): Promise<RunFigures> {
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const started = performance.now();
    const files = await readWorkspace(root);
    const readMs = performance.now() - started;

    // The slice host of the extension (reviewProgress.ts), with a stopwatch on each slice.
    let resumed = performance.now();
    let resumedCpu = process.cpuUsage();
    let longest = 0;
    let longestCpu = 0;
    let slices = 0;
    const endSlice = (): void => {
        const wall = performance.now() - resumed;
        if (wall > longest) {
            longest = wall;
            const cpu = process.cpuUsage(resumedCpu);
            longestCpu = (cpu.user + cpu.system) / 1000;
        }
        slices += 1;
    };
    const host: SliceHost = {
        now: () => performance.now(),
        pause: async () => {
            endSlice();
            await new Promise((resolve) => setTimeout(resolve, 0));
            resumed = performance.now();
            resumedCpu = process.cpuUsage();
        },
        isCancelled: () => false,
    };
    resumed = performance.now();
    resumedCpu = process.cpuUsage();
    const review = await analyzeManifests(files, catalog, { truncated: false, maxManifests: 20_000, skipped: [] }, host, { l10n: english });
    await buildReviewTree(review, catalog, host, english);
    endSlice();
    const totalMs = performance.now() - started;
    loop.disable();
    return { totalMs, readMs, longestSliceMs: longest, longestSliceCpuMs: longestCpu, slices, loopDelayMaxMs: loop.max / 1e6, manifests: review.manifests.length, projects: review.projects.length };
}

const spread = (values: readonly number[]): string => minMedianMax(values);

async function main(): Promise<void> {
    // The catalog as the extension reads it (dist/catalog.json, from `npm run build`).
    const catalog = catalogFromCompiled(await readFile(path.join(REPO_ROOT, ...COMPILED_CATALOG_PATH)));
    const root = mkdtempSync(path.join(tmpdir(), 'review-bench-'));
    try {
        writeWorkspace(root, catalog);
        const runs: RunFigures[] = [];
        for (let run = 0; run < RUNS; run += 1) {
            runs.push(await runOnce(root, catalog));
        }
        const first = runs[0]!;
        console.log(`review of ${first.manifests} manifests in ${first.projects} projects, ${RUNS} runs (${first.slices} slices each):`);
        console.log(`  longest synchronous slice ${spread(runs.map((run) => run.longestSliceMs))}`);
        console.log(`  CPU time in that slice    ${spread(runs.map((run) => run.longestSliceCpuMs))}`);
        console.log(`  event loop delay, max     ${spread(runs.map((run) => run.loopDelayMaxMs))}`);
        console.log(`  reading (batched)         ${spread(runs.map((run) => run.readMs))}`);
        console.log(`  total                     ${spread(runs.map((run) => run.totalMs))}`);
    } finally {
        rmSync(root, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
