import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { analyzeManifests } from '../../../src/core/review/analyze';
import { ignoredKeys } from '../../../src/core/review/ignore';
import { reviewTree, type ReviewNode } from '../../../src/core/review/reviewTreeModel';
import type { SliceHost } from '../../../src/core/review/slices';
import type { WorkspaceReview } from '../../../src/core/review/summary';
import { realCatalog } from '../recommend/realCatalog';
import { fixtureWorkspace } from './fixtures';
import { english } from '../../../src/core/text/l10n';

/** A host that never pauses: the steps run to the end. */
const host: SliceHost = { now: () => 0, pause: () => Promise.resolve(), isCancelled: () => false };

/** Every row with an Ignore action, by its key. */
function ignorable(nodes: readonly ReviewNode[]): string[] {
    return nodes.flatMap((node) => [...(node.ignoreKey === undefined ? [] : [node.ignoreKey]), ...ignorable(node.children)]);
}

describe('review: ignored findings', () => {
    let catalog: Catalog;

    const review = (ignored: unknown): Promise<WorkspaceReview> =>
        analyzeManifests(fixtureWorkspace('monorepo'), catalog, { truncated: false, maxManifests: 100, skipped: [] }, host, { l10n: english, ignored: ignoredKeys(ignored) });

    before(async () => {
        catalog = await realCatalog();
    });

    it('offers Ignore on each finding row, keyed by package or by the group\'s sorted packages', async () => {
        const keys = ignorable(reviewTree(await review([]), catalog, english));
        assert.ok(keys.includes('npm:moment'), keys.join(', '));
        assert.ok(keys.includes('npm:request'), keys.join(', '));
        assert.ok(keys.includes('npm:dayjs+npm:moment'), keys.join(', '));
    });

    it('leaves ignored findings out of the findings, the summary and the rows, and keeps the rest', async () => {
        const all = await review([]);
        const some = await review(['npm:moment', 'npm:dayjs+npm:moment', 'pypi:not-declared']);
        assert.deepEqual(some.statusFindings.map((finding) => finding.package), all.statusFindings.map((finding) => finding.package).filter((name) => name !== 'moment'));
        assert.deepEqual(some.sameRoleFindings.map((finding) => finding.entries), [['jest', 'mocha'], ['axios', 'node-fetch']]);
        assert.match(some.summary, /2 dependencies are deprecated, unmaintained or in maintenance mode; 2 groups of dependencies play the same role/);
        assert.equal(some.dependencyCount, all.dependencyCount);
        const keys = ignorable(reviewTree(some, catalog, english));
        assert.ok(!keys.includes('npm:moment') && !keys.includes('npm:dayjs+npm:moment'), keys.join(', '));
    });

    it('shows a group again when it gains a member the key did not name', async () => {
        const ignored = await review(['npm:dayjs']);
        // Ignoring one package hides its own findings, not the groups it belongs to.
        assert.ok(ignored.sameRoleFindings.some((finding) => finding.entries.includes('dayjs')));
    });

    it('reads a hand-edited setting that is not a list of strings as nothing ignored', () => {
        assert.deepEqual([...ignoredKeys('npm:moment')], []);
        assert.deepEqual([...ignoredKeys({ key: 'npm:moment' })], []);
        assert.deepEqual([...ignoredKeys([' npm:moment ', 3, null])], ['npm:moment']);
    });
});
