import * as vscode from 'vscode';
import { CommandIds, ContextKeys, TreeItemContexts } from '../../core/contributions';
import { buildTeamRadarRoot, type TeamRadarGroupNode, type TeamRadarNode } from '../../core/tree/teamRadarTree';
import type { TeamCatalog } from '../../core/team/teamCatalog';
import type { CatalogSource } from '../catalogSource';
import type { TeamSource } from '../team/teamSource';

const RING_ICONS: Record<string, vscode.ThemeIcon> = {
    adopt: new vscode.ThemeIcon('pass', new vscode.ThemeColor('charts.green')),
    trial: new vscode.ThemeIcon('beaker', new vscode.ThemeColor('charts.blue')),
    assess: new vscode.ThemeIcon('search', new vscode.ThemeColor('charts.yellow')),
    hold: new vscode.ThemeIcon('circle-slash', new vscode.ThemeColor('charts.red')),
};

/**
 * The catalog tree's "Team radar" group: built from the team files when the tree asks for its
 * roots, rebuilt when a team file changes. It also keeps the `hasTeamRadar` context key, which
 * shows "Show Team Radar" in the view's title bar.
 */
export class TeamRadarRows implements vscode.Disposable {
    private built: Promise<TeamRadarGroupNode | undefined> | undefined;
    private parents = new Map<string, TeamRadarNode>();
    private shown: boolean | undefined;
    private readonly subscription: vscode.Disposable;

    constructor(
        private readonly team: TeamSource,
        private readonly catalog: CatalogSource,
        refresh: () => void,
    ) {
        this.subscription = team.onDidChange((changed) => {
            this.built = this.build(changed);
            refresh();
        });
    }

    root(): Promise<TeamRadarGroupNode | undefined> {
        this.built ??= this.team.get().then((team) => this.build(team));
        return this.built;
    }

    parentOf(node: TeamRadarNode): TeamRadarNode | undefined {
        return this.parents.get(node.id);
    }

    static treeItem(node: TeamRadarNode): vscode.TreeItem {
        if (node.type === 'teamGroup') {
            const item = new vscode.TreeItem(node.label, node.ring ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
            item.id = node.id;
            item.description = node.description;
            item.iconPath = node.ring ? RING_ICONS[node.ring] : new vscode.ThemeIcon('radio-tower');
            item.contextValue = TreeItemContexts.teamGroup;
            return item;
        }
        const { item: radar } = node;
        const item = new vscode.TreeItem(radar.label, vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = radar.entryId === undefined ? radar.note ?? '' : radar.subject === radar.entryId ? radar.note ?? '' : radar.subject;
        // Team notes are hostile input: escaped by the model, and no command link is ever live.
        const tooltip = new vscode.MarkdownString(node.tooltip);
        tooltip.isTrusted = false;
        tooltip.supportHtml = false;
        item.tooltip = tooltip;
        item.iconPath = RING_ICONS[radar.ring];
        item.contextValue = TreeItemContexts.teamItem;
        if (radar.entryId !== undefined) {
            item.command = { command: CommandIds.showDetails, title: vscode.l10n.t('Show Details'), arguments: [radar.entryId] };
        }
        item.accessibilityInformation = {
            label: radar.note === undefined ? vscode.l10n.t('{0}, team ring {1}', radar.label, radar.ring) : vscode.l10n.t('{0}, team ring {1}: {2}', radar.label, radar.ring, radar.note),
        };
        return item;
    }

    dispose(): void {
        this.subscription.dispose();
    }

    private async build(team: TeamCatalog): Promise<TeamRadarGroupNode | undefined> {
        const root = buildTeamRadarRoot(team, await this.catalog.get().catch(() => undefined), vscode.l10n);
        const parents = new Map<string, TeamRadarNode>();
        const index = (node: TeamRadarNode): void => node.children.forEach((child) => {
            parents.set(child.id, node);
            index(child);
        });
        if (root) {
            index(root);
        }
        this.parents = parents;
        if (this.shown !== (root !== undefined)) {
            this.shown = root !== undefined;
            void vscode.commands.executeCommand('setContext', ContextKeys.hasTeamRadar, this.shown);
        }
        return root;
    }
}
