import * as assert from 'node:assert/strict';
import { LOCKFILE_GLOB, lockfileCandidates, lockfileNameOf, memberPath } from '../../../src/core/lockfiles/lockfileNames';

const names = (candidates: ReturnType<typeof lockfileCandidates>): string[] => candidates.map(({ up, lock }) => `${'../'.repeat(up)}${lock.name}`);

describe('lockfiles: which one governs a manifest', () => {
    it('package.json: the nearest npm, pnpm, Yarn or Bun lockfile up the tree, shrinkwrap first', () => {
        assert.deepEqual(names(lockfileCandidates('package.json', 'packages/web/package.json', 2)), [
            'npm-shrinkwrap.json',
            'package-lock.json',
            'pnpm-lock.yaml',
            'yarn.lock',
            'bun.lock',
            '../npm-shrinkwrap.json',
            '../package-lock.json',
            '../pnpm-lock.yaml',
            '../yarn.lock',
            '../bun.lock',
            '../../npm-shrinkwrap.json',
            '../../package-lock.json',
            '../../pnpm-lock.yaml',
            '../../yarn.lock',
            '../../bun.lock',
        ]);
    });

    it('Gemfile, gems.rb and gemspecs: the lock beside them only', () => {
        assert.deepEqual(names(lockfileCandidates('gemfile', 'app/Gemfile', 1)), ['Gemfile.lock']);
        assert.deepEqual(names(lockfileCandidates('gemfile', 'gems.rb', 0)), ['gems.locked']);
        assert.deepEqual(names(lockfileCandidates('gemspec', 'lib/x.gemspec', 3)), ['Gemfile.lock']);
    });

    it('pyproject.toml: its own Poetry or PDM lock, or the nearest uv.lock (a uv workspace locks at its root)', () => {
        assert.deepEqual(names(lockfileCandidates('pyproject', 'packages/lib/pyproject.toml', 2)), [
            'poetry.lock',
            'pdm.lock',
            'uv.lock',
            '../uv.lock',
            '../../uv.lock',
        ]);
        assert.deepEqual(names(lockfileCandidates('pipfile', 'Pipfile', 0)), ['Pipfile.lock']);
        assert.deepEqual(lockfileCandidates('requirements', 'requirements.txt', 0), []);
    });

    it('names the workspace member by the folders between the lockfile and the manifest', () => {
        assert.equal(memberPath(['packages', 'web'], 2), 'packages/web');
        assert.equal(memberPath(['apps', 'packages', 'web'], 1), 'web');
        assert.equal(memberPath(['packages', 'web'], 0), '');
    });

    it('knows lockfiles by name, and the watcher glob lists each', () => {
        assert.equal(lockfileNameOf('a/b/yarn.lock')?.kind, 'yarn');
        assert.equal(lockfileNameOf('C:\\x\\Gemfile.lock')?.kind, 'bundler');
        assert.equal(lockfileNameOf('package.json'), undefined);
        assert.equal(lockfileNameOf('bun.lockb'), undefined);
        for (const name of ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock', 'Gemfile.lock', 'gems.locked', 'poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock']) {
            assert.ok(LOCKFILE_GLOB.includes(name), name);
        }
    });
});
