import * as assert from 'node:assert/strict';
import { parseLockfile } from '../../../src/core/lockfiles/parseLockfile';
import { analyzeManifests } from '../../../src/core/review/analyze';
import type { ManifestLock } from '../../../src/core/review/lockReport';
import { reviewTree } from '../../../src/core/review/reviewTreeModel';
import type { SliceHost } from '../../../src/core/review/slices';
import { RegistryTiers } from '../../../src/core/registry/tiers';
import { readLockFixture } from '../lockfiles/lockFixtures';
import { loadTiers } from '../registry/loadTiers';
import { manifestFile, textAt } from './fixtures';
import { english } from '../../../src/core/text/l10n';

/** A host that never pauses: the steps run to the end. */
const host: SliceHost = { now: () => 0, pause: () => Promise.resolve(), isCancelled: () => false };

function lockOf(fixture: string, member = ''): ManifestLock {
    const { lock, text } = readLockFixture(fixture);
    const state = parseLockfile(lock, text);
    assert.equal(state.kind, 'read');
    return { fileName: state.fileName, index: state.index, member };
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

const files = [
    manifestFile('package.json', json({ name: 'api', dependencies: { express: '^4.18.2', lodash: '^4.17.21' }, devDependencies: { typescript: '^6.0.0' } })),
    manifestFile('packages/web/package.json', json({ name: '@acme/web', dependencies: { react: '^17.0.2', 'http-client': 'npm:axios@^1.6.0', 'tiny-lib': 'github:acme/tiny-lib' } })),
    manifestFile('packages/stray/package.json', json({ name: 'stray', dependencies: { react: '^16.0.0' } })),
    manifestFile('requirements.txt', 'django>=4.2\n'),
];

async function reviewed(): Promise<Awaited<ReturnType<typeof analyzeManifests>> & { roots: ReturnType<typeof reviewTree> }> {
    const { catalog, families, indexes } = await loadTiers();
    const locks = new Map<string, ManifestLock>([
        [files[0]!.uri, lockOf('npm-v2.package-lock.json.fixture')],
        [files[1]!.uri, lockOf('pnpm-v9-workspace.pnpm-lock.yaml.fixture', 'packages/web')],
        // A nested project the workspace lockfile does not list: not locked by it.
        [files[2]!.uri, lockOf('pnpm-v9-workspace.pnpm-lock.yaml.fixture', 'packages/stray')],
    ]);
    const review = await analyzeManifests(files, catalog, { truncated: false, maxManifests: 100, skipped: [] }, host, { l10n: english, registry: new RegistryTiers(catalog, families, indexes), locks });
    return { ...review, roots: reviewTree(review, catalog, english) };
}

describe('review: lockfiles', () => {
    it('lists locked dependencies a major version or more behind, the furthest first, each at its manifest line', async () => {
        const review = await reviewed();
        const behind = review.locks?.behind.map((finding) => [finding.package, finding.locked, finding.latest, finding.majors, finding.location.path]);
        assert.deepEqual(behind, [
            ['react', '17.0.2', '19.3.1', 2, 'packages/web/package.json'],
            ['typescript', '5.3.3', '7.0.2', 2, 'package.json'],
            ['express', '4.18.2', '5.3.0', 1, 'package.json'],
        ]);
        const react = review.locks?.behind[0];
        assert.ok(react);
        assert.equal(textAt(files, react.location), 'react');
        assert.equal(react.message, 'react is locked at 17.0.2 in pnpm-lock.yaml; the latest release as of 2026-11-30 is 19.3.1, 2 major versions ahead.');
    });

    it('flags a locked version outside the manifest\'s constraint: the lockfile is out of date', async () => {
        const review = await reviewed();
        assert.deepEqual(review.locks?.outdated.map((finding) => [finding.package, finding.locked, finding.constraint, finding.lockfile]), [['typescript', '5.3.3', '^6.0.0', 'package-lock.json']]);
        assert.match(review.summary, /Lockfiles: 3 locked dependencies are a major version or more behind the registry index; 1 locked version no longer satisfies the manifest: the lockfile is out of date\./);
    });

    it('adds both groups to the view, each row opening the manifest', async () => {
        const { roots } = await reviewed();
        const behind = roots.find((node) => node.id === 'behind');
        const outdated = roots.find((node) => node.id === 'lockfile-outdated');
        assert.equal(behind?.label, 'Behind by a major version (3)');
        // In two projects: one group each, in the order of the furthest behind; in each, the furthest behind first.
        assert.deepEqual(behind.children.map((project) => [project.label, project.children.map((child) => [child.label, child.description, child.ignoreKey])]), [
            ['packages/web (1)', [['react', '17.0.2 → 19.3.1 · 2 majors · packages/web/package.json:4', 'npm:react']]],
            ['(root) (2)', [
                ['typescript', '5.3.3 → 7.0.2 · 2 majors · package.json:8', 'npm:typescript'],
                ['express', '4.18.2 → 5.3.0 · 1 major · package.json:4', 'npm:express'],
            ]],
        ]);
        assert.equal(outdated?.label, 'Lockfile out of date (1)');
        assert.deepEqual(outdated.children.map((child) => [child.label, child.description, child.location?.line, child.ignoreKey]), [['typescript', 'locked 5.3.3, wants ^6.0.0 · package.json:8', 7, 'npm:typescript']]);
    });

    it('says nothing of lockfiles when none was read', async () => {
        const { catalog } = await loadTiers();
        const review = await analyzeManifests(files, catalog, { truncated: false, maxManifests: 100, skipped: [] }, host, { l10n: english });
        assert.equal(review.locks, undefined);
        assert.equal(reviewTree(review, catalog, english).some((node) => node.id === 'behind' || node.id === 'lockfile-outdated'), false);
        assert.doesNotMatch(review.summary, /Lockfiles/);
    });
});
