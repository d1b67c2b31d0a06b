import * as assert from 'node:assert/strict';
import type { ManifestFormat, ParsedManifest } from '../../../src/core/manifests/manifestTypes';
import { MANIFEST_FORMATS, formatFor } from '../../../src/core/manifests/formats';
import { parseManifest } from '../../../src/core/manifests/harness';
import { MAX_MANIFEST_BYTES } from '../../../src/core/manifests/limits';
import { FIXTURE_FILES, readFixture } from './fixtureFiles';
import { FUZZ_SEED, MUTANTS_PER_FORMAT, mutant } from './mutations';

/** Every so many mutants also go through the other formats: a Gemfile fed to the TOML parser. */
const CROSS_FORMAT_EVERY = 25;

/** Parses with the harness's error hook armed: any exception a parser throws fails the test. */
function parseStrictly(format: ManifestFormat, text: string, replay: string): ParsedManifest {
    let thrown: unknown;
    const manifest = format.parse(text, (error) => {
        thrown ??= error;
    });
    if (thrown !== undefined) {
        const message = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
        assert.fail(`${format.id} parser threw on ${replay}: ${message}`);
    }
    return manifest;
}

/** What the hover relies on: every name is found at its own offset, and `at` never invents one. */
function checkAnswers(text: string, manifest: ParsedManifest): void {
    for (const dep of manifest.dependencies) {
        assert.equal(manifest.at(dep.nameSpan.start), dep);
        assert.equal(text.slice(dep.nameSpan.start, dep.nameSpan.end).length, dep.nameSpan.end - dep.nameSpan.start);
    }
    for (const offset of [-1, 0, text.length >> 1, text.length, text.length + 1]) {
        const found = manifest.at(offset);
        assert.ok(found === undefined || manifest.dependencies.includes(found));
    }
}

describe('manifests: fuzz', function () {
    // Parse time is not asserted here (see `npm run bench:fuzz`); this only bounds a hung run.
    this.timeout(300_000);

    it('the harness reports a parser exception to the error hook, so the fuzz below can fail', () => {
        const seen: unknown[] = [];
        const manifest = parseManifest('x', () => {
            throw new RangeError('Maximum call stack size exceeded');
        }, (error) => seen.push(error));
        assert.deepEqual(manifest.dependencies, []);
        assert.equal(seen.length, 1);
        assert.ok(seen[0] instanceof RangeError);
    });

    for (const [index, file] of FIXTURE_FILES.entries()) {
        const own = formatFor(file);
        it(`parses ${MUTANTS_PER_FORMAT} mutants of ${file} without one parser exception`, () => {
            assert.ok(own);
            const original = readFixture(file);
            const seed = FUZZ_SEED + index;
            let parsed = 0;
            for (let n = 0; n < MUTANTS_PER_FORMAT; n++) {
                const { text, kinds } = mutant(original, seed, n);
                const replay = `mutant(${file}, seed ${seed}, index ${n}) [${kinds.join(', ')}]`;
                checkAnswers(text, parseStrictly(own, text, replay));
                parsed++;
                if (n % CROSS_FORMAT_EVERY === 0) {
                    for (const other of MANIFEST_FORMATS.filter((format) => format !== own)) {
                        checkAnswers(text, parseStrictly(other, text, replay));
                    }
                }
            }
            assert.equal(parsed, MUTANTS_PER_FORMAT);
        });
    }

    it('survives pathological inputs in every format', () => {
        const inputs = [
            '['.repeat(100_000),
            '{'.repeat(100_000),
            `{"dependencies":${'{"a":'.repeat(50_000)}`,
            `{"overrides":${'{"a":'.repeat(20_000)}"1"${'}'.repeat(20_000)}}`,
            `{"dependencies":{"a":${'['.repeat(60_000)}${']'.repeat(60_000)}}}`,
            `dependencies = ${'['.repeat(50_000)}`,
            `a = ${'{ b = '.repeat(20_000)}1${' }'.repeat(20_000)}`,
            `[project]\ndependencies = ${'['.repeat(30_000)}${']'.repeat(30_000)}`,
            `[packages]\na = ${'{ b = '.repeat(30_000)}`,
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
            `a${' (b'.repeat(50_000)}`,
            '#'.repeat(100_000),
            '\u0000'.repeat(100_000),
            '\ufeff'.repeat(1000),
            '\ud800'.repeat(1000),
        ];
        for (const [n, input] of inputs.entries()) {
            for (const format of MANIFEST_FORMATS) {
                checkAnswers(input, parseStrictly(format, input, `pathological input ${n}`));
            }
        }
    });

    it('parses large real manifests and reads oversized ones as empty', () => {
        const requirements = readFixture('requirements.txt');
        const big = requirements.repeat(Math.floor((MAX_MANIFEST_BYTES * 0.9) / requirements.length));
        assert.ok(parseStrictly(formatFor('requirements.txt')!, big, 'large requirements').dependencies.length > 1000);
        const gemfile = readFixture('Gemfile');
        const bigGemfile = gemfile.repeat(Math.floor((MAX_MANIFEST_BYTES * 0.9) / gemfile.length));
        assert.ok(parseStrictly(formatFor('Gemfile')!, bigGemfile, 'large Gemfile').dependencies.length > 1000);
        const deps = Array.from({ length: 10_000 }, (_, n) => `  "dep-${n}": "^1.0.0"`).join(',\n');
        assert.equal(parseStrictly(formatFor('package.json')!, `{"dependencies": {\n${deps}\n}}`, 'large package.json').dependencies.length, 10_000);
        const oversized = `${requirements}${'#'.repeat(MAX_MANIFEST_BYTES)}`;
        for (const format of MANIFEST_FORMATS) {
            assert.deepEqual(parseStrictly(format, oversized, 'oversized').dependencies, []);
        }
    });
});
