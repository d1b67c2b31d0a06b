import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { CATALOG_VIEW_ID, ContextKeys } from '../../core/contributions';
import type { CatalogTree, TreeNode } from '../../core/tree/catalogTreeModel';
import { filterViewState, revealStep } from '../../core/tree/filterPolicy';
import { CatalogTreeProvider } from './catalogTreeProvider';

/** The catalog tree view with its filter: what the Filter…, Clear Filter and Show Entry commands drive. */
export class CatalogView implements vscode.Disposable {
    readonly provider: CatalogTreeProvider;
    readonly view: vscode.TreeView<TreeNode>;

    constructor(catalog: CatalogSource) {
        this.provider = new CatalogTreeProvider(catalog);
        this.view = vscode.window.createTreeView<TreeNode>(CATALOG_VIEW_ID, {
            treeDataProvider: this.provider,
            showCollapseAll: true,
            canSelectMany: true,
        });
    }

    /** Filters the tree, and tells the title and the menus whether a filter is on and matches anything. */
    async applyFilter(filter: string): Promise<CatalogTree> {
        this.provider.setFilter(filter);
        const tree = await this.provider.model();
        const state = filterViewState(this.provider.filter, tree);
        this.view.description = state.description;
        await vscode.commands.executeCommand('setContext', ContextKeys.filterActive, state.filterActive);
        await vscode.commands.executeCommand('setContext', ContextKeys.filterEmpty, state.filterEmpty);
        return tree;
    }

    /** Asks for the filter text, starting from the current one; Escape changes nothing. */
    async askFilter(): Promise<void> {
        const filter = await vscode.window.showInputBox({
            title: 'Filter Stack Guide',
            prompt: 'Show entries whose name, category or use case contains this text',
            placeHolder: 'e.g. orm, realtime, flask',
            value: this.provider.filter,
        });
        if (filter !== undefined) {
            await this.applyFilter(filter);
        }
    }

    /** Reveals and selects an entry's row, expanding its parents; false when there is no such entry. */
    async reveal(entryId: string): Promise<boolean> {
        let step = revealStep(await this.provider.model(), this.provider.filter, entryId);
        if (step.kind === 'clear-filter') {
            step = revealStep(await this.applyFilter(''), this.provider.filter, entryId);
        }
        if (step.kind !== 'reveal') {
            return false;
        }
        await this.view.reveal(step.node, { select: true, focus: true, expand: true });
        return true;
    }

    dispose(): void {
        this.view.dispose();
        this.provider.dispose();
    }
}
