/**
 * `npm run bench:fuzz`: the fuzz test's mutants, timed. Prints per format how many were parsed,
 * how many parser exceptions the harness caught, and parse time percentiles; asserts nothing
 * (the unit test fails on any exception; times depend on the machine).
 */
import type { ManifestFormat } from '../../src/core/manifests/manifestTypes';
import { formatFor } from '../../src/core/manifests/formats';
import { FIXTURE_FILES, readFixture } from '../unit/manifests/fixtureFiles';
import { FUZZ_SEED, MUTANTS_PER_FORMAT, mutant } from '../unit/manifests/mutations';

function percentile(sorted: readonly number[], fraction: number): number {
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function fuzzOne(format: ManifestFormat, original: string, seed: number): string {
    const times: number[] = [];
    let exceptions = 0;
    for (let n = 0; n < MUTANTS_PER_FORMAT; n++) {
        const { text } = mutant(original, seed, n);
        const started = performance.now();
        format.parse(text, () => {
            exceptions++;
        });
        times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const ms = (value: number): string => `${value.toFixed(2)} ms`.padStart(10);
    return `${format.id.padEnd(13)} ${String(times.length).padStart(6)} ${String(exceptions).padStart(10)} ${ms(percentile(times, 0.5))} ${ms(percentile(times, 0.99))} ${ms(times[times.length - 1] ?? 0)}`;
}

function main(): void {
    console.log(`fuzz: ${MUTANTS_PER_FORMAT} mutants per format, seed ${FUZZ_SEED}`);
    console.log(`${'format'.padEnd(13)} ${'count'.padStart(6)} ${'exceptions'.padStart(10)} ${'p50'.padStart(10)} ${'p99'.padStart(10)} ${'max'.padStart(10)}`);
    for (const [index, file] of FIXTURE_FILES.entries()) {
        const format = formatFor(file);
        if (format) {
            console.log(fuzzOne(format, readFixture(file), FUZZ_SEED + index));
        }
    }
}

main();
