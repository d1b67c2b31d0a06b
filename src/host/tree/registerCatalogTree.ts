import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { CommandIds } from '../../core/contributions';
import type { CompareHooks } from '../compare/registerCompare';
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

const entryIds = (nodes: readonly (TreeNode | undefined)[]): string[] =>
    nodes.flatMap((node) => (node?.type === 'entry' ? [node.entry.id] : []));

export function registerCatalogTree(context: vscode.ExtensionContext, catalog: CatalogSource, compare: CompareHooks): CatalogTreeApi {
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
    return { provider, reveal };
}
