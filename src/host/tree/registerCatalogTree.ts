import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { CATALOG_VIEW_ID, CommandIds, ContextKeys } from '../../core/contributions';
import type { CompareHooks } from '../compare/registerCompare';
import { CatalogTreeProvider } from './catalogTreeProvider';
import type { CatalogTree, TreeNode } from '../../core/tree/catalogTreeModel';
import { filterViewState, revealStep } from '../../core/tree/filterPolicy';

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
    const provider = new CatalogTreeProvider(catalog);
    const view = vscode.window.createTreeView<TreeNode>(CATALOG_VIEW_ID, {
        treeDataProvider: provider,
        showCollapseAll: true,
        canSelectMany: true,
    });

    const applyFilter = async (filter: string): Promise<CatalogTree> => {
        provider.setFilter(filter);
        const tree = await provider.model();
        const state = filterViewState(provider.filter, tree);
        view.description = state.description;
        await vscode.commands.executeCommand('setContext', ContextKeys.filterActive, state.filterActive);
        await vscode.commands.executeCommand('setContext', ContextKeys.filterEmpty, state.filterEmpty);
        return tree;
    };

    const reveal = async (entryId: string): Promise<boolean> => {
        let step = revealStep(await provider.model(), provider.filter, entryId);
        if (step.kind === 'clear-filter') {
            step = revealStep(await applyFilter(''), provider.filter, entryId);
        }
        if (step.kind !== 'reveal') {
            return false;
        }
        await view.reveal(step.node, { select: true, focus: true, expand: true });
        return true;
    };

    context.subscriptions.push(
        view,
        provider,
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
        vscode.commands.registerCommand(CommandIds.clearFilter, async () => {
            await applyFilter('');
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
            if (typeof entryId !== 'string' || !(await reveal(entryId))) {
                void vscode.window.showWarningMessage(`Stack Guide has no entry "${String(entryId)}".`);
                return false;
            }
            return true;
        }),
    );
    return {
        children: (node) => provider.getChildren(node),
        treeItem: (node) => provider.getTreeItem(node),
        applyFilter,
    };
}
