/**
 * `npm run bench` (and `npm run bench:lockfiles`): lockfile reading on large real-shaped files.
 * For a 50 MB package-lock.json, run as the extension host runs it (in slices that hand the
 * thread back), it prints the longest synchronous slice, the total parse time and the first
 * lookup; then the parse time of every format at 10 MB. min/median/max over a few runs;
 * asserts nothing. The bytes are decoded in 1 MB pieces as the host does (lockText.ts); a
 * slice runs for the 15 ms budget plus one step (2,048 JSON tokens or one piece), so a longer
 * one is a garbage collection pause or a busy machine.
 */
import { availableParallelism, loadavg } from 'node:os';
import { lockfileNameOf, type LockfileName } from '../../src/core/lockfiles/lockfileNames';
import { lockBytesSteps, lockStateSteps, type LockState } from '../../src/core/lockfiles/parseLockfile';
import { runSliced, runToEnd, type SliceHost } from '../../src/core/review/slices';
import { LARGE_LOCKFILES, packageLock } from './lockfileGenerator';
import { minMedianMax } from './minMedianMax';

const MB = 1024 * 1024;
const RUNS = 3;

const stats = (values: readonly number[]): string => minMedianMax(values);

/** Runs the steps as the host does, timing every stretch between two pauses. */
async function slicedParse(lock: LockfileName, bytes: Uint8Array): Promise<{ state: LockState; total: number; longest: number; slices: number; p99: number }> {
    let longest = 0;
    let slices = 0;
    const durations: number[] = [];
    let sliceStart = performance.now();
    const host: SliceHost = {
        now: () => performance.now(),
        pause: () => {
            const duration = performance.now() - sliceStart;
            durations.push(duration);
            longest = Math.max(longest, duration);
            slices++;
            return new Promise((resolve) => setImmediate(resolve)).then(() => {
                sliceStart = performance.now();
            });
        },
        isCancelled: () => false,
    };
    const started = performance.now();
    const state = await runSliced(lockBytesSteps(lock, bytes), host);
    longest = Math.max(longest, performance.now() - sliceStart);
    durations.sort((a, b) => a - b);
    const p99 = durations[Math.floor(durations.length * 0.99)] ?? longest;
    return { state, total: performance.now() - started, longest, slices: slices + 1, p99 };
}

async function bigPackageLock(): Promise<void> {
    const lock = lockfileNameOf('package-lock.json');
    if (!lock) {
        return;
    }
    const decodes: number[] = [];
    let text: string | undefined = packageLock(50 * MB);
    const bytes = new TextEncoder().encode(text);
    text = undefined;
    const totals: number[] = [];
    const longest: number[] = [];
    const p99s: number[] = [];
    const lookups: number[] = [];
    let packages = 0;
    let sliceCount = 0;
    for (let run = 0; run < RUNS; run++) {
        // For comparison: what decoding the file in one call would hold the thread for.
        const decodeStart = performance.now();
        new TextDecoder().decode(bytes);
        decodes.push(performance.now() - decodeStart);
        const result = await slicedParse(lock, bytes);
        totals.push(result.total);
        longest.push(result.longest);
        p99s.push(result.p99);
        sliceCount = result.slices;
        if (result.state.kind === 'read') {
            packages = result.state.index.size;
            const lookupStart = performance.now();
            result.state.index.resolve('pkg-1', 'packages/web');
            lookups.push(performance.now() - lookupStart);
        }
    }
    console.log(`lockfiles: package-lock.json of ${(bytes.length / MB).toFixed(1)} MB, ${packages.toLocaleString('en-US')} packages, ${sliceCount} slices`);
    console.log(`  longest synchronous slice  ${stats(longest)}`);
    console.log(`  99th percentile slice      ${stats(p99s)}`);
    console.log(`  whole read (decode + parse, sliced) ${stats(totals)}`);
    console.log(`  for comparison, one-call decode    ${stats(decodes)}`);
    console.log(`  first lookup               ${stats(lookups)}`);
}

function perFormat(): void {
    const size = 10 * MB;
    console.log(`lockfiles: parse time per format at ${size / MB} MB (at once, no pauses)`);
    for (const [label, generate] of Object.entries(LARGE_LOCKFILES)) {
        const lock = lockfileNameOf(label.replace(/ \(.*\)$/, ''));
        const text = generate(size);
        const times: number[] = [];
        let packages = 0;
        for (let run = 0; run < RUNS && lock; run++) {
            const started = performance.now();
            const state = runToEnd(lockStateSteps(lock, text));
            times.push(performance.now() - started);
            packages = state.kind === 'read' ? state.index.size : 0;
        }
        console.log(`  ${label.padEnd(20)} ${packages.toLocaleString('en-US').padStart(8)} packages  ${stats(times)}`);
    }
}

async function main(): Promise<void> {
    // Timings scale with what else the machine runs: say how busy it was.
    console.log(`load average ${loadavg().map((load) => load.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
    await bigPackageLock();
    perFormat();
}

void main();
