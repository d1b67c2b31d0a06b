import * as assert from 'node:assert/strict';
import type { ManifestDependency, ManifestFormat } from '../../../src/core/manifests/types';
import { MANIFEST_FORMATS, formatFor } from '../../../src/core/manifests/formats';
import { dependencyAt } from '../../../src/core/manifests/parsedManifest';
import { MAX_MANIFEST_BYTES } from '../../../src/core/manifests/limits';
import { FIXTURE_FILES, readFixture } from './fixtureFiles';

/**
 * Per call: 200 ms, plus 4 ms per KB for the large pathological inputs; generous, yet far below
 * what quadratic work would take. Measured in CPU time, so that other processes competing for
 * the (small, shared) machine do not count against the parser.
 */
function maxMsFor(text: string): number {
    return 200 + (4 * text.length) / 1024;
}
const ITERATIONS_PER_FIXTURE = 2000;
/** Every so many iterations the mutant also goes through the other formats' formats. */
const CROSS_FORMAT_EVERY = 5;
const SEED = 0x5eed_2024;

/** mulberry32: small, fast and deterministic, so a failure can be replayed from its seed. */
function prng(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Characters that matter to the formats: delimiters, escapes, comments, operators. */
const INTERESTING = ['"', "'", '`', '[', ']', '{', '}', '(', ')', '#', '\\', '\n', '\r\n', ',', '=', ':', ';', '@', '~', '^', '<<~X\n', '#{', '%q(', '=begin\n', '/', '*', '>=', '||', '"""', "'''", '\t', ' ', '\u0000', '\ud800', '\ufeff', 'é', '🙂'];

class Mutator {
    constructor(private readonly random: () => number) {}

    int(max: number): number {
        return Math.floor(this.random() * max);
    }

    pick<T>(items: readonly T[]): T {
        const item = items[this.int(items.length)];
        assert.ok(item !== undefined);
        return item;
    }

    mutate(text: string): string {
        let result = text;
        const count = 1 + this.int(8);
        for (let n = 0; n < count; n++) {
            result = this.once(result);
        }
        return result;
    }

    private once(text: string): string {
        const at = this.int(text.length + 1);
        const span = 1 + this.int(Math.min(64, text.length + 1));
        switch (this.int(9)) {
            case 0:
                return text.slice(0, at) + text.slice(at + 1);
            case 1:
                return text.slice(0, at) + this.pick(INTERESTING) + text.slice(at);
            case 2: {
                const from = this.int(text.length + 1);
                return text.slice(0, at) + text.slice(from, from + span) + text.slice(at);
            }
            case 3:
                return text.slice(0, at) + text.slice(at + span);
            case 4:
                return text.slice(0, at);
            case 5:
                return text.slice(0, at) + String.fromCharCode(this.int(0x10000)) + text.slice(at + 1);
            case 6: {
                const bytes = Array.from({ length: span }, () => String.fromCharCode(this.int(256))).join('');
                return text.slice(0, at) + bytes + text.slice(at);
            }
            case 7:
                return text.slice(0, at) + this.pick(INTERESTING).repeat(1 + this.int(2000)) + text.slice(at);
            default: {
                const from = this.int(text.length + 1);
                return text.slice(0, from) + text.slice(at, at + span) + text.slice(from + span);
            }
        }
    }
}

interface Stats {
    calls: number;
    maxMs: number;
}

const totals = { calls: 0, maxMs: 0, maxMsSmall: 0 };

function record(stats: Stats, text: string, elapsed: number): void {
    stats.calls++;
    stats.maxMs = Math.max(stats.maxMs, elapsed);
    totals.calls++;
    totals.maxMs = Math.max(totals.maxMs, elapsed);
    if (text.length < 32 * 1024) {
        totals.maxMsSmall = Math.max(totals.maxMsSmall, elapsed);
    }
}

function checkResult(text: string, deps: readonly ManifestDependency[], probe: () => number): void {
    let previousStart = -1;
    for (const dep of deps) {
        assert.ok(dep.nameSpan.start > previousStart, 'sorted by name, names not overlapping');
        assert.ok(dep.nameSpan.start >= 0 && dep.nameSpan.end <= text.length && dep.nameSpan.start < dep.nameSpan.end, 'name span inside the text');
        previousStart = dep.nameSpan.start;
        assert.equal(dependencyAt(deps, dep.nameSpan.start), dep);
    }
    for (let n = 0; n < 8; n++) {
        const found = dependencyAt(deps, probe());
        assert.ok(found === undefined || deps.includes(found));
    }
}

function timedParse(text: string, stats: Stats, random: () => number, formats: readonly ManifestFormat[] = MANIFEST_FORMATS): void {
    for (const format of formats) {
        const start = process.cpuUsage();
        let deps: readonly ManifestDependency[] = [];
        assert.doesNotThrow(() => {
            deps = format.parse(text).dependencies;
        }, `${format.id} threw`);
        const used = process.cpuUsage(start);
        const elapsed = (used.user + used.system) / 1000;
        record(stats, text, elapsed);
        assert.ok(elapsed < maxMsFor(text), `${format.id} took ${elapsed.toFixed(1)} ms on ${JSON.stringify(text.slice(0, 200))}`);
        checkResult(text, deps, () => Math.floor(random() * (text.length + 2)) - 1);
    }
}

describe('manifests: fuzz', function () {
    this.timeout(60_000);

    before(() => {
        // Compile the parsers before timing them: a cold first call measures the JIT, not the parser.
        for (const file of FIXTURE_FILES) {
            for (const format of MANIFEST_FORMATS) {
                format.parse(readFixture(file));
            }
        }
    });

    after(() => {
        console.log(
            `      fuzz: ${totals.calls} parse calls, slowest ${totals.maxMs.toFixed(1)} ms, slowest under 32 KB ${totals.maxMsSmall.toFixed(1)} ms`,
        );
    });

    for (const [index, file] of FIXTURE_FILES.entries()) {
        it(`never throws nor stalls on ${ITERATIONS_PER_FIXTURE} mutations of ${file}`, () => {
            const random = prng(SEED + index);
            const mutator = new Mutator(random);
            const original = readFixture(file);
            const own = formatFor(file);
            assert.ok(own);
            const stats: Stats = { calls: 0, maxMs: 0 };
            let text = original;
            for (let iteration = 0; iteration < ITERATIONS_PER_FIXTURE; iteration++) {
                // Mostly fresh mutations of the original, sometimes piling up on the previous text.
                text = mutator.mutate(random() < 0.8 ? original : text);
                timedParse(text, stats, random, iteration % CROSS_FORMAT_EVERY === 0 ? MANIFEST_FORMATS : [own]);
            }
            assert.equal(stats.calls, ITERATIONS_PER_FIXTURE + (ITERATIONS_PER_FIXTURE / CROSS_FORMAT_EVERY) * (MANIFEST_FORMATS.length - 1));
        });
    }

    it('survives pathological inputs', () => {
        const random = prng(SEED);
        const stats: Stats = { calls: 0, maxMs: 0 };
        const inputs = [
            '['.repeat(100_000),
            '{'.repeat(100_000),
            `{"dependencies":${'{"a":'.repeat(50_000)}`,
            `{"overrides":${'{"a":'.repeat(20_000)}"1"${'}'.repeat(20_000)}}`,
            `dependencies = ${'['.repeat(50_000)}`,
            `a = ${'{ b = '.repeat(20_000)}`,
            '"'.repeat(100_000),
            "'".repeat(100_000),
            'gem ('.repeat(30_000),
            'gem "a", '.repeat(50_000),
            'spec.add_dependency "a", ['.repeat(30_000),
            '"#{'.repeat(30_000),
            '<<~X\n'.repeat(50_000),
            '%w['.repeat(30_000),
            'do\n'.repeat(30_000) + 'end\n'.repeat(30_000),
            '\\\n'.repeat(50_000),
            'a'.repeat(200_000),
            `a[${'b,'.repeat(50_000)}`,
            '#'.repeat(100_000),
            '\u0000'.repeat(100_000),
            Array.from({ length: 100_000 }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join(''),
        ];
        for (const input of inputs) {
            timedParse(input, stats, random);
        }
    });

    it('parses large real manifests within the bound and refuses oversized ones', () => {
        const random = prng(SEED);
        const stats: Stats = { calls: 0, maxMs: 0 };
        const requirements = readFixture('requirements.txt');
        const big = requirements.repeat(Math.floor((MAX_MANIFEST_BYTES * 0.9) / requirements.length));
        timedParse(big, stats, random);
        const gemfile = readFixture('Gemfile');
        timedParse(gemfile.repeat(Math.floor((MAX_MANIFEST_BYTES * 0.9) / gemfile.length)), stats, random);
        const deps = `  "dep-0": "^1.0.0"${Array.from({ length: 10_000 }, (_, n) => `,\n  "dep-${n + 1}": "^1.0.0"`).join('')}`;
        timedParse(`{"dependencies": {\n${deps}\n}}`, stats, random);
        const oversized = `${requirements}${'#'.repeat(MAX_MANIFEST_BYTES)}`;
        for (const format of MANIFEST_FORMATS) {
            assert.deepEqual(format.parse(oversized).dependencies, []);
        }
    });
});
