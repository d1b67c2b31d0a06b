/**
 * `npm run bench:registry`: what the registry indexes cost — compressed size (as they would
 * add to the .vsix), load time and heap of each index in a fresh state, and lookup and
 * typosquat-check times — as min / median / max over several runs. Prints, asserts nothing.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CATALOG_DIR, loadCatalogEntries } from '../../src/build/load';
import { Catalog } from '../../src/core/catalog/catalog';
import type { Registry } from '../../src/core/catalog/schema';
import { FamilyRules } from '../../src/core/registry/families';
import { RegistryTiers } from '../../src/core/registry/tiers';
import { RegistryIndex } from '../../src/core/registry/registryIndex';
import { RegistryIndexes } from '../../src/core/registry/registryIndexes';
import { TyposquatCheck } from '../../src/core/registry/typosquat';
import { minMedianMax } from './minMedianMax';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const REGISTRIES: readonly Registry[] = ['npm', 'pypi', 'rubygems'];
const RUNS = 7;

const stats = (values: number[], unit: string, digits = 1): string => minMedianMax(values, digits, unit);

function percentile(values: number[], q: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function heapUsed(): number {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
    const texts = new Map(REGISTRIES.map((registry) => [registry, readFileSync(path.join(REPO_ROOT, 'data', 'registry', `index-${registry}.json`), 'utf8')]));
    let total = 0;
    for (const [registry, text] of texts) {
        const compressed = gzipSync(text, { level: 9 }).length;
        total += compressed;
        console.log(`${registry}: ${(text.length / 1e6).toFixed(2)} MB, ${(compressed / 1e6).toFixed(2)} MB gzip -9`);
    }
    console.log(`all indexes: ${(total / 1e6).toFixed(2)} MB gzip -9 (budget 2.5 MB added to the .vsix)`);

    const loads = new Map<Registry, number[]>(REGISTRIES.map((registry) => [registry, []]));
    // CPU time as well as wall time: on a shared machine the wall clock also counts waiting.
    const cpuLoads = new Map<Registry, number[]>(REGISTRIES.map((registry) => [registry, []]));
    const heaps: number[] = [];
    let indexes: RegistryIndex[] = [];
    for (let run = 0; run < RUNS; run++) {
        indexes = [];
        const before = heapUsed();
        for (const [registry, text] of texts) {
            const started = performance.now();
            const cpuStarted = process.cpuUsage();
            const index = new RegistryIndex(registry, JSON.parse(text));
            index.lookup('express');
            indexes.push(index);
            const cpu = process.cpuUsage(cpuStarted);
            loads.get(registry)!.push(performance.now() - started);
            cpuLoads.get(registry)!.push((cpu.user + cpu.system) / 1000);
        }
        heaps.push((heapUsed() - before) / 1e6);
    }
    for (const [registry, times] of loads) {
        // Each index is parsed on its registry's first question (RegistryIndexes' loaders): a hover pays for one.
        console.log(`load ${registry} (parse + first lookup): wall ${stats(times, 'ms')}; CPU ${stats(cpuLoads.get(registry)!, 'ms')} (budget 50 ms)`);
    }
    const allLoads = [...Array(RUNS).keys()].map((run) => REGISTRIES.reduce((sum, registry) => sum + loads.get(registry)![run]!, 0));
    console.log(`load of all three, as a review of npm, PyPI and gem manifests pays it: wall ${stats(allLoads, 'ms')}`);
    console.log(`heap added by all three: ${stats(heaps, 'MB')} (budget 40 MB)${(globalThis as { gc?: unknown }).gc ? '' : ' (run node with --expose-gc for exact figures)'}`);

    const all = new RegistryIndexes(indexes);
    const npm = all.get('npm')!;
    const names = [...npm.topNames(25_000).filter((_, i) => i % 5 === 0), 'zz-not-a-package', 'expresss'];
    const lookupP99: number[] = [];
    const checkP99: number[] = [];
    const check = new TyposquatCheck(all);
    for (let run = 0; run < RUNS; run++) {
        const lookups = names.map((name) => {
            const started = performance.now();
            all.lookup('npm', name);
            return performance.now() - started;
        });
        lookupP99.push(percentile(lookups, 0.99) * 1000);
        const checks = names.slice(0, 1000).map((name) => {
            const started = performance.now();
            check.closestKnown('npm', name);
            return performance.now() - started;
        });
        checkP99.push(percentile(checks, 0.99));
    }
    console.log(`lookup p99 over ${names.length} names: ${stats(lookupP99, 'µs')} (budget 1 ms)`);
    console.log(`typosquat check p99 over 1,000 names: ${stats(checkP99, 'ms', 3)}`);
    await describeFigures(all, names);
}

/** describe() as the hover and the review call it: catalog, then family rules, then the index. */
async function describeFigures(indexes: RegistryIndexes, names: readonly string[]): Promise<void> {
    const catalog = new Catalog(await loadCatalogEntries(path.join(REPO_ROOT, CATALOG_DIR)));
    const tiers = new RegistryTiers(catalog, new FamilyRules(), indexes);
    const describeP99: number[] = [];
    for (let run = 0; run < RUNS; run++) {
        const times = names.map((name) => {
            const started = performance.now();
            tiers.describe('npm', name);
            return performance.now() - started;
        });
        describeP99.push(percentile(times, 0.99) * 1000);
    }
    console.log(`describe() p99 over ${names.length} names (catalog, families, index): ${stats(describeP99, 'µs')} (budget 1 ms)`);
}

void main();
