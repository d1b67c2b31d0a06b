/** A wait for one revision of one panel's webview. */
interface Waiter<Panel> {
    readonly panel: Panel;
    readonly revision: number;
    readonly finish: () => void;
}

/**
 * The `rendered(revision)` handshake: every model the panel posts carries a revision, and
 * the webview echoes it once the model is drawn. Updates wait for that echo, so `open`
 * returns when the user can see the table. A wait belongs to a panel (whatever identifies
 * it), so an echo from a closed panel never ends a wait for the one that replaced it, and
 * closing a panel ends its waits.
 */
export class RenderTracker<Panel> {
    private readonly waiters = new Set<Waiter<Panel>>();
    /** The latest revision a webview reported as drawn. */
    private drawn = 0;

    /** `onTimeout` is told about a revision no webview reported within `timeoutMs`. */
    constructor(
        private readonly timeoutMs: number,
        private readonly onTimeout: (revision: number) => void,
    ) {}

    /** True once the latest revision reported drawn is `revision`. */
    hasDrawn(revision: number): boolean {
        return this.drawn === revision;
    }

    /** Resolves once `panel` reports `revision` (or a later one) drawn, is forgotten, or after the timeout. */
    waitFor(panel: Panel, revision: number): Promise<void> {
        return new Promise((resolve) => {
            const timer = setTimeout(() => {
                this.onTimeout(revision);
                waiter.finish();
            }, this.timeoutMs);
            const waiter: Waiter<Panel> = {
                panel,
                revision,
                finish: () => {
                    clearTimeout(timer);
                    this.waiters.delete(waiter);
                    resolve();
                },
            };
            this.waiters.add(waiter);
        });
    }

    /** `panel`'s webview has drawn `revision`, and so everything before it. */
    rendered(panel: Panel, revision: number): void {
        this.drawn = Math.max(this.drawn, revision);
        this.finishWhere((waiter) => waiter.panel === panel && waiter.revision <= revision);
    }

    /** `panel` is gone: nothing waits for it any longer. */
    forget(panel: Panel): void {
        this.finishWhere((waiter) => waiter.panel === panel);
    }

    private finishWhere(test: (waiter: Waiter<Panel>) => boolean): void {
        for (const waiter of [...this.waiters]) {
            if (test(waiter)) {
                waiter.finish();
            }
        }
    }
}
