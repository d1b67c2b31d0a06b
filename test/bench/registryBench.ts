/**
 * `npm run bench:registry`: what the registry indexes cost — compressed size (as they would
 * add to the .vsix), load time and heap of each index in a fresh state, and lookup and
 * typosquat-check times — as min / median / max over several runs. Prints, asserts nothing.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Registry } from '../../src/core/catalog/schema';
import { RegistryIndex } from '../../src/core/registry/registryIndex';
import { RegistryIndexes } from '../../src/core/registry/registryIndexes';
import { TyposquatCheck } from '../../src/core/registry/typosquat';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const REGISTRIES: readonly Registry[] = ['npm', 'pypi', 'rubygems'];
const RUNS = 7;

function stats(values: number[], unit: string, digits = 1): string {
    const sorted = [...values].sort((a, b) => a - b);
    const pick = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(digits);
    return `min ${pick(0)} / median ${pick(0.5)} / max ${sorted[sorted.length - 1]!.toFixed(digits)} ${unit}`;
}

function percentile(values: number[], q: number): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function heapUsed(): number {
    (globalThis as { gc?: () => void }).gc?.();
    return process.memoryUsage().heapUsed;
}

function main(): void {
    const texts = new Map(REGISTRIES.map((registry) => [registry, readFileSync(path.join(REPO_ROOT, 'data', 'registry', `index-${registry}.json`), 'utf8')]));
    let total = 0;
    for (const [registry, text] of texts) {
        const compressed = gzipSync(text, { level: 9 }).length;
        total += compressed;
        console.log(`${registry}: ${(text.length / 1e6).toFixed(2)} MB, ${(compressed / 1e6).toFixed(2)} MB gzip -9`);
    }
    console.log(`all indexes: ${(total / 1e6).toFixed(2)} MB gzip -9 (budget 2.5 MB)`);

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
        console.log(`load ${registry} (parse + first lookup): wall ${stats(times, 'ms')}; CPU ${stats(cpuLoads.get(registry)!, 'ms')}`);
    }
    console.log(`heap added by all three: ${stats(heaps, 'MB')}${(globalThis as { gc?: unknown }).gc ? '' : ' (run node with --expose-gc for exact figures)'}`);

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
    console.log(`lookup p99 over ${names.length} names: ${stats(lookupP99, 'µs')}`);
    console.log(`typosquat check p99 over 1,000 names: ${stats(checkP99, 'ms', 3)}`);
}

main();
