import * as assert from 'node:assert/strict';
import { DEBOUNCE_MS, MAX_WAIT_MS, RefreshPolicy, ReviewQueue } from '../../../src/core/review/refreshPolicy';

/** A promise the test settles by hand. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
    let resolve!: (value: T) => void;
    let reject!: (error: Error) => void;
    const promise = new Promise<T>((ok, fail) => {
        resolve = ok;
        reject = fail;
    });
    return { promise, resolve, reject };
}

const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('review refresh policy', () => {
    it('needs a first review, and none while the shown one is current', () => {
        const policy = new RefreshPolicy();
        assert.equal(policy.needsReview(), true);
        policy.started();
        policy.finished(true);
        assert.equal(policy.needsReview(), false);
        policy.changed(0);
        assert.equal(policy.needsReview(), true);
    });

    it('retries after a failed or cancelled review', () => {
        const policy = new RefreshPolicy();
        policy.started();
        policy.finished(true);
        policy.started();
        policy.finished(false);
        assert.equal(policy.needsReview(), true);
    });

    it('counts a change made while a review runs as not yet reviewed', () => {
        const policy = new RefreshPolicy();
        policy.started();
        policy.changed(10);
        policy.finished(true);
        assert.equal(policy.needsReview(), true);
    });

    it('waits for changes to settle, but no longer than the maximum after the first', () => {
        const policy = new RefreshPolicy();
        assert.equal(policy.changed(1_000), DEBOUNCE_MS);
        assert.equal(policy.changed(1_500), DEBOUNCE_MS);
        assert.equal(policy.changed(1_000 + MAX_WAIT_MS - 200), 200);
        assert.equal(policy.changed(1_000 + MAX_WAIT_MS + 300), 0);
        // A review reads them all: the next change starts a fresh wait.
        policy.started();
        assert.equal(policy.changed(20_000), DEBOUNCE_MS);
    });
});

describe('review queue', () => {
    it('runs one review at a time, and requests made meanwhile share one later review', async () => {
        const queue = new ReviewQueue<string>();
        const first = deferred<string>();
        const started: string[] = [];
        const a = queue.run(() => (started.push('a'), first.promise));
        const b = queue.run(async () => (started.push('b'), 'b'));
        const c = queue.run(async () => (started.push('c'), 'c'));
        assert.equal(b, c, 'the waiting review is shared');
        await settle();
        assert.deepEqual(started, ['a']);
        first.resolve('a');
        assert.equal(await a, 'a');
        assert.equal(await b, 'b');
        assert.deepEqual(started, ['a', 'b']);
        // Idle again: the next request starts at once.
        assert.equal(await queue.run(async () => (started.push('d'), 'd')), 'd');
        assert.deepEqual(started, ['a', 'b', 'd']);
    });

    it('goes on after a failed review, which fails only its own callers', async () => {
        const queue = new ReviewQueue<string>();
        const failing = deferred<string>();
        const a = queue.run(() => failing.promise);
        const b = queue.run(async () => 'b');
        failing.reject(new Error('unreadable'));
        await assert.rejects(a, /unreadable/);
        assert.equal(await b, 'b');
    });
});
