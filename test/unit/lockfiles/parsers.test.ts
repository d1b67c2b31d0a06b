import * as assert from 'node:assert/strict';
import { parseLockfile, type LockState } from '../../../src/core/lockfiles/parseLockfile';
import type { LockIndex, LockedPackage } from '../../../src/core/lockfiles/lockTypes';
import { LOCK_FIXTURES, readLockFixture } from './lockFixtures';
import { decodePieces } from '../../../src/core/lockfiles/lockText';
import { runToEnd } from '../../../src/core/review/slices';

function indexOf(file: string): LockIndex {
    const { lock, text } = readLockFixture(file);
    const state: LockState = parseLockfile(lock, text, (error) => assert.fail(String(error)));
    assert.equal(state.kind, 'read', `${file} was not read`);
    return state.kind === 'read' ? state.index : assert.fail();
}

/** "4.18.2", "0.3.0 (git)", "1.16.0 [x86_64-linux]": what one resolve gives, as text. */
const show = (locked: readonly LockedPackage[]): string[] =>
    locked.map((one) => `${one.version}${one.source ? ` (${one.source})` : ''}${one.platform ? ` [${one.platform}]` : ''}`);

function expectLocked(index: LockIndex, name: string, member: string, expected: string[], constraint?: string): void {
    assert.deepEqual(show(index.resolve(name, member, constraint)), expected, `${name} in "${member}"`);
}

describe('lockfiles: parsers', () => {
    it('reads every fixture', () => {
        assert.ok(LOCK_FIXTURES.length >= 17);
        for (const file of LOCK_FIXTURES) {
            assert.ok(indexOf(file).size > 0, file);
        }
    });

    describe('npm', () => {
        it('lockfile version 1: the top-level tree, aliases and Git URLs', () => {
            const index = indexOf('npm-v1.package-lock.json.fixture');
            assert.equal(index.kind, 'npm');
            expectLocked(index, 'express', '', ['4.17.1']);
            // The nested copy under express is express's, not the root's.
            expectLocked(index, 'debug', '', ['4.3.1']);
            expectLocked(index, 'orm', '', ['5.13.20']);
            expectLocked(index, 'left-pad', '', ['5b7c6ae2d4ba9bbc4d10d3d5ee1f3d7fc1c6f7a5 (git)']);
            expectLocked(index, 'react', '', []);
        });

        it('lockfile version 2 reads `packages`, the same as version 3', () => {
            const index = indexOf('npm-v2.package-lock.json.fixture');
            expectLocked(index, 'express', '', ['4.18.2']);
            expectLocked(index, 'debug', '', []);
            expectLocked(index, 'typescript', '', ['5.3.3']);
        });

        it('lockfile version 3 with workspaces: each member resolves as Node would', () => {
            const index = indexOf('npm-v3-workspaces.package-lock.json.fixture');
            assert.ok(index.hasMember('packages/web') && index.hasMember('packages/shared') && index.hasMember(''));
            assert.equal(index.hasMember('packages/other'), false);
            expectLocked(index, 'react', 'packages/web', ['17.0.2']);
            expectLocked(index, 'react', 'packages/shared', ['18.2.0']);
            expectLocked(index, 'http-client', 'packages/web', ['1.6.8']);
            expectLocked(index, 'tiny-lib', 'packages/web', ['0.3.0 (git)']);
            expectLocked(index, '@acme/shared', 'packages/web', ['packages/shared (workspace)']);
            expectLocked(index, 'typescript', '', ['5.4.5']);
        });

        it('npm-shrinkwrap.json, with a linked local package', () => {
            const index = indexOf('npm-shrinkwrap.json.fixture');
            expectLocked(index, 'commander', '', ['11.1.0']);
            expectLocked(index, 'local-helper', '', ['../local-helper (workspace)']);
        });
    });

    describe('Yarn', () => {
        it('classic: by descriptor, with aliases, Git and file sources', () => {
            const index = indexOf('yarn-classic.yarn.lock.fixture');
            assert.equal(index.kind, 'yarn-classic');
            expectLocked(index, 'express', '', ['4.18.2'], '^4.17.1');
            expectLocked(index, 'chalk', '', ['4.1.2'], '^4.1.0');
            expectLocked(index, 'chalk', '', ['2.4.2'], '^2.4.2');
            // No constraint tells the two apart: both are said.
            expectLocked(index, 'chalk', '', ['2.4.2', '4.1.2']);
            expectLocked(index, 'http-client', '', ['1.6.8'], 'npm:axios@^1.6.0');
            expectLocked(index, 'tiny-lib', '', ['0.3.0 (git)']);
            expectLocked(index, 'local-helper', '', ['0.0.1 (path)']);
            expectLocked(index, '@babel/code-frame', '', ['7.23.5'], '^7.22.13');
        });

        it('Berry: workspace members, aliases, Git, and patch entries', () => {
            const index = indexOf('yarn-berry.yarn.lock.fixture');
            assert.equal(index.kind, 'yarn-berry');
            assert.ok(index.hasMember('packages/web') && !index.hasMember('packages/nope'));
            expectLocked(index, 'react', 'packages/web', ['17.0.2']);
            expectLocked(index, 'react', 'packages/shared', ['18.2.0']);
            expectLocked(index, 'react', '', ['17.0.2'], '^17.0.2');
            expectLocked(index, 'http-client', 'packages/web', ['1.6.8']);
            expectLocked(index, 'tiny-lib', 'packages/web', ['0.3.0 (git)']);
            expectLocked(index, '@acme/shared', 'packages/web', ['0.0.0-use.local (workspace)']);
            expectLocked(index, 'typescript', '', ['5.4.5']);
        });
    });

    describe('pnpm', () => {
        it('5.4, one project: peer suffixes, aliases and Git', () => {
            const index = indexOf('pnpm-v5.pnpm-lock.yaml.fixture');
            expectLocked(index, 'express', '', ['4.17.3']);
            expectLocked(index, 'react-dom', '', ['18.2.0']);
            expectLocked(index, 'http-client', '', ['1.6.8']);
            expectLocked(index, 'tiny-lib', '', ['0f3c1b2a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a (git)']);
            expectLocked(index, 'typescript', '', ['4.9.5']);
        });

        it('5.4 workspace: importers and workspace links', () => {
            const index = indexOf('pnpm-v5-workspace.pnpm-lock.yaml.fixture');
            assert.ok(index.hasMember('packages/web'));
            expectLocked(index, 'react', 'packages/web', ['17.0.2']);
            expectLocked(index, 'react', 'packages/shared', ['18.2.0']);
            expectLocked(index, '@acme/shared', 'packages/web', ['../shared (workspace)']);
            expectLocked(index, 'typescript', '', ['4.9.5']);
        });

        it('6.0, one project: specifier and version maps', () => {
            const index = indexOf('pnpm-v6.pnpm-lock.yaml.fixture');
            expectLocked(index, 'express', '', ['4.18.2']);
            expectLocked(index, 'react-dom', '', ['18.2.0']);
            expectLocked(index, 'http-client', '', ['1.6.8']);
        });

        it('9.0 workspace', () => {
            const index = indexOf('pnpm-v9-workspace.pnpm-lock.yaml.fixture');
            expectLocked(index, 'react', 'packages/web', ['17.0.2']);
            expectLocked(index, 'react-dom', 'packages/web', ['17.0.2']);
            expectLocked(index, 'react', 'packages/shared', ['18.3.1']);
            expectLocked(index, 'http-client', 'packages/web', ['1.7.2']);
            expectLocked(index, 'tiny-lib', 'packages/web', ['0f3c1b2a9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a (git)']);
            expectLocked(index, 'typescript', '', ['5.4.5']);
        });
    });

    it('Bun: members, hoisted and member-own copies, aliases, Git and workspace packages', () => {
        const index = indexOf('bun.lock.fixture');
        assert.equal(index.kind, 'bun');
        assert.ok(index.hasMember('packages/web'));
        expectLocked(index, 'react', 'packages/web', ['17.0.2']);
        expectLocked(index, 'react', 'packages/shared', ['18.3.1']);
        expectLocked(index, 'http-client', 'packages/web', ['1.7.2']);
        expectLocked(index, 'tiny-lib', 'packages/web', ['0f3c1b2 (git)']);
        expectLocked(index, '@acme/shared', 'packages/web', ['packages/shared (workspace)']);
        expectLocked(index, 'typescript', '', ['5.4.5']);
    });

    it('Gemfile.lock: registry, Git and path gems, and platform-specific builds', () => {
        const index = indexOf('Gemfile.lock.fixture');
        assert.equal(index.kind, 'bundler');
        expectLocked(index, 'rails', '', ['7.1.3']);
        expectLocked(index, 'nokogiri', '', ['1.16.0 [arm64-darwin]', '1.16.0 [x86_64-linux]']);
        expectLocked(index, 'devise', '', ['4.9.4 (git)']);
        expectLocked(index, 'billing', '', ['0.1.0 (path)']);
        expectLocked(index, 'sorbet-runtime', '', ['0.5.11178']);
        // A dependency's own requirement line is not a gem.
        expectLocked(index, 'nio4r', '', []);
    });

    describe('Python', () => {
        it('poetry.lock 2.0: registry, directory and Git packages; names compared after PEP 503', () => {
            const index = indexOf('poetry.lock.fixture');
            assert.equal(index.kind, 'poetry');
            expectLocked(index, 'Django', '', ['4.2.11']);
            expectLocked(index, 'SQLAlchemy', '', ['2.0.29']);
            expectLocked(index, 'my_utils', '', ['0.2.0 (path)']);
            expectLocked(index, 'toolbox', '', ['1.4.0 (git)']);
        });

        it('poetry.lock 1.1, with its [metadata.files] table', () => {
            const index = indexOf('poetry-v1.poetry.lock.fixture');
            expectLocked(index, 'flask', '', ['2.0.3']);
            expectLocked(index, 'click', '', ['8.0.4']);
        });

        it('uv.lock: a workspace, forked resolutions, Git', () => {
            const index = indexOf('uv.lock.fixture');
            assert.equal(index.kind, 'uv');
            expectLocked(index, 'fastapi', '', ['0.111.0']);
            expectLocked(index, 'pydantic', '', ['2.7.4', '1.10.15']);
            expectLocked(index, 'lib', '', ['0.1.0 (workspace)']);
            expectLocked(index, 'toolbox', '', ['1.4.0 (git)']);
        });

        it('pdm.lock', () => {
            const index = indexOf('pdm.lock.fixture');
            assert.equal(index.kind, 'pdm');
            expectLocked(index, 'httpx', '', ['0.27.0']);
            expectLocked(index, 'pytest', '', ['8.2.0']);
            expectLocked(index, 'toolbox', '', ['1.4.0 (git)']);
            expectLocked(index, 'my-utils', '', ['0.2.0 (path)']);
        });

        it('Pipfile.lock: default and develop', () => {
            const index = indexOf('Pipfile.lock.fixture');
            assert.equal(index.kind, 'pipenv');
            expectLocked(index, 'aiohttp', '', ['3.9.5']);
            expectLocked(index, 'pytest', '', ['8.2.0']);
            expectLocked(index, 'toolbox', '', ['9f1c2a3b4d5e6f708192a3b4c5d6e7f8091a2b3c (git)']);
            expectLocked(index, 'my-utils', '', [' (path)']);
        });
    });

    it('reads JSON lockfiles decoded in pieces as it reads them whole, multi-byte characters included', () => {
        for (const file of ['npm-v3-workspaces.package-lock.json.fixture', 'bun.lock.fixture', 'Pipfile.lock.fixture', 'yarn-berry.yarn.lock.fixture']) {
            const { lock, text } = readLockFixture(file);
            const withAccents = text.replace(/"name": "monorepo"/, '"name": "monorépo 🙂"');
            const pieces = runToEnd(decodePieces(new TextEncoder().encode(`\uFEFF${withAccents}`), 64));
            assert.ok(pieces.length > 10, file);
            assert.equal(pieces.join(''), withAccents);
            const whole = parseLockfile(lock, withAccents);
            const pieced = parseLockfile(lock, pieces);
            assert.equal(pieced.kind, 'read', file);
            assert.equal(whole.kind === 'read' && pieced.kind === 'read' ? pieced.index.resolve('react', 'packages/web').map((one) => one.version).join() : '', whole.kind === 'read' ? whole.index.resolve('react', 'packages/web').map((one) => one.version).join() : 'x');
            assert.equal(pieced.kind === 'read' ? pieced.index.size : 0, whole.kind === 'read' ? whole.index.size : -1, file);
        }
    });

    it('says why there is no index: a file that is not its format, and one too large', () => {
        const { lock } = readLockFixture('npm-v2.package-lock.json.fixture');
        assert.deepEqual(parseLockfile(lock, '{"lockfileVersion": 3, "packages": {'), { kind: 'unreadable', fileName: 'package-lock.json' });
        const { lock: gemLock } = readLockFixture('Gemfile.lock.fixture');
        assert.deepEqual(parseLockfile(gemLock, 'not a lockfile'), { kind: 'unreadable', fileName: 'Gemfile.lock' });
        const megabyte = 'x'.repeat(1024 * 1024);
        assert.deepEqual(parseLockfile(lock, Array<string>(70).fill(megabyte)), { kind: 'too-large', fileName: 'package-lock.json', bytes: 70 * 1024 * 1024 });
    });
});
