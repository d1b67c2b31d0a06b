import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { CommandIds, STATUS_BAR_SETTING, WORKSPACE_VIEW_ID } from '../../core/contributions';
import { isSkippedManifest, MANIFEST_GLOB } from '../../core/manifests/manifestFiles';
import type { ReviewNode } from '../../core/review/reviewTreeModel';
import { StackStatusBar } from './statusBar';
import type { WorkspaceReview } from '../../core/review/summary';
import { WorkspaceTreeProvider } from './workspaceTreeProvider';

/** The workspace review as other extensions and the integration tests see it. */
export interface ReviewApi {
    /**
     * Reviews the whole workspace, or only `folderUri` (a workspace folder or a folder in one).
     * A whole-workspace review also refreshes the view and the status bar.
     */
    review(folderUri?: vscode.Uri): Promise<WorkspaceReview>;
    /** The stack text the status bar shows ("Node.js · Express · Mongoose"), or undefined while hidden. */
    statusBarText(): string | undefined;
}

/** Saving several manifests at once (a branch switch, an install) gives one review. */
const DEBOUNCE_MS = 750;

const statusBarEnabled = (): boolean => vscode.workspace.getConfiguration().get<boolean>(STATUS_BAR_SETTING, true);

/**
 * Registers the review: the command, the "This Workspace" tree and the status bar item.
 *
 * The findings live in a tree in the Stack Guide sidebar: each finding is a row that opens the
 * manifest at its line, the view stays beside the editor while the user fixes things, and it
 * refreshes itself when manifests change. (A Markdown preview cannot run command links, and a
 * webview would be heavier for what is a list of locations.)
 *
 * Nothing is read during activation: the first review starts on a timer after it, and only
 * when its result is shown somewhere (status bar enabled, or the view visible).
 */
export function registerReview(context: vscode.ExtensionContext, catalog: CatalogSource): ReviewApi {
    const provider = new WorkspaceTreeProvider();
    const view = vscode.window.createTreeView<ReviewNode>(WORKSPACE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
    const statusBar = new StackStatusBar();
    statusBar.setEnabled(statusBarEnabled());

    let reviewed = false;
    let stale = true;
    /** The manifests of the last whole-workspace review, to notice when their folder is deleted. */
    let reviewedManifests: string[] = [];
    let queue: Promise<unknown> = Promise.resolve();

    const scan = async (bases: readonly (vscode.WorkspaceFolder | vscode.Uri)[]): Promise<{ review: WorkspaceReview; uris: Map<string, vscode.Uri> }> => {
        // The manifest parsers and the detection load with the first review, not at activation.
        const [loaded, { findManifests }, { detectStack }, { summarizeReview }] = await Promise.all([
            catalog.get(),
            import('./findManifests.js'),
            import('../../core/review/detect.js'),
            import('../../core/review/summary.js'),
        ]);
        const found = await findManifests(bases);
        const detection = detectStack(found.files, loaded);
        const review = summarizeReview(detection, loaded, { truncated: found.truncated, maxManifests: found.maxManifests, skipped: found.skipped });
        return { review, uris: found.uris };
    };

    /** Whole-workspace reviews run one after another, so the last one shown is the newest. */
    const refresh = (): Promise<WorkspaceReview> => {
        const run = queue.then(async () => {
            stale = false;
            const { review, uris } = await scan(vscode.workspace.workspaceFolders ?? []);
            const { reviewTree } = await import('../../core/review/reviewTreeModel.js');
            provider.update(reviewTree(review, await catalog.get()), uris);
            reviewedManifests = [...uris.values()].map((uri) => uri.toString());
            view.message = review.manifests.length === 0 ? review.summary : undefined;
            statusBar.show(review);
            reviewed = true;
            return review;
        });
        queue = run.catch(() => undefined);
        return run;
    };

    const wanted = (): boolean => statusBarEnabled() || view.visible;
    /** A refresh nobody asked for: a failure leaves the previous result in place. */
    const refreshInBackground = (): void => {
        if (wanted()) {
            refresh().catch(() => undefined);
        }
    };

    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (delay: number): void => {
        stale = true;
        clearTimeout(timer);
        timer = setTimeout(() => {
            timer = undefined;
            refreshInBackground();
        }, delay);
    };
    const onManifestEvent = (uri: vscode.Uri): void => {
        // An install rewrites thousands of package.json files under node_modules: not ours.
        if (!isSkippedManifest(vscode.workspace.asRelativePath(uri, true), [])) {
            schedule(DEBOUNCE_MS);
        }
    };

    const onDelete = (uri: vscode.Uri): void => {
        // Deleting a folder reports the folder alone, not the manifests that were in it.
        const folder = `${uri.toString()}/`;
        if (reviewedManifests.some((manifest) => manifest.startsWith(folder))) {
            schedule(DEBOUNCE_MS);
        }
    };

    const watcher = vscode.workspace.createFileSystemWatcher(MANIFEST_GLOB);
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    context.subscriptions.push(
        view,
        provider,
        statusBar,
        watcher,
        deletions,
        watcher.onDidCreate(onManifestEvent),
        watcher.onDidChange(onManifestEvent),
        watcher.onDidDelete(onManifestEvent),
        deletions.onDidDelete(onDelete),
        // Saves in the editor are reported even when the file watcher misses a change (a file
        // created together with its folder, a watcher limit reached on a large workspace).
        vscode.workspace.onDidSaveTextDocument((document) => {
            if (vscode.languages.match({ pattern: MANIFEST_GLOB }, document) > 0) {
                onManifestEvent(document.uri);
            }
        }),
        vscode.workspace.onDidChangeWorkspaceFolders(() => schedule(DEBOUNCE_MS)),
        vscode.workspace.onDidChangeConfiguration((event) => {
            if (event.affectsConfiguration(STATUS_BAR_SETTING)) {
                statusBar.setEnabled(statusBarEnabled());
                if (stale || !reviewed) {
                    refreshInBackground();
                }
            }
        }),
        view.onDidChangeVisibility((event) => {
            if (event.visible && (stale || !reviewed)) {
                refresh().catch(() => undefined);
            }
        }),
        vscode.commands.registerCommand(CommandIds.reviewWorkspace, async (): Promise<WorkspaceReview | undefined> => {
            if (!vscode.workspace.workspaceFolders?.length) {
                void vscode.window.showInformationMessage('Open a folder or workspace for Stack Guide to review its stack.');
                return undefined;
            }
            let review: WorkspaceReview;
            try {
                review = await vscode.window.withProgress({ location: { viewId: WORKSPACE_VIEW_ID } }, refresh);
            } catch (error) {
                const text = error instanceof Error ? error.message : String(error);
                void vscode.window.showErrorMessage(`Stack Guide could not review this workspace: ${text}`);
                return undefined;
            }
            // Every view gets a "<id>.focus" command; without the view the result is still returned.
            await Promise.resolve(vscode.commands.executeCommand(`${WORKSPACE_VIEW_ID}.focus`)).catch(() => undefined);
            return review;
        }),
        { dispose: () => clearTimeout(timer) },
    );

    // After activation returns, so activation itself reads nothing.
    schedule(0);

    return {
        review: async (folderUri) => (folderUri ? (await scan([folderUri])).review : refresh()),
        statusBarText: () => statusBar.shownText(),
    };
}
