import * as vscode from 'vscode';
import type { SliceHost } from '../../core/review/slices';
import type { ReadProgress } from './findManifests';

/**
 * From this many manifests on, a review shows a cancellable notification: it takes long enough
 * to deserve one. Smaller reviews show only the view's progress bar, so saving a file in a
 * small project pops nothing up.
 */
const NOTIFY_FROM_MANIFESTS = 500;

/** Progress updates sent while reading, at most: each one is a message to the workbench. */
const READ_REPORTS = 50;

/** Share of the bar for reading; the rest is the analysis. */
const READ_SHARE = 80;

/**
 * The progress of one review. It opens a notification, with a Cancel button that cancels the
 * review, once the search has found enough manifests to make the wait noticeable.
 */
export class ReviewProgress implements ReadProgress, vscode.Disposable {
    private report: vscode.Progress<{ message?: string; increment?: number }> | undefined;
    private close: (() => void) | undefined;
    private total = 0;
    private done = 0;
    private reported = 0;
    private closed = false;

    constructor(private readonly cancel: vscode.CancellationTokenSource) {}

    found(total: number): void {
        this.total = total;
        if (total < NOTIFY_FROM_MANIFESTS) {
            return;
        }
        const options = { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Stack Guide: reviewing the workspace'), cancellable: true };
        void vscode.window.withProgress(options, (progress, token) => {
            if (this.closed) {
                // The review ended before the workbench asked for the task.
                return Promise.resolve();
            }
            this.report = progress;
            const cancelled = token.onCancellationRequested(() => this.cancel.cancel());
            progress.report({ message: vscode.l10n.t('reading {0} manifests…', total.toLocaleString('en-US')) });
            return new Promise<void>((resolve) => {
                this.close = () => {
                    cancelled.dispose();
                    resolve();
                };
            });
        });
    }

    read(count: number): void {
        this.done += count;
        const step = Math.max(1, Math.ceil(this.total / READ_REPORTS));
        if (this.report && (this.done - this.reported >= step || this.done === this.total)) {
            const increment = ((this.done - this.reported) / this.total) * READ_SHARE;
            this.reported = this.done;
            const message =
                this.done === this.total
                    ? vscode.l10n.t('detecting the stack…')
                    : vscode.l10n.t('{0} of {1} manifests read', this.done.toLocaleString('en-US'), this.total.toLocaleString('en-US'));
            this.report.report({ message, increment });
        }
    }

    dispose(): void {
        this.closed = true;
        this.close?.();
        this.close = undefined;
        this.report = undefined;
    }
}

/** Slices of analysis on the extension host: a timer turn between slices lets events and messages through. */
export function sliceHostFor(token: vscode.CancellationToken): SliceHost {
    return {
        now: () => performance.now(),
        pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
        isCancelled: () => token.isCancellationRequested,
    };
}
