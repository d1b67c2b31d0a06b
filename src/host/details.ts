import * as vscode from 'vscode';
import type { CatalogEntry } from '../core/catalog/schema';
import { DETAILS_VIEW_TYPE } from '../core/contributions';
import type { CatalogSource } from './catalogSource';
import { freshNonce } from './webviewNonce';

/** The pages shown, as tests and other extensions see them. */
export interface DetailsPages {
    /** Opens (or reveals) an entry's page. */
    show(entry: CatalogEntry): Promise<void>;
    /** The open pages' entry ids and HTML, in the order they were opened. */
    open(): { entryId: string; title: string; html: string }[];
}

function isDetailsState(state: unknown): state is { entryId: string } {
    return typeof state === 'object' && state !== null && typeof (state as { entryId?: unknown }).entryId === 'string';
}

/**
 * Entries' pages as webview editors, one tab per entry like VS Code's own extension pages. The
 * page has no script beyond recording its entry for a restore; its actions are links to the
 * few commands DETAILS_COMMANDS names, which VS Code runs for it.
 */
class DetailsPanels implements DetailsPages {
    private readonly panels = new Map<string, vscode.WebviewPanel>();

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly catalog: CatalogSource,
    ) {}

    async show(entry: CatalogEntry): Promise<void> {
        const open = this.panels.get(entry.id);
        if (open) {
            open.reveal();
            return;
        }
        const panel = vscode.window.createWebviewPanel(DETAILS_VIEW_TYPE, entry.name, vscode.ViewColumn.Active, {});
        await this.fill(panel, entry);
    }

    /** VS Code restores a page after a reload from the entry id its script recorded. */
    async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const entry = isDetailsState(state) ? (await this.catalog.get()).get(state.entryId) : undefined;
        if (entry) {
            await this.fill(panel, entry);
        } else {
            panel.dispose();
        }
    }

    open(): { entryId: string; title: string; html: string }[] {
        return [...this.panels].map(([entryId, panel]) => ({ entryId, title: panel.title, html: panel.webview.html }));
    }

    dispose(): void {
        for (const panel of this.panels.values()) {
            panel.dispose();
        }
    }

    private async fill(panel: vscode.WebviewPanel, entry: CatalogEntry): Promise<void> {
        // The page renderer is in its own chunk: only a page shown pays for it.
        const [{ buildDetailsHtml, DETAILS_COMMANDS }, catalog] = await Promise.all([import('../core/details/detailsPage.js'), this.catalog.get()]);
        const resource = (...segments: string[]): string => panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...segments)).toString();
        panel.title = entry.name;
        panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'stack-guide.svg');
        panel.webview.options = {
            enableScripts: true,
            enableCommandUris: DETAILS_COMMANDS,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist', 'codicons'), vscode.Uri.joinPath(this.extensionUri, 'media')],
        };
        const resources = {
            nonce: freshNonce(),
            cspSource: panel.webview.cspSource,
            styleUri: resource('media', 'details.css'),
            codiconUri: resource('dist', 'codicons', 'codicon.css'),
            language: vscode.env.language,
        };
        panel.webview.html = buildDetailsHtml(entry, catalog, resources, vscode.l10n);
        this.panels.set(entry.id, panel);
        panel.onDidDispose(() => {
            if (this.panels.get(entry.id) === panel) {
                this.panels.delete(entry.id);
            }
        });
    }
}

/** Registers entries' pages and their restore after a reload. */
export function registerDetails(context: vscode.ExtensionContext, catalog: CatalogSource): DetailsPages {
    const panels = new DetailsPanels(context.extensionUri, catalog);
    context.subscriptions.push(
        panels,
        vscode.window.registerWebviewPanelSerializer(DETAILS_VIEW_TYPE, {
            deserializeWebviewPanel: (panel, state: unknown) => panels.revive(panel, state),
        }),
    );
    return panels;
}
