import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import type { RegistrySource } from '../registrySource';
import type { LockfileSource } from '../lockfiles/lockfileSource';
import type { TeamSource } from '../team/teamSource';
import { LOCKFILE_GLOB } from '../../core/lockfiles/lockfileNames';
import { lazy } from '../lazy';
import { REVIEW_IGNORE_SETTING, STATUS_BAR_SETTING, WORKSPACE_VIEW_ID } from '../../core/contributions';
import { isSkippedManifest, MANIFEST_GLOB } from '../../core/manifests/manifestFiles';
import { RefreshPolicy, ReviewQueue } from '../../core/review/refreshPolicy';
import type { ReviewNode } from '../../core/review/reviewTreeModel';
import { ReviewCancelledError } from '../../core/review/slices';
import type { WorkspaceReview } from '../../core/review/summary';
import { ContextKeys } from '../../core/contributions';
import { tierCountsText } from '../../core/review/tierReport';
import { ReviewProgress, sliceHostFor } from './reviewProgress';
import { StackStatusBar } from './statusBar';
import { WorkspaceTreeProvider } from './workspaceTreeProvider';
import { readIgnoredFindings } from './ignoreFinding';

/** A window-scoped setting (one item for every folder), so it is read without a resource. */
const statusBarEnabled = (): boolean => vscode.workspace.getConfiguration().get<boolean>(STATUS_BAR_SETTING, true);

/** The manifest finder, the analysis and the tree model load with the first review, not at activation. */
const loadModules = lazy(async () => {
    const [{ findManifests }, { analyzeManifests, buildReviewTree, findingCount }, { reviewLocks }] = await Promise.all([
        import('./findManifests.js'),
        import('../../core/review/analyze.js'),
        import('../lockfiles/reviewLocks.js'),
    ]);
    return { findManifests, analyzeManifests, buildReviewTree, findingCount, reviewLocks };
});

/**
 * The workspace review: the "This Workspace" tree, the status bar item, and the reviews that
 * keep them current.
 *
 * It watches the manifest glob (creation, change, deletion), saves, and workspace folder
 * changes. Deleting a whole folder from the Explorer is noticed too (`onDidDeleteFiles`);
 * deleting one outside VS Code (a terminal `rm -rf`) reports only the folder, which the
 * manifest glob does not match, so its manifests leave the view at the next review (the next
 * manifest change, or the Review command). A workspace-wide watcher would catch it, at the cost
 * of an event per file of every `node_modules` the user deletes.
 *
 * Reviews run one at a time; `dispose()` cancels the running one and nothing is written to the
 * view or the status bar afterwards.
 */
export class ReviewController implements vscode.Disposable {
    private readonly provider = new WorkspaceTreeProvider();
    private readonly view = vscode.window.createTreeView<ReviewNode>(WORKSPACE_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true });
    private readonly statusBar = new StackStatusBar();
    private readonly policy = new RefreshPolicy();
    private readonly queue = new ReviewQueue<WorkspaceReview>();
    /** One per review in progress, to cancel them all on dispose. */
    private readonly running = new Set<vscode.CancellationTokenSource>();
    private readonly subscriptions: vscode.Disposable[] = [];
    /** The manifests of the last whole-workspace review, as URI strings. */
    private reviewedManifests: readonly string[] = [];
    /** The last whole-workspace review's result, for views that mark the workspace's own dependencies. */
    private last: WorkspaceReview | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private disposed = false;
    private readonly reviewed = new vscode.EventEmitter<WorkspaceReview>();
    /** Fired after each whole-workspace review shown in the view: the diagnostics cover its manifests. */
    readonly onDidReview = this.reviewed.event;

    constructor(
        private readonly catalog: CatalogSource,
        private readonly registry: RegistrySource,
        private readonly lockfiles: LockfileSource,
        private readonly team: TeamSource,
    ) {
        this.statusBar.setEnabled(statusBarEnabled());
        this.subscriptions.push(this.view, this.provider, this.statusBar, this.reviewed, ...this.watch());
        // After activation returns, so activation itself reads nothing.
        this.schedule(0);
    }

    /**
     * Reviews the whole workspace and shows the result in the view and the status bar. Rejects
     * with `ReviewCancelledError` when cancelled, or superseded by dispose().
     */
    refresh(): Promise<WorkspaceReview> {
        return this.queue.run(() => this.refreshNow());
    }

    /** Reviews one folder (a workspace folder or a folder in one) without showing the result. */
    async reviewFolder(folder: vscode.Uri): Promise<WorkspaceReview> {
        return (await this.review([folder], false)).review;
    }

    /** The last whole-workspace review, if one has finished. */
    lastReview(): WorkspaceReview | undefined {
        return this.last;
    }

    /** The stack text the status bar shows, or undefined while it is hidden. */
    statusBarTooltip(): string | undefined {
        return this.statusBar.shownTooltip();
    }

    /** The view's rows as last shown. */
    rows(): readonly ReviewNode[] {
        return this.provider.rows();
    }

    statusBarText(): string | undefined {
        return this.statusBar.shownText();
    }

    /** The view's description: how many dependencies each tier answered in the last review. */
    viewDescription(): string | undefined {
        return this.view.description;
    }

    dispose(): void {
        this.disposed = true;
        clearTimeout(this.timer);
        for (const source of this.running) {
            source.cancel();
        }
        for (const subscription of this.subscriptions.splice(0)) {
            subscription.dispose();
        }
    }

    private watch(): vscode.Disposable[] {
        const watcher = vscode.workspace.createFileSystemWatcher(MANIFEST_GLOB);
        // An install rewrites the lockfile: what is locked, and so what is behind, changes.
        const lockWatcher = vscode.workspace.createFileSystemWatcher(LOCKFILE_GLOB);
        const onManifest = (uri: vscode.Uri): void => this.onManifestEvent(uri);
        return [
            watcher,
            watcher.onDidCreate(onManifest),
            watcher.onDidChange(onManifest),
            watcher.onDidDelete(onManifest),
            lockWatcher,
            lockWatcher.onDidCreate(onManifest),
            lockWatcher.onDidChange(onManifest),
            lockWatcher.onDidDelete(onManifest),
            // Saves are reported even when the file watcher misses a change (a file created
            // together with its folder, a watcher limit reached on a large workspace).
            vscode.workspace.onDidSaveTextDocument((document) => {
                if (vscode.languages.match({ pattern: MANIFEST_GLOB }, document) > 0) {
                    onManifest(document.uri);
                }
            }),
            vscode.workspace.onDidDeleteFiles((event) => this.onDeleted(event.files)),
            vscode.workspace.onDidChangeWorkspaceFolders(() => this.schedule()),
            // A team file saved: what it holds joins or leaves the view at once.
            this.team.onDidChange(() => this.schedule(0)),
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration(STATUS_BAR_SETTING)) {
                    this.statusBar.setEnabled(statusBarEnabled());
                    if (this.policy.needsReview()) {
                        this.refreshInBackground();
                    }
                }
                // A finding ignored (or no longer ignored) leaves or rejoins the view at once.
                if (event.affectsConfiguration(REVIEW_IGNORE_SETTING)) {
                    this.schedule(0);
                }
            }),
            this.view.onDidChangeVisibility((event) => {
                if (event.visible && this.policy.needsReview()) {
                    this.refresh().catch(() => undefined);
                }
            }),
        ];
    }

    private onManifestEvent(uri: vscode.Uri): void {
        // An install rewrites thousands of package.json files under node_modules: not ours.
        if (!isSkippedManifest(vscode.workspace.asRelativePath(uri, true), [])) {
            this.schedule();
        }
    }

    /** Files or folders deleted from the Explorer: review again if a reviewed manifest was among them. */
    private onDeleted(deleted: readonly vscode.Uri[]): void {
        const prefixes = deleted.map((uri) => uri.toString());
        const hit = this.reviewedManifests.some((manifest) => prefixes.some((prefix) => manifest === prefix || manifest.startsWith(`${prefix}/`)));
        if (hit) {
            this.schedule();
        }
    }

    private schedule(delay = this.policy.changed(Date.now())): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.timer = undefined;
            this.refreshInBackground();
        }, delay);
    }

    /** A refresh nobody asked for, when its result is shown somewhere; a failure leaves the previous result. */
    private refreshInBackground(): void {
        if (!this.disposed && (statusBarEnabled() || this.view.visible)) {
            this.refresh().catch(() => undefined);
        }
    }

    private async refreshNow(): Promise<WorkspaceReview> {
        this.policy.started();
        try {
            const { review, tree, findings } = await this.review(vscode.workspace.workspaceFolders ?? [], true);
            this.throwIfDisposed();
            this.provider.update(tree);
            this.reviewedManifests = review.manifests.map((manifest) => manifest.uri);
            this.last = review;
            // Without a manifest the view shows its welcome text, which offers "Recommend a Stack…"
            // (VS Code hides a view's welcome text while the view has a message).
            this.view.message = undefined;
            void vscode.commands.executeCommand('setContext', ContextKeys.noManifests, review.manifests.length === 0);
            // Beside the view's title, where the sidebar shows it without opening a row.
            this.view.description = review.tiers && review.manifests.length > 0 ? tierCountsText(review.tiers.counts, vscode.l10n) : undefined;
            const badge = findings === 1 ? vscode.l10n.t("1 finding in this workspace's dependencies") : vscode.l10n.t("{0} findings in this workspace's dependencies", findings);
            this.view.badge = findings > 0 ? { value: findings, tooltip: badge } : undefined;
            this.statusBar.show(review);
            this.policy.finished(true);
            this.reviewed.fire(review);
            return review;
        } catch (error) {
            this.policy.finished(false);
            if (error instanceof ReviewCancelledError && !this.disposed && this.reviewedManifests.length === 0) {
                this.view.message = vscode.l10n.t('The review was cancelled. Run "Review This Workspace" to start it again.');
            }
            throw error;
        }
    }

    /**
     * Finds, reads and analyses the manifests under `bases`, and builds the view's rows when they
     * are to be shown (`show`), which also makes a large review show a cancellable notification.
     */
    private async review(bases: readonly (vscode.WorkspaceFolder | vscode.Uri)[], show: boolean): Promise<{ review: WorkspaceReview; tree: ReviewNode[]; findings: number }> {
        this.throwIfDisposed();
        const source = new vscode.CancellationTokenSource();
        const progress = show ? new ReviewProgress(source) : undefined;
        this.running.add(source);
        try {
            // The registry data is read while the manifests are found; a failed read leaves the catalog's answers.
            const [catalog, { findManifests, analyzeManifests, buildReviewTree, findingCount, reviewLocks }, registry, team] = await Promise.all([
                this.catalog.get(),
                loadModules(),
                this.registry.get().catch(() => undefined),
                this.team.get(),
            ]);
            const found = await findManifests(bases, source.token, progress);
            const locks = await reviewLocks(this.lockfiles, bases, found.files, source.token);
            const slices = sliceHostFor(source.token);
            const review = await analyzeManifests(found.files, catalog, found, slices, { l10n: vscode.l10n, registry, locks, ignored: readIgnoredFindings(), team });
            return { review, tree: show ? await buildReviewTree(review, catalog, slices, vscode.l10n) : [], findings: findingCount(review) };
        } finally {
            progress?.dispose();
            this.running.delete(source);
            source.dispose();
        }
    }

    private throwIfDisposed(): void {
        if (this.disposed) {
            throw new ReviewCancelledError();
        }
    }
}
