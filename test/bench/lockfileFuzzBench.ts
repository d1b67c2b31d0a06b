/**
 * `npm run bench:fuzz` (second half): 10,000 mutants of each lockfile format, as the issue asks;
 * `npm test` runs a few hundred per fixture. Prints per format how many were read, how many
 * reader exceptions were caught, and read time percentiles; asserts nothing, and exits non-zero
 * when any reader threw, so a failure is not missed in the output.
 */
import { fuzzLockfile, LOCK_FUZZ_SEED, LOCK_MUTANTS_FULL } from '../unit/lockfiles/lockFuzz';
import { LOCK_FIXTURES, readLockFixture } from '../unit/lockfiles/lockFixtures';

const percentile = (sorted: readonly number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
const ms = (value: number): string => `${value.toFixed(2)} ms`.padStart(10);

/** One fixture per lockfile name: the first, for a fixed mix of versions. */
function fixturesByFormat(): Map<string, string> {
    const chosen = new Map<string, string>();
    for (const file of LOCK_FIXTURES) {
        const { lock } = readLockFixture(file);
        if (!chosen.has(lock.name)) {
            chosen.set(lock.name, file);
        }
    }
    return chosen;
}

function main(): void {
    console.log(`lockfile fuzz: ${LOCK_MUTANTS_FULL} mutants per format, seed ${LOCK_FUZZ_SEED}`);
    console.log(`${'format'.padEnd(20)} ${'count'.padStart(6)} ${'exceptions'.padStart(10)} ${'p50'.padStart(10)} ${'p99'.padStart(10)} ${'max'.padStart(10)}`);
    let total = 0;
    for (const [index, [name, file]] of [...fixturesByFormat()].entries()) {
        const { text } = readLockFixture(file);
        let exceptions = 0;
        const times = fuzzLockfile(name, text, LOCK_FUZZ_SEED + index, LOCK_MUTANTS_FULL, (error, replay) => {
            if (exceptions++ === 0) {
                console.error(`${replay}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            }
        }).sort((a, b) => a - b);
        total += exceptions;
        console.log(`${name.padEnd(20)} ${String(times.length).padStart(6)} ${String(exceptions).padStart(10)} ${ms(percentile(times, 0.5))} ${ms(percentile(times, 0.99))} ${ms(times[times.length - 1] ?? 0)}`);
    }
    process.exitCode = total > 0 ? 1 : 0;
}

main();
