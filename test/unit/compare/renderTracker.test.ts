import * as assert from 'node:assert/strict';
import { RenderTracker } from '../../../src/host/compare/renderTracker';

/** Lets every settled promise run its callbacks, so a wait that is still open shows as open. */
const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** A wait and whether it has ended yet. */
function watch(wait: Promise<void>): { readonly ended: boolean } {
    const state = { ended: false };
    void wait.then(() => {
        state.ended = true;
    });
    return state;
}

const NEVER = 1_000_000;

describe('compare render tracker', () => {
    it('ends a wait when its panel reports that revision or a later one drawn', async () => {
        const tracker = new RenderTracker<string>(NEVER, () => assert.fail('timed out'));
        const second = watch(tracker.waitFor('panel', 2));
        const third = watch(tracker.waitFor('panel', 3));
        tracker.rendered('panel', 2);
        await settle();
        assert.deepEqual([second.ended, third.ended], [true, false]);
        tracker.rendered('panel', 4);
        await settle();
        assert.equal(third.ended, true);
    });

    it('never lets another panel end a wait, but ends it when its own panel goes away', async () => {
        const tracker = new RenderTracker<string>(NEVER, () => assert.fail('timed out'));
        const wait = watch(tracker.waitFor('old', 1));
        const other = watch(tracker.waitFor('new', 1));
        tracker.rendered('new', 5);
        await settle();
        assert.deepEqual([wait.ended, other.ended], [false, true]);
        tracker.forget('old');
        await settle();
        assert.equal(wait.ended, true);
    });

    it('knows whether the latest revision reported is the one asked about', () => {
        const tracker = new RenderTracker<string>(NEVER, () => undefined);
        assert.equal(tracker.hasDrawn(1), false);
        tracker.rendered('panel', 3);
        tracker.rendered('panel', 2);
        assert.deepEqual([tracker.hasDrawn(2), tracker.hasDrawn(3), tracker.hasDrawn(4)], [false, true, false]);
    });

    it('gives up on a revision nobody reports, and says which', async () => {
        const missed: number[] = [];
        const tracker = new RenderTracker<string>(0, (revision) => missed.push(revision));
        await tracker.waitFor('panel', 7);
        assert.deepEqual(missed, [7]);
        const drawn = tracker.waitFor('panel', 8);
        tracker.rendered('panel', 8);
        await drawn;
        // Timers of equal delay run in the order they were set: the tracker's would come first.
        await new Promise((resolve) => setTimeout(resolve, 0));
        assert.deepEqual(missed, [7], 'a drawn revision is not reported as missed');
    });
});
