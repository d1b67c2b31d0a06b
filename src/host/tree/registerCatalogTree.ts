import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { CommandIds } from '../../core/contributions';
import { CatalogTreeProvider } from './catalogTreeProvider';
import type { TreeNode } from '../../core/tree/catalogTreeModel';

export const CATALOG_VIEW_ID = 'stackGuide.catalog';

/** Context keys the view's menus and welcome text read. */
const FILTER_ACTIVE = 'stackGuide.filterActive';
const FILTER_EMPTY = 'stackGuide.filterEmpty';

export interface CatalogTreeApi {
    readonly provider: CatalogTreeProvider;
    /** Reveals and selects an entry's row, expanding its parents. */
    reveal(entryId: string): Promise<boolean>;
}

/** What the rest of the extension may ask the sidebar, beyond the public API. */
export interface CatalogTreeHandle extends CatalogTreeApi {
    /**
     * The ids of the entry rows a menu passed (all selected rows, else the clicked one),
     * or of the view's selected row when it passed none. Other rows are left out.
     */
    selectedEntryIds(clicked?: unknown, selected?: unknown): string[];
}

/** The ids of the entries behind rows a menu passed back; a row of another kind or shape adds none. */
function entryIdsOf(rows: readonly unknown[]): string[] {
    return rows.flatMap((row) => {
        const { type, entry } = (typeof row === 'object' && row !== null ? row : {}) as { type?: unknown; entry?: { id?: unknown } };
        return type === 'entry' && typeof entry?.id === 'string' ? [entry.id] : [];
    });
}

export function registerCatalogTree(context: vscode.ExtensionContext, catalog: CatalogSource): CatalogTreeHandle {
    const provider = new CatalogTreeProvider(catalog);
    const view = vscode.window.createTreeView<TreeNode>(CATALOG_VIEW_ID, {
        treeDataProvider: provider,
        showCollapseAll: true,
        canSelectMany: true,
    });

    const applyFilter = async (filter: string): Promise<void> => {
        provider.setFilter(filter);
        const tree = await provider.model();
        view.description = provider.filter ? `filter: ${provider.filter}` : undefined;
        await vscode.commands.executeCommand('setContext', FILTER_ACTIVE, provider.filter !== '');
        await vscode.commands.executeCommand('setContext', FILTER_EMPTY, tree.roots.length === 0);
    };

    const reveal = async (entryId: string): Promise<boolean> => {
        let node = (await provider.model()).nodesByEntry.get(entryId);
        if (!node && provider.filter) {
            // The entry may be hidden by the filter: showing it matters more than keeping it.
            await applyFilter('');
            node = (await provider.model()).nodesByEntry.get(entryId);
        }
        if (!node) {
            return false;
        }
        await view.reveal(node, { select: true, focus: true, expand: true });
        return true;
    };

    context.subscriptions.push(
        view,
        vscode.commands.registerCommand(CommandIds.filterCatalog, async () => {
            const filter = await vscode.window.showInputBox({
                title: 'Filter Stack Guide',
                prompt: 'Show entries whose name, category or use case contains this text',
                placeHolder: 'e.g. orm, realtime, flask',
                value: provider.filter,
            });
            if (filter !== undefined) {
                await applyFilter(filter);
            }
        }),
        vscode.commands.registerCommand(CommandIds.clearFilter, () => applyFilter('')),
        vscode.commands.registerCommand(CommandIds.showEntry, async (entryId: unknown) => {
            if (typeof entryId !== 'string' || !(await reveal(entryId))) {
                void vscode.window.showWarningMessage(`Stack Guide has no entry "${String(entryId)}".`);
                return false;
            }
            return true;
        }),
    );
    // Menus pass the clicked row and, with several selected, all of them.
    const selectedEntryIds = (clicked?: unknown, selected?: unknown): string[] =>
        entryIdsOf(Array.isArray(selected) ? selected : [clicked ?? view.selection[0]]);
    return { provider, reveal, selectedEntryIds };
}
