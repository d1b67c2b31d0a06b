import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { CommandIds } from '../../core/contributions';
import { CatalogView } from './catalogView';
import type { SidebarNode } from './catalogTreeProvider';
import type { TeamSource } from '../team/teamSource';
import type { CatalogTree, TreeNode } from '../../core/tree/catalogTreeModel';

/** What the integration tests read and drive in the catalog tree (extension test mode only). */
export interface CatalogTreeTesting {
    /** The catalog's rows under `node` (the language roots without one), as VS Code asks the provider for them. */
    children(node?: TreeNode): Promise<TreeNode[]>;
    /** Every row under `node` as VS Code gets it, the "Team radar" group's included. */
    rows(node?: SidebarNode): Promise<SidebarNode[]>;
    /** The row VS Code draws for `node`. */
    treeItem(node: SidebarNode): vscode.TreeItem;
    /** Applies a filter as the Filter… command does, and returns the filtered tree. */
    applyFilter(filter: string): Promise<CatalogTree>;
}

/** What the rest of the extension may ask the sidebar. */
export interface CatalogTreeHandle extends CatalogTreeTesting {
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

export function registerCatalogTree(context: vscode.ExtensionContext, catalog: CatalogSource, team?: TeamSource): CatalogTreeHandle {
    const catalogView = new CatalogView(catalog, team);
    const { provider, view } = catalogView;

    context.subscriptions.push(
        catalogView,
        vscode.commands.registerCommand(CommandIds.filterCatalog, () => catalogView.askFilter()),
        vscode.commands.registerCommand(CommandIds.clearFilter, async () => {
            await catalogView.applyFilter('');
        }),
        vscode.commands.registerCommand(CommandIds.showEntry, async (entryId: unknown) => {
            if (typeof entryId !== 'string' || !(await catalogView.reveal(entryId))) {
                void vscode.window.showWarningMessage(vscode.l10n.t('Stack Guide has no entry "{0}".', String(entryId)));
                return false;
            }
            return true;
        }),
    );
    // Menus pass the clicked row and, with several selected, all of them.
    const selectedEntryIds = (clicked?: unknown, selected?: unknown): string[] =>
        entryIdsOf(Array.isArray(selected) ? selected : [clicked ?? view.selection[0]]);
    return {
        selectedEntryIds,
        children: async (node) => (await provider.getChildren(node)).filter((row): row is TreeNode => row.type === 'entry' || row.type === 'group'),
        rows: (node) => provider.getChildren(node),
        treeItem: (node) => provider.getTreeItem(node),
        applyFilter: (filter) => catalogView.applyFilter(filter),
    };
}
