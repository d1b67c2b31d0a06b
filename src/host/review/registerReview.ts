import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import type { RegistrySource } from '../registrySource';
import type { LockfileSource } from '../lockfiles/lockfileSource';
import type { TeamSource } from '../team/teamSource';
import { CommandIds, WORKSPACE_VIEW_ID } from '../../core/contributions';
import { ReviewCancelledError } from '../../core/review/slices';
import type { WorkspaceReview } from '../../core/review/summary';
import type { ReviewNode } from '../../core/review/reviewTreeModel';
import { reportFailure, type Log } from '../log';
import { ReviewController } from './reviewController';
import { ignoreFinding } from './ignoreFinding';

/** The workspace review as other extensions and the integration tests see it. */
export interface ReviewApi {
    /**
     * Reviews the whole workspace, or only `folderUri` (a workspace folder or a folder in one).
     * A whole-workspace review also refreshes the view and the status bar. Every location in
     * the result carries the manifest's URI (`vscode.Uri.parse(location.uri)`), so it opens.
     */
    review(folderUri?: vscode.Uri): Promise<WorkspaceReview>;
    /** The stack text the status bar shows ("Node.js · Express · Mongoose"), or undefined while hidden. */
    statusBarText(): string | undefined;
    /** The "This Workspace" view's description: how many dependencies each tier answered. */
    workspaceViewDescription(): string | undefined;
    /** The status bar's Markdown tooltip, or undefined while hidden. */
    statusBarTooltip(): string | undefined;
    /** The "This Workspace" view's rows as last shown. */
    workspaceRows(): readonly ReviewNode[];
    /** Each whole-workspace review's result, as it is shown. */
    readonly onDidReview: vscode.Event<WorkspaceReview>;
    /** The last whole-workspace review, if one has finished; never starts one. */
    lastReview(): WorkspaceReview | undefined;
}

/** The Review command: the view shows progress, the result is returned, a failure is said. */
async function runReviewCommand(controller: ReviewController, log: Log): Promise<WorkspaceReview | undefined> {
    if (!vscode.workspace.workspaceFolders?.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder or workspace for Stack Guide to review its stack.'));
        return undefined;
    }
    let review: WorkspaceReview;
    try {
        review = await vscode.window.withProgress({ location: { viewId: WORKSPACE_VIEW_ID } }, () => controller.refresh());
    } catch (error) {
        // Cancelling is the user's own choice: nothing to report.
        if (!(error instanceof ReviewCancelledError)) {
            reportFailure(log, 'review this workspace', error, (reason) => vscode.l10n.t('Stack Guide could not review this workspace: {0}', reason));
        }
        return undefined;
    }
    // Every view gets a "<id>.focus" command; without the view the result is still returned.
    await Promise.resolve(vscode.commands.executeCommand(`${WORKSPACE_VIEW_ID}.focus`)).catch(() => undefined);
    return review;
}

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
export function registerReview(
    context: vscode.ExtensionContext,
    catalog: CatalogSource,
    registry: RegistrySource,
    lockfiles: LockfileSource,
    team: TeamSource,
    log: Log,
): ReviewApi {
    const controller = new ReviewController(catalog, registry, lockfiles, team);
    context.subscriptions.push(
        controller,
        vscode.commands.registerCommand(CommandIds.reviewWorkspace, () => runReviewCommand(controller, log)),
        vscode.commands.registerCommand(CommandIds.ignoreFinding, (node: unknown) =>
            ignoreFinding(node).catch((error: unknown) => reportFailure(log, 'ignore the finding', error, (reason) => vscode.l10n.t('Stack Guide could not ignore the finding: {0}', reason))),
        ),
    );
    return {
        review: (folderUri) => (folderUri ? controller.reviewFolder(folderUri) : controller.refresh()),
        statusBarText: () => controller.statusBarText(),
        workspaceViewDescription: () => controller.viewDescription(),
        statusBarTooltip: () => controller.statusBarTooltip(),
        workspaceRows: () => controller.rows(),
        onDidReview: controller.onDidReview,
        lastReview: () => controller.lastReview(),
    };
}
