/**
 * When the workspace review runs again. Pure decisions, so the controller only wires events to
 * them and timers to their answers.
 */

/** Saving several manifests at once (a branch switch, an install) gives one review. */
export const DEBOUNCE_MS = 750;

/**
 * A stream of changes (a long checkout, a generator writing packages) postpones the review at
 * most this long after its first change, so the status bar never lags indefinitely.
 */
export const MAX_WAIT_MS = 5_000;

/** Whether the shown review is current, and how long to wait after a change. */
export class RefreshPolicy {
    private reviewed = false;
    private stale = true;
    /** When the oldest change not yet reviewed happened. */
    private pendingSince: number | undefined;

    /**
     * A manifest or a workspace folder changed at `now` (milliseconds): the delay before the
     * review should start. Each change restarts the wait, up to `MAX_WAIT_MS` after the first.
     */
    changed(now: number): number {
        this.stale = true;
        this.pendingSince ??= now;
        return Math.max(0, Math.min(DEBOUNCE_MS, this.pendingSince + MAX_WAIT_MS - now));
    }

    /** A whole-workspace review starts: it reads every change made so far. */
    started(): void {
        this.stale = false;
        this.pendingSince = undefined;
    }

    /** The review finished: on success its result is shown; otherwise the next chance retries. */
    finished(succeeded: boolean): void {
        if (succeeded) {
            this.reviewed = true;
        } else {
            this.stale = true;
        }
    }

    /** The view was shown or the status bar switched on: review unless the result is current. */
    needsReview(): boolean {
        return this.stale || !this.reviewed;
    }
}

/**
 * Whole-workspace reviews run one at a time, so the last one shown is the newest. A request
 * made while one runs waits for it; further requests share that waiting review, which has not
 * started yet and so will read their changes too.
 */
export class ReviewQueue<T> {
    private running: Promise<unknown> | undefined;
    private waiting: Promise<T> | undefined;

    run(task: () => Promise<T>): Promise<T> {
        if (this.waiting) {
            return this.waiting;
        }
        if (!this.running) {
            return this.start(task);
        }
        const waiting = this.running.then(() => {
            this.waiting = undefined;
            return this.start(task);
        });
        this.waiting = waiting;
        return waiting;
    }

    private start(task: () => Promise<T>): Promise<T> {
        const run = task();
        const settled = run.then(
            () => undefined,
            () => undefined,
        );
        this.running = settled;
        void settled.then(() => {
            if (this.running === settled) {
                this.running = undefined;
            }
        });
        return run;
    }
}
