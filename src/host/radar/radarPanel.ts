import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import { CommandIds, RADAR_VIEW_TYPE } from '../../core/contributions';
import { parseRadarMessage, type RadarDrawn } from '../../core/radar/protocol';
import { buildRadarHtml } from '../../core/radar/radarPage';
import { radarPanelOptions, radarResources } from './radarLoading';
import { buildRadarModel, type RadarModel, type WorkspaceUsage } from '../../core/radar/radarModel';
import type { TeamCatalog } from '../../core/team/teamCatalog';
import type { CatalogSource } from '../catalogSource';
import { RenderTracker } from '../compare/renderTracker';
import { reportFailure, type Log } from '../log';
import type { TeamSource } from '../team/teamSource';
import { readTopManifests } from './workspaceUsage';

/** How long `open` waits for the page's `rendered` before it returns anyway. */
const RENDER_TIMEOUT_MS = 5000;
/** How long the first picture waits for the top manifests' marks before it is drawn without them. */
const MANIFEST_WAIT_MS = 300;

/** What the radar page showed last, as its script counted it; for the tests. */
export interface RadarState {
    readonly open: boolean;
    readonly rendered: boolean;
    readonly drawn?: RadarDrawn;
}

/**
 * The single team radar panel. The page is built whole by core/radar/radarPage.ts and set as
 * the webview's HTML; a team file saved builds it again. The workspace's dependencies come from
 * the last review when there is one, else from the folders' top manifests, read after the first
 * drawing so the picture never waits for them.
 */
export class RadarPanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private revision = 0;
    private drawn: RadarDrawn | undefined;
    /** The model the page shows, and its JSON: a team file saved unchanged draws nothing again. */
    private shown: { readonly model: RadarModel | undefined; readonly key: string } | undefined;
    private usage: WorkspaceUsage | undefined;
    private readonly renders = new RenderTracker<vscode.WebviewPanel>(RENDER_TIMEOUT_MS, (revision) =>
        this.log.warn(`The radar page did not report drawing revision ${revision} within ${RENDER_TIMEOUT_MS} ms.`),
    );
    private readonly subscriptions: vscode.Disposable[];

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly catalog: CatalogSource,
        private readonly team: TeamSource,
        private readonly lastUsage: () => WorkspaceUsage | undefined,
        private readonly log: Log,
    ) {
        this.subscriptions = [team.onDidChange((changed) => this.redraw(changed))];
    }

    state(): RadarState {
        return { open: this.panel !== undefined, rendered: this.panel !== undefined && this.renders.hasDrawn(this.revision), ...(this.drawn ? { drawn: this.drawn } : {}) };
    }

    /** Shows the radar; resolves once the page has drawn it (or after the timeout). */
    async open(): Promise<void> {
        if (!this.panel) {
            this.adopt(vscode.window.createWebviewPanel(RADAR_VIEW_TYPE, vscode.l10n.t('Team Radar'), vscode.ViewColumn.Active, radarPanelOptions(this.extensionUri)));
        }
        this.panel?.reveal(this.panel.viewColumn);
        return this.fill();
    }

    /**
     * Takes over a tab VS Code restored after a reload (its loading page already set by
     * `showRadarLoading`) and draws the radar in it; a second restored tab is closed, as the
     * radar is one panel.
     */
    async revive(panel: vscode.WebviewPanel): Promise<void> {
        if (this.panel && this.panel !== panel) {
            panel.dispose();
            return;
        }
        this.adopt(panel);
        return this.fill();
    }

    private async fill(): Promise<void> {
        const [team, catalog] = await Promise.all([this.team.get(), this.catalog.get().catch(() => undefined)]);
        this.usage = this.lastUsage() ?? this.usage;
        if (this.usage !== undefined) {
            return this.draw(team, catalog);
        }
        // The top manifests usually read in a few milliseconds: waiting that long draws the marks
        // with the first picture. Beyond MANIFEST_WAIT_MS the picture goes first and the marks follow.
        const read = this.markFromManifests(catalog);
        const inTime = await Promise.race([read.then(() => true), new Promise<false>((resolve) => setTimeout(() => resolve(false), MANIFEST_WAIT_MS))]);
        await this.draw(team, catalog);
        if (!inTime) {
            void read.then(() => this.draw(this.team.current(), catalog));
        }
    }

    dispose(): void {
        this.panel?.dispose();
        for (const subscription of this.subscriptions) {
            subscription.dispose();
        }
    }

    private adopt(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        this.shown = undefined;
        const subscriptions = [
            panel.webview.onDidReceiveMessage((message: unknown) => this.receive(panel, message)),
            panel.onDidDispose(() => {
                subscriptions.forEach((subscription) => subscription.dispose());
                this.renders.forget(panel);
                if (this.panel === panel) {
                    this.panel = undefined;
                    this.drawn = undefined;
                    this.shown = undefined;
                }
            }),
        ];
    }

    private async markFromManifests(catalog: Catalog | undefined): Promise<void> {
        try {
            this.usage = await readTopManifests(catalog);
        } catch (error) {
            this.log.warn('Could not read the workspace manifests for the radar:', error);
        }
    }

    private redraw(team: TeamCatalog): void {
        if (this.panel) {
            this.usage = this.lastUsage() ?? this.usage;
            this.catalog
                .get()
                .then((catalog) => this.draw(team, catalog))
                .catch((error: unknown) => reportFailure(this.log, 'redraw the team radar', error, (reason) => vscode.l10n.t('Stack Guide could not redraw the team radar: {0}', reason)));
        }
    }

    private async draw(team: TeamCatalog, catalog: Catalog | undefined): Promise<void> {
        const panel = this.panel;
        if (!panel) {
            return;
        }
        const model: RadarModel | undefined = team.radar().length > 0 ? buildRadarModel(team, catalog, this.usage) : undefined;
        const key = JSON.stringify(model ?? null);
        // Setting the HTML again would reload the page, losing the focused dot and the scroll position.
        if (this.shown?.key === key) {
            return;
        }
        this.shown = { model, key };
        const revision = ++this.revision;
        const drawn = this.renders.waitFor(panel, revision);
        panel.title = model?.title === undefined ? vscode.l10n.t('Team Radar') : vscode.l10n.t('Team Radar: {0}', model.title);
        panel.webview.html = buildRadarHtml(model, revision, radarResources(panel, this.extensionUri), vscode.l10n);
        await drawn;
    }

    private receive(panel: vscode.WebviewPanel, raw: unknown): void {
        const message = parseRadarMessage(raw);
        if (!message) {
            this.log.warn('Ignored a malformed message from the radar page.');
            return;
        }
        switch (message.type) {
            case 'ready':
                return;
            case 'rendered': {
                const { revision, dots, tableRows, marked, empty } = message;
                if (panel === this.panel && revision === this.revision) {
                    this.drawn = { dots, tableRows, marked, empty };
                }
                this.renders.rendered(panel, revision);
                return;
            }
            case 'openHelp':
                void vscode.commands.executeCommand('markdown.showPreview', vscode.Uri.joinPath(this.extensionUri, 'README.md'));
                return;
            case 'openEntry': {
                // Only an entry the page was drawn with: the index is the page's word, not an id it chose.
                const entryId = panel === this.panel ? this.shown?.model?.items[message.index]?.entryId : undefined;
                if (entryId !== undefined) {
                    void vscode.commands.executeCommand(CommandIds.showDetails, entryId);
                }
                return;
            }
        }
    }
}
