import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { lazy } from '../lazy';
import { installCommand } from '../../core/catalog/installCommand';
import { CommandIds } from '../../core/contributions';
import { buildCatalogTree, type CatalogTree, type TreeNode } from '../../core/tree/catalogTreeModel';
import { entryDescription, entryIcon, entryTooltip, entryWarns } from '../../core/tree/entryPresentation';

const GROUP_ICONS: Record<string, string> = {
    languages: 'symbol-namespace',
    frameworks: 'layers',
    libraries: 'library',
    category: 'folder',
};

/** Thin adapter from the pure tree model to VS Code's TreeDataProvider. */
export class CatalogTreeProvider implements vscode.TreeDataProvider<TreeNode> {
    private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private filterText = '';
    private tree = this.treeModel();

    constructor(private readonly catalog: CatalogSource) {}

    get filter(): string {
        return this.filterText;
    }

    setFilter(filter: string): void {
        this.filterText = filter.trim();
        this.tree = this.treeModel();
        this.changed.fire(undefined);
    }

    /** The tree as currently filtered; built on first use, after the catalog loads. */
    model(): Promise<CatalogTree> {
        return this.tree();
    }

    /** Builds the tree for the current filter on first use; a new filter gets a new one. */
    private treeModel(): () => Promise<CatalogTree> {
        const filter = this.filterText;
        return lazy(() => this.catalog.get().then((catalog) => buildCatalogTree(catalog, filter)));
    }

    async getChildren(node?: TreeNode): Promise<TreeNode[]> {
        return [...(node ? node.children : (await this.model()).roots)];
    }

    async getParent(node: TreeNode): Promise<TreeNode | undefined> {
        return (await this.model()).parents.get(node.id);
    }

    async getTreeItem(node: TreeNode): Promise<vscode.TreeItem> {
        const collapsible = node.children.length === 0
            ? vscode.TreeItemCollapsibleState.None
            : this.filterText !== '' || node.type === 'entry'
              ? vscode.TreeItemCollapsibleState.Expanded
              : vscode.TreeItemCollapsibleState.Collapsed;
        if (node.type === 'group') {
            const item = new vscode.TreeItem(node.label, collapsible);
            item.id = node.id;
            item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group] ?? 'folder');
            item.contextValue = 'group';
            return item;
        }
        const { entry } = node;
        const catalog = await this.catalog.get();
        const item = new vscode.TreeItem(entry.name, collapsible);
        item.id = node.id;
        item.description = entryDescription(entry);
        const tooltip = new vscode.MarkdownString(entryTooltip(entry, (id) => catalog.nameOf(id)), true);
        tooltip.isTrusted = false;
        tooltip.supportHtml = false;
        item.tooltip = tooltip;
        item.iconPath = entryWarns(entry)
            ? new vscode.ThemeIcon(entryIcon(entry), new vscode.ThemeColor('list.warningForeground'))
            : new vscode.ThemeIcon(entryIcon(entry));
        // Menus target these flags with `viewItem =~ /\bdocs\b/` and the like.
        item.contextValue = [
            'entry',
            entry.status.value,
            entry.links.repository ? 'repo' : '',
            installCommand(entry) ? 'install' : '',
        ].filter(Boolean).join(' ');
        // Choosing a row (click, Enter) opens its page; rows with children only expand.
        if (node.children.length === 0) {
            item.command = { command: CommandIds.showDetails, title: 'Show Details', arguments: [entry.id] };
        }
        item.accessibilityInformation = {
            label: `${entry.name}, ${item.description}`,
        };
        return item;
    }
}
