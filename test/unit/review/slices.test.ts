import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { analyzeManifests, buildReviewTree } from '../../../src/core/review/analyze';
import { detectStack } from '../../../src/core/review/detect';
import { reviewTree } from '../../../src/core/review/reviewTreeModel';
import { ReviewCancelledError, runSliced, runToEnd, SLICE_BUDGET_MS, type SliceHost, type Steps } from '../../../src/core/review/slices';
import { summarizeReview } from '../../../src/core/review/summary';
import { realCatalog } from '../recommend/realCatalog';
import { fixtureWorkspace } from './fixtures';
import { english } from '../../../src/core/text/l10n';

/** A clock that advances by `stepMs` each time it is read, and counts pauses. */
function fakeHost(stepMs: number, cancelAfterPauses = Infinity): SliceHost & { pauses: number } {
    let time = 0;
    const host = {
        pauses: 0,
        now: () => (time += stepMs),
        pause: async () => {
            host.pauses += 1;
        },
        isCancelled: () => host.pauses >= cancelAfterPauses,
    };
    return host;
}

function* counting(count: number, done: string[]): Steps<number> {
    for (let i = 0; i < count; i += 1) {
        done.push(`step ${i}`);
        yield;
    }
    return count;
}

describe('analysis in time slices', () => {
    it('pauses once a slice has used its budget, and returns what the steps return', async () => {
        const host = fakeHost(5);
        const done: string[] = [];
        assert.equal(await runSliced(counting(10, done), host, 12), 10);
        assert.equal(done.length, 10);
        assert.ok(host.pauses >= 3, `paused ${host.pauses} times`);
    });

    it('stops at the first pause after cancellation', async () => {
        const done: string[] = [];
        await assert.rejects(runSliced(counting(100, done), fakeHost(20, 1), 10), ReviewCancelledError);
        assert.ok(done.length < 100, `ran ${done.length} steps`);
    });

    it('runs without pausing when the steps fit in one slice', async () => {
        const host = fakeHost(0);
        assert.equal(await runSliced(counting(3, []), host), 3);
        assert.equal(host.pauses, 0);
        assert.equal(runToEnd(counting(3, [])), 3);
    });

    describe('on a fixture workspace (real catalog)', () => {
        let catalog: Catalog;

        before(async () => {
            catalog = await realCatalog();
        });

        it('gives the same review and rows, sliced or at once', async () => {
            const files = fixtureWorkspace('monorepo');
            const limits = { truncated: false, maxManifests: 20_000, skipped: [] };
            // A pause after every step: the most a runner can cut the work up.
            const host = fakeHost(SLICE_BUDGET_MS);
            const sliced = await analyzeManifests(files, catalog, limits, host, { l10n: english });
            const atOnce = summarizeReview(detectStack(files, catalog, { l10n: english }), catalog, limits, { l10n: english });
            assert.deepEqual(sliced, atOnce);
            assert.deepEqual(await buildReviewTree(sliced, catalog, fakeHost(SLICE_BUDGET_MS), english), reviewTree(atOnce, catalog, english));
            assert.ok(host.pauses > files.length, `paused ${host.pauses} times`);
        });
    });
});
