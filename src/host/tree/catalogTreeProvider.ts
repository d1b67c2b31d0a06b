import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { lazy } from '../lazy';
import { CommandIds, TreeItemContexts } from '../../core/contributions';
import { buildCatalogTree, type CatalogTree, type TreeNode } from '../../core/tree/catalogTreeModel';
import { entryContextValue } from '../../core/tree/contextValue';
import { entryDescription, entryIcon, entryTooltip } from '../../core/tree/entryPresentation';
import { themeIcon } from '../themeIcon';
import { normalizeFilter } from '../../core/tree/filterPolicy';
import type { TeamRadarNode } from '../../core/tree/teamRadarTree';
import type { TeamSource } from '../team/teamSource';
import { TeamRadarRows } from './teamRadarRows';

/** A row of the catalog tree: the catalog's own, or the "Team radar" group's. */
export type SidebarNode = TreeNode | TeamRadarNode;

const GROUP_ICONS: Record<string, string> = {
    frameworks: 'layers',
    role: 'folder',
    libraries: 'library',
    category: 'folder',
};

/** Thin adapter from the pure tree model to VS Code's TreeDataProvider. */
export class CatalogTreeProvider implements vscode.TreeDataProvider<SidebarNode>, vscode.Disposable {
    private readonly changed = new vscode.EventEmitter<SidebarNode | undefined>();
    readonly onDidChangeTreeData = this.changed.event;
    private filterText = '';
    private tree = this.treeModel();
    private readonly team: TeamRadarRows | undefined;

    constructor(
        private readonly catalog: CatalogSource,
        team?: TeamSource,
    ) {
        this.team = team && new TeamRadarRows(team, catalog, () => this.changed.fire(undefined));
    }

    get filter(): string {
        return this.filterText;
    }

    setFilter(filter: string): void {
        this.filterText = normalizeFilter(filter);
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
        return lazy(() => this.catalog.get().then((catalog) => buildCatalogTree(catalog, vscode.l10n, filter)));
    }

    /** The roots: the "Team radar" group first when a team file puts items on it (never under a filter), then the languages. */
    async getChildren(node?: SidebarNode): Promise<SidebarNode[]> {
        if (node) {
            return [...node.children];
        }
        const [team, model] = await Promise.all([this.filterText === '' ? this.team?.root() : undefined, this.model()]);
        return [...(team ? [team] : []), ...model.roots];
    }

    async getParent(node: SidebarNode): Promise<SidebarNode | undefined> {
        if (node.type === 'teamGroup' || node.type === 'teamItem') {
            return this.team?.parentOf(node);
        }
        return (await this.model()).parents.get(node.id);
    }

    /** Synchronous: a node carries all its row needs (the model was built from the catalog). */
    getTreeItem(node: SidebarNode): vscode.TreeItem {
        if (node.type === 'teamGroup' || node.type === 'teamItem') {
            return TeamRadarRows.treeItem(node);
        }
        const item = this.rowOf(node);
        // VS Code keeps a row's expanded state by id across refreshes, so rows that the user once
        // collapsed would stay collapsed under a filter: a filtered row gets an id of its own.
        item.id = this.filterText === '' ? node.id : `${node.id}?filter=${this.filterText}`;
        return item;
    }

    private rowOf(node: TreeNode): vscode.TreeItem {
        const collapsible = node.children.length === 0
            ? vscode.TreeItemCollapsibleState.None
            : this.filterText !== '' || node.type === 'entry' || (node.type === 'group' && node.expanded === true)
              ? vscode.TreeItemCollapsibleState.Expanded
              : vscode.TreeItemCollapsibleState.Collapsed;
        if (node.type === 'group') {
            const item = new vscode.TreeItem(node.label, collapsible);
            item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.group] ?? 'folder');
            item.contextValue = TreeItemContexts.group;
            return item;
        }
        const { entry } = node;
        const label = node.highlights.length > 0 ? { label: entry.name, highlights: node.highlights.map(([start, end]): [number, number] => [start, end]) } : entry.name;
        const item = new vscode.TreeItem(label, collapsible);
        item.description = entryDescription(entry, vscode.l10n, node.impliedKind);
        const tooltip = new vscode.MarkdownString(entryTooltip(entry, node.successorNames, vscode.l10n), true);
        tooltip.isTrusted = false;
        tooltip.supportHtml = false;
        item.tooltip = tooltip;
        item.iconPath = themeIcon(entryIcon(entry));
        item.contextValue = entryContextValue(entry);
        // Choosing a row (click, Enter) opens its page; rows with children only expand.
        if (node.children.length === 0) {
            item.command = { command: CommandIds.showDetails, title: vscode.l10n.t('Show Details'), arguments: [entry.id] };
        }
        item.accessibilityInformation = {
            label: `${entry.name}, ${item.description}`,
        };
        return item;
    }

    dispose(): void {
        this.team?.dispose();
        this.changed.dispose();
    }
}
