import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { lazy } from '../lazy';
import { COMPARE_VIEW_TYPE, CommandIds } from '../../core/contributions';
import type { ComparePanelController } from './comparePanel';

/** The comparison as other extensions and the integration tests see it. */
export interface CompareApi {
    /** Shows these entries in the comparison panel; resolves once the panel has drawn them. */
    open(ids: string[]): Promise<void>;
    /** The ids shown, and whether the webview has drawn them. */
    state(): { ids: string[]; rendered: boolean };
}

/** What the sidebar's "Compare Selected" and "Add to Comparison" commands call. */
export interface CompareHooks {
    compareEntries(ids: readonly string[]): Promise<void>;
    addToComparison(id: string): Promise<void>;
}

const isIdList = (value: unknown): value is string[] =>
    Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * Registers the compare command and the panel serializer. The panel module (webview, message
 * checks, renderers; dist/chunks/compare.js) is only loaded when a comparison is first opened
 * or restored, so activation stays cheap.
 */
export function registerCompare(context: vscode.ExtensionContext, catalog: CatalogSource): CompareApi & CompareHooks {
    let loaded: ComparePanelController | undefined;
    const controller = lazy(() =>
        import('./comparePanel.js').then(({ ComparePanelController: Controller }) => {
            loaded = new Controller(context.extensionUri, catalog);
            context.subscriptions.push(loaded);
            return loaded;
        }),
    );

    const open = async (ids: readonly string[]): Promise<void> => (await controller()).open(ids);

    context.subscriptions.push(
        vscode.commands.registerCommand(CommandIds.compare, async (ids?: unknown) => {
            try {
                // Menus pass their own arguments (a URI, a tree row); only a list of ids is ours.
                await (isIdList(ids) ? open(ids) : (await controller()).pickAndOpen());
            } catch (error) {
                const text = error instanceof Error ? error.message : String(error);
                void vscode.window.showErrorMessage(`Stack Guide could not open the comparison: ${text}`);
            }
        }),
        vscode.window.registerWebviewPanelSerializer(COMPARE_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel, state: unknown) => (await controller()).revive(panel, state),
        }),
    );

    return {
        open,
        state: () => ({ ids: loaded?.shownIds() ?? [], rendered: loaded?.isRendered() ?? false }),
        compareEntries: open,
        addToComparison: async (id) => (await controller()).add(id),
    };
}
