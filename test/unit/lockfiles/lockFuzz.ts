import { LOCKFILE_NAMES } from '../../../src/core/lockfiles/lockfileNames';
import { parseLockfile } from '../../../src/core/lockfiles/parseLockfile';
import { mutant } from '../manifests/mutations';

/** Mutants per lockfile fixture in `npm test`; `npm run bench:fuzz` runs LOCK_MUTANTS_FULL per format. */
export const LOCK_MUTANTS_IN_TESTS = 400;
export const LOCK_MUTANTS_FULL = 10_000;
export const LOCK_FUZZ_SEED = 0x10c4_f11e;

/** Every so many mutants also go through every other reader. */
const CROSS_FORMAT_EVERY = 50;

/**
 * Parses `count` mutants of one fixture with its own reader (and now and then every other),
 * calling `onException` for each exception a reader threw; returns per-parse milliseconds.
 */
export function fuzzLockfile(
    fileName: string,
    original: string,
    seed: number,
    count: number,
    onException: (error: unknown, replay: string) => void,
): number[] {
    const own = LOCKFILE_NAMES.find((lock) => lock.name === fileName);
    const times: number[] = [];
    for (let n = 0; n < count && own; n++) {
        const { text, kinds } = mutant(original, seed, n);
        const replay = `mutant(${fileName}, seed ${seed}, index ${n}) [${kinds.join(', ')}]`;
        const started = performance.now();
        parseLockfile(own, text, (error) => onException(error, replay));
        times.push(performance.now() - started);
        if (n % CROSS_FORMAT_EVERY === 0) {
            for (const other of LOCKFILE_NAMES.filter((lock) => lock !== own)) {
                parseLockfile(other, text, (error) => onException(error, `${replay} read as ${other.name}`));
            }
        }
    }
    return times;
}
