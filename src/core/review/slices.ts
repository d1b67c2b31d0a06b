/**
 * Long analyses as generators cut into time slices. The analysis yields after each small unit
 * of work (one manifest parsed, one project summed up); the runner decides whether to go on or
 * to hand the thread back first. Tests run the same steps to the end in one go.
 */

/** What the host lends the runner: a clock, a way to let other work run, a stop signal. */
export interface SliceHost {
    /** Milliseconds from any fixed origin (`performance.now`). */
    now(): number;
    /** Resolves once other queued work (events, UI messages) had its turn. */
    pause(): Promise<void>;
    /** Checked at every pause: true stops the analysis with `ReviewCancelledError`. */
    isCancelled(): boolean;
}

/**
 * Work done between two pauses, at most. A unit of work started before the budget ran out
 * still finishes, so a slice lasts this long plus one unit (one manifest's parse).
 */
export const SLICE_BUDGET_MS = 15;

export class ReviewCancelledError extends Error {
    constructor() {
        super('The review was cancelled.');
        this.name = 'ReviewCancelledError';
    }
}

/** The steps of an analysis: each `yield` is a point where it may be paused. */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step at once: for tests and small inputs. */
export function runToEnd<T>(steps: Steps<T>): T {
    for (;;) {
        const next = steps.next();
        if (next.done) {
            return next.value;
        }
    }
}

/** Runs the steps, pausing whenever a slice has used its budget; throws when cancelled. */
export async function runSliced<T>(steps: Steps<T>, host: SliceHost, budgetMs = SLICE_BUDGET_MS): Promise<T> {
    let sliceStart = host.now();
    for (;;) {
        const next = steps.next();
        if (next.done) {
            return next.value;
        }
        if (host.now() - sliceStart >= budgetMs) {
            await host.pause();
            if (host.isCancelled()) {
                // Let the generator run its finally blocks, if any.
                steps.return(undefined as never);
                throw new ReviewCancelledError();
            }
            sliceStart = host.now();
        }
    }
}
