import * as vscode from 'vscode';
import { TreeItemContexts } from '../../core/contributions';
import type { ReviewNode } from '../../core/review/reviewTreeModel';
import { themeIcon } from '../themeIcon';

/** What the row's context menu offers: an entry's documentation, a finding's Ignore, or both. */
function contextValue(node: ReviewNode): string | undefined {
    if (node.type === 'entry') {
        return node.ignoreKey === undefined ? TreeItemContexts.reviewEntry : TreeItemContexts.reviewFindingEntry;
    }
    return node.ignoreKey === undefined ? undefined : TreeItemContexts.reviewFinding;
}

/** Shows the nodes of the last review. Rows with a location open the manifest (its URI) at that line. */
export class WorkspaceTreeProvider implements vscode.TreeDataProvider<ReviewNode> {
    private readonly changed = new vscode.EventEmitter<void>();
    readonly onDidChangeTreeData = this.changed.event;
    private roots: ReviewNode[] = [];

    update(roots: ReviewNode[]): void {
        this.roots = roots;
        this.changed.fire();
    }

    /** The rows shown, for the integration tests. */
    rows(): readonly ReviewNode[] {
        return this.roots;
    }

    getChildren(node?: ReviewNode): ReviewNode[] {
        return node ? node.children : this.roots;
    }

    getTreeItem(node: ReviewNode): vscode.TreeItem {
        const state =
            node.children.length === 0
                ? vscode.TreeItemCollapsibleState.None
                : node.expanded
                  ? vscode.TreeItemCollapsibleState.Expanded
                  : vscode.TreeItemCollapsibleState.Collapsed;
        const item = new vscode.TreeItem(node.label, state);
        item.id = node.id;
        item.description = node.description;
        item.tooltip = node.tooltip;
        if (node.icon) {
            item.iconPath = themeIcon(node.icon);
        }
        item.contextValue = contextValue(node);
        if (node.location) {
            const { uri, line, character, length } = node.location;
            const options: vscode.TextDocumentShowOptions = { selection: new vscode.Range(line, character, line, character + length) };
            item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Manifest'), arguments: [vscode.Uri.parse(uri), options] };
        }
        return item;
    }

    dispose(): void {
        this.changed.dispose();
    }
}
