import * as assert from 'node:assert/strict';
import { analyzeManifests } from '../../../src/core/review/analyze';
import { reviewTree, type ReviewNode } from '../../../src/core/review/reviewTreeModel';
import type { SliceHost } from '../../../src/core/review/slices';
import type { WorkspaceReview } from '../../../src/core/review/summary';
import { tierCountsText } from '../../../src/core/review/tierReport';
import { RegistryTiers } from '../../../src/core/registry/tiers';
import { loadTiers } from '../registry/loadTiers';
import { manifestFile, textAt } from './fixtures';
import { english } from '../../../src/core/text/l10n';

/** A host that never pauses: the steps run to the end. */
const host: SliceHost = { now: () => 0, pause: () => Promise.resolve(), isCancelled: () => false };

const files = [
    manifestFile(
        'web/package.json',
        JSON.stringify(
            {
                name: 'web',
                dependencies: { express: '^4.18.2', expresss: '^4.0.0', argparse: '^2.0.1', '@types/koa': '^2.0.0', '@acme/private-thing': '1.0.0', shared: 'workspace:*', forked: 'github:me/forked' },
            },
            null,
            2,
        ),
    ),
    manifestFile('api/requirements.txt', 'django>=4.2\nlockfile==0.12.2\nreqeusts>=2\n'),
];

async function reviewed(): Promise<{ review: WorkspaceReview; roots: ReviewNode[] }> {
    const { catalog, families, indexes } = await loadTiers();
    const review = await analyzeManifests(files, catalog, { truncated: false, maxManifests: 100, skipped: [] }, host, { l10n: english, registry: new RegistryTiers(catalog, families, indexes) });
    return { review, roots: reviewTree(review, catalog, english) };
}

describe('review: what the families and the registry index add', () => {
    it('counts each tier\'s answers', async () => {
        const { review } = await reviewed();
        assert.deepEqual(review.tiers?.counts, { catalog: 2, family: 1, index: 2, none: 3, elsewhere: 1 });
        assert.equal(tierCountsText(review.tiers.counts, english), '2 catalog · 1 family · 2 index · 3 none · 1 Git or URL');
        assert.match(review.summary, /Dependencies answered: 2 by a catalog entry, 1 by a package family, 2 by the registry index, 3 by none; 1 comes from Git or a URL\./);
        assert.match(review.summary, /1 dependency has had no release in 3 years or more; 2 names look like a typosquat of a much used package\./);
    });

    it('lists possibly unmaintained packages and possible typosquats, each opening its manifest line', async () => {
        const { review, roots } = await reviewed();
        const stale = roots.find((node) => node.id === 'stale');
        assert.equal(stale?.label, 'Possibly unmaintained (1)');
        assert.deepEqual(stale.children.map((node) => [node.label, node.description]), [['lockfile', 'no release since 2015-11 · api/requirements.txt:2']]);
        const typos = roots.find((node) => node.id === 'typosquats');
        // The two typosquats are in two projects: a group each.
        assert.deepEqual(typos?.children.map((project) => [project.label, project.children.map((node) => [node.label, node.description])]), [
            ['web (1)', [['expresss', 'like express · web/package.json:5']]],
            ['api (1)', [['reqeusts', 'like requests · api/requirements.txt:3']]],
        ]);
        for (const node of [...stale.children, ...typos.children.flatMap((project) => project.children)]) {
            assert.ok(node.location);
            assert.equal(textAt(files, node.location), node.label);
        }
        assert.equal(roots.find((node) => node.id === 'answered')?.description, '2 catalog · 1 family · 2 index · 3 none · 1 Git or URL');
        assert.equal(review.tiers?.typosquats[0]?.message, 'expresss is one or two keys from express, a much used package: check the spelling.');
    });

    it('leaves the tiers out of a review without registry data', async () => {
        const { catalog } = await loadTiers();
        const review = await analyzeManifests(files, catalog, { truncated: false, maxManifests: 100, skipped: [] }, host, { l10n: english });
        assert.equal(review.tiers, undefined);
        assert.ok(!reviewTree(review, catalog, english).some((node) => ['answered', 'stale', 'typosquats'].includes(node.id)));
    });
});
