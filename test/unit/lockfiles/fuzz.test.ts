import * as assert from 'node:assert/strict';
import { parseLockfile } from '../../../src/core/lockfiles/parseLockfile';
import { fuzzLockfile, LOCK_FUZZ_SEED, LOCK_MUTANTS_IN_TESTS } from './lockFuzz';
import { LOCK_FIXTURES, readLockFixture } from './lockFixtures';

describe('lockfiles: fuzz', function () {
    // Parse time is not asserted (see `npm run bench:fuzz`); this only bounds a hung run.
    this.timeout(300_000);

    it('a reader exception reaches the error hook, so the runs below can fail', () => {
        const seen: unknown[] = [];
        const { lock } = readLockFixture('Gemfile.lock.fixture');
        const throwing = { length: 10, replace: () => { throw new RangeError('Maximum call stack size exceeded'); } } as unknown as string;
        assert.deepEqual(parseLockfile(lock, throwing, (error) => seen.push(error)), { kind: 'unreadable', fileName: 'Gemfile.lock' });
        assert.equal(seen.length, 1);
        assert.ok(seen[0] instanceof RangeError);
    });

    for (const [index, file] of LOCK_FIXTURES.entries()) {
        it(`reads ${LOCK_MUTANTS_IN_TESTS} mutants of ${file} without one exception`, () => {
            const { lock, text } = readLockFixture(file);
            const failures: string[] = [];
            const times = fuzzLockfile(lock.name, text, LOCK_FUZZ_SEED + index, LOCK_MUTANTS_IN_TESTS, (error, replay) => {
                failures.push(`${replay}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
            });
            assert.deepEqual(failures.slice(0, 3), []);
            assert.equal(times.length, LOCK_MUTANTS_IN_TESTS);
        });
    }

    it('survives pathological inputs in every format', () => {
        const inputs = [
            '['.repeat(100_000),
            '{'.repeat(100_000),
            `{"packages":${'{"a":'.repeat(50_000)}`,
            `importers:\n  .:\n${'    '.repeat(2000)}a: 1\n`,
            `"a@1":\n  version: ${'['.repeat(10_000)}\n`,
            `[[package]]\nname = ${'['.repeat(50_000)}\n`,
            'GEM\n  specs:\n' + '    a ('.repeat(10_000),
            '\uFEFF{"lockfileVersion": 3, "packages": {}}',
        ];
        for (const file of LOCK_FIXTURES) {
            const { lock } = readLockFixture(file);
            for (const input of inputs) {
                fuzzLockfile(lock.name, input, 1, 1, (error) => assert.fail(`${lock.name}: ${String(error)}`));
            }
        }
    });
});
