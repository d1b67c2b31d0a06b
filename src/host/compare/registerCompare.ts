import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { lazy } from '../lazy';
import { COMPARE_VIEW_TYPE, CommandIds } from '../../core/contributions';
import type { CatalogTreeHandle } from '../tree/registerCatalogTree';
import type { ComparePanelController } from './comparePanel';
import { loadPageAtOnce } from './earlyPage';
import { reportFailure, type Log } from '../log';
import type { TeamSource } from '../team/teamSource';

/** The comparison as other extensions and the integration tests see it. */
export interface CompareApi {
    /** Shows these entries in the comparison panel; resolves once the panel has drawn them. */
    open(ids: string[]): Promise<void>;
    /** The ids shown, and whether the webview has drawn them. */
    state(): { ids: string[]; rendered: boolean };
    /** The labels of the table's rows as last posted to the webview. */
    rows(): string[];
}

const isIdList = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((item) => typeof item === 'string');

/** What a command was doing, in English for the log and as the user's message (see reportFailure). */
interface Failure {
    readonly doing: string;
    readonly says: (reason: string) => string;
}

const FAILURES = {
    open: { doing: 'open the comparison', says: (reason) => vscode.l10n.t('Stack Guide could not open the comparison: {0}', reason) },
    add: { doing: 'add to the comparison', says: (reason) => vscode.l10n.t('Stack Guide could not add the entry to the comparison: {0}', reason) },
    restore: { doing: 'restore the comparison', says: (reason) => vscode.l10n.t('Stack Guide could not restore the comparison: {0}', reason) },
} satisfies Record<string, Failure>;

/** Runs a command's work, telling the user in words (and the log in full) if it fails. */
async function reporting(log: Log, failure: Failure, work: () => Promise<void>): Promise<void> {
    try {
        await work();
    } catch (error) {
        reportFailure(log, failure.doing, error, failure.says);
    }
}

/**
 * Registers the compare commands and the panel serializer. Every way to open a comparison
 * (the sidebar, hover links, recommendations) runs the compare command with a list of ids. The
 * panel module (webview, message checks, renderers; dist/chunks/compare.js) is only loaded when a comparison is first
 * opened or restored, so activation stays cheap.
 */
export function registerCompare(
    context: vscode.ExtensionContext,
    catalog: CatalogSource,
    /** The sidebar's "Compare Selected" and "Add to Comparison" act on what is selected there. */
    sidebar: Pick<CatalogTreeHandle, 'selectedEntryIds'>,
    log: Log,
    /** For the "Team ring" row, shown when a team file puts items on the radar. */
    team?: TeamSource,
): CompareApi {
    let loaded: ComparePanelController | undefined;
    const controller = lazy(() =>
        import('./comparePanel.js').then(({ ComparePanelController: Controller }) => {
            loaded = new Controller(context.extensionUri, catalog, log, team);
            context.subscriptions.push(loaded);
            return loaded;
        }),
    );

    const open = async (ids: readonly string[]): Promise<void> => (await controller()).open(ids);

    context.subscriptions.push(
        vscode.commands.registerCommand(CommandIds.compare, (ids?: unknown) =>
            // Menus pass their own arguments (a URI, a tree row); only a list of ids is ours.
            reporting(log, FAILURES.open, async () => (isIdList(ids) ? open(ids) : (await controller()).pickAndOpen())),
        ),
        vscode.commands.registerCommand(CommandIds.compareSelected, (clicked?: unknown, selected?: unknown) =>
            vscode.commands.executeCommand(CommandIds.compare, sidebar.selectedEntryIds(clicked, selected)),
        ),
        vscode.commands.registerCommand(CommandIds.addToComparison, (clicked?: unknown) => {
            const [id] = sidebar.selectedEntryIds(clicked);
            return id === undefined ? undefined : reporting(log, FAILURES.add, async () => (await controller()).add(id));
        }),
        vscode.window.registerWebviewPanelSerializer(COMPARE_VIEW_TYPE, {
            // VS Code mounts a restored panel's page only once this promise settles. So the page
            // goes in first, and the promise settles at once: awaiting the panel module, the
            // catalog and then the page's own "drawn" here kept the tab blank for all of them
            // plus the render timeout, since the page could not draw before it was mounted.
            deserializeWebviewPanel: (panel, state: unknown) => {
                const page = loadPageAtOnce(panel, context.extensionUri);
                void reporting(log, FAILURES.restore, async () => (await controller()).revive(panel, state, page));
                return Promise.resolve();
            },
        }),
    );

    return {
        open,
        state: () => ({ ids: loaded?.shownIds() ?? [], rendered: loaded?.isRendered() ?? false }),
        rows: () => loaded?.rowLabels() ?? [],
    };
}
