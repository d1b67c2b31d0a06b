import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { CommandIds } from '../../core/contributions';
import type { CompareHooks } from '../compare/registerCompare';
import { CatalogView } from './catalogView';
import type { CatalogTree, TreeNode } from '../../core/tree/catalogTreeModel';

/** What the integration tests read and drive in the catalog tree (extension test mode only). */
export interface CatalogTreeTesting {
    /** The rows under `node` (the roots without one), as VS Code asks the provider for them. */
    children(node?: TreeNode): Promise<TreeNode[]>;
    /** The row VS Code draws for `node`. */
    treeItem(node: TreeNode): vscode.TreeItem;
    /** Applies a filter as the Filter… command does, and returns the filtered tree. */
    applyFilter(filter: string): Promise<CatalogTree>;
}

const entryIds = (nodes: readonly (TreeNode | undefined)[]): string[] =>
    nodes.flatMap((node) => (node?.type === 'entry' ? [node.entry.id] : []));

export function registerCatalogTree(context: vscode.ExtensionContext, catalog: CatalogSource, compare: CompareHooks): CatalogTreeTesting {
    const catalogView = new CatalogView(catalog);
    const { provider, view } = catalogView;

    context.subscriptions.push(
        catalogView,
        vscode.commands.registerCommand(CommandIds.filterCatalog, () => catalogView.askFilter()),
        vscode.commands.registerCommand(CommandIds.clearFilter, async () => {
            await catalogView.applyFilter('');
        }),
        // Menus pass the clicked row and, with several selected, all of them.
        vscode.commands.registerCommand(CommandIds.compareSelected, (clicked?: TreeNode, selected?: readonly TreeNode[]) =>
            compare.compareEntries(entryIds(selected ?? [clicked ?? view.selection[0]])),
        ),
        vscode.commands.registerCommand(CommandIds.addToComparison, (clicked?: TreeNode) => {
            const [id] = entryIds([clicked ?? view.selection[0]]);
            return id ? compare.addToComparison(id) : undefined;
        }),
        vscode.commands.registerCommand(CommandIds.showEntry, async (entryId: unknown) => {
            if (typeof entryId !== 'string' || !(await catalogView.reveal(entryId))) {
                void vscode.window.showWarningMessage(`Stack Guide has no entry "${String(entryId)}".`);
                return false;
            }
            return true;
        }),
    );
    return {
        children: (node) => provider.getChildren(node),
        treeItem: (node) => provider.getTreeItem(node),
        applyFilter: (filter) => catalogView.applyFilter(filter),
    };
}
