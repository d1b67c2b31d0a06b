import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import type { CatalogSource } from '../catalogSource';
import { pickEntriesToCompare, pickEntryToAdd } from './entryQuickPick';
import { COMPARE_VIEW_TYPE } from '../../core/contributions';
import { tableToMarkdown } from '../../core/compare/tableMarkdown';
import { parseWebviewMessage, parseWebviewState, type CompareViewModel, type HostMessage, type WebviewMessage } from '../../core/compare/protocol';
import { MIN_COLUMNS, selectIds, withAdded, withMoved, withRemoved, type Selection } from '../../core/compare/selection';
import { buildViewModel, panelTitle } from '../../core/compare/viewModel';
import { reportFailure, type Log } from '../log';
import type { EarlyPage } from './earlyPage';
import type { TeamSource } from '../team/teamSource';
import { pageHtml, webviewOptions } from './panelPage';
import { RenderTracker } from './renderTracker';

/** How long `open` waits for the webview's `rendered` before it returns anyway. */
const RENDER_TIMEOUT_MS = 5000;
/** How long a confirmation stays in the status bar, as the sidebar's copy command does. */
const STATUS_BAR_MS = 4000;

/** The last column removed, for the page's Undo: the ids before, and whose column it was. */
interface Removal {
    readonly before: readonly string[];
    readonly name: string;
}

function preview(value: unknown): string {
    try {
        return (JSON.stringify(value) ?? String(value)).slice(0, 200);
    } catch {
        return String(value).slice(0, 200);
    }
}

/**
 * The single comparison panel: creates or reveals it, turns the ids into a model for the
 * webview, and applies what the webview asks. All content decisions are in the pure modules.
 */
export class ComparePanelController implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private ids: readonly string[] = [];
    private model: CompareViewModel | undefined;
    /** Set by a removal and cleared by any other change: only the latest removal can be undone. */
    private removal: Removal | undefined;
    private revision = 0;
    /**
     * The panel whose webview script has posted `ready` (it listens from then on; posts
     * before that would be lost). Kept as the panel, not a flag, so that a `ready` can only
     * ever count for the panel that sent it.
     */
    private readyPanel: vscode.WebviewPanel | undefined;
    private readonly renders = new RenderTracker<vscode.WebviewPanel>(RENDER_TIMEOUT_MS, (revision) =>
        this.log.warn(`The webview did not report drawing revision ${revision} within ${RENDER_TIMEOUT_MS} ms.`),
    );

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly catalog: CatalogSource,
        private readonly log: Log,
        private readonly team?: TeamSource,
    ) {}

    shownIds(): string[] {
        return [...this.ids];
    }

    /** The labels of the rows in the model posted last. */
    rowLabels(): string[] {
        return this.model?.table.rows.map((row) => row.dimension.label) ?? [];
    }

    /** True once the webview has drawn what the panel holds now. */
    isRendered(): boolean {
        return this.panel !== undefined && this.renders.hasDrawn(this.revision);
    }

    /** Shows exactly these entries (as far as the catalog knows them and they fit). */
    async open(requested: readonly string[]): Promise<void> {
        const catalog = await this.catalog.get();
        this.ensurePanel();
        await this.show(selectIds(requested, catalog, vscode.l10n), catalog, true);
    }

    async add(id: string): Promise<void> {
        if (!this.panel) {
            return this.open([id]);
        }
        const catalog = await this.catalog.get();
        await this.show(withAdded(this.ids, id, catalog, vscode.l10n), catalog, true);
    }

    /** The command without arguments: the user picks, starting from what is shown now. */
    async pickAndOpen(): Promise<void> {
        const ids = await pickEntriesToCompare(await this.catalog.get(), this.ids);
        if (ids !== undefined) {
            await this.open(ids);
        }
    }

    /**
     * Restores a panel VS Code kept across a window reload, from the webview's saved state.
     * Its page is already loading (see earlyPage.ts): it is kept, not loaded a second time.
     */
    async revive(panel: vscode.WebviewPanel, state: unknown, page: EarlyPage): Promise<void> {
        if (this.panel) {
            // A comparison was opened before the restore reached us; one panel is the rule.
            page.dispose();
            panel.dispose();
            return;
        }
        this.adopt(panel, page);
        const catalog = await this.catalog.get();
        await this.show(selectIds(parseWebviewState(state)?.ids ?? [], catalog, vscode.l10n), catalog, false);
    }

    dispose(): void {
        this.panel?.dispose();
    }

    private ensurePanel(): void {
        if (this.panel) {
            return;
        }
        this.adopt(
            vscode.window.createWebviewPanel(
                COMPARE_VIEW_TYPE,
                vscode.l10n.t('Compare'),
                { viewColumn: vscode.ViewColumn.Active },
                { ...webviewOptions(this.extensionUri), enableFindWidget: true },
            ),
        );
    }

    /**
     * Makes `panel` the comparison panel and loads the page into it, unless a restored panel's
     * page is loading already. Its options must be set already (by createWebviewPanel, or by
     * loadPageAtOnce): setting them here again could only reload the page. Everything the
     * panel's webview sends, and its disposal, is tied to this panel, so a late message from a
     * closed panel never counts for the one that replaced it.
     */
    private adopt(panel: vscode.WebviewPanel, early?: EarlyPage): void {
        this.panel = panel;
        this.readyPanel = early?.sawReady() ? panel : undefined;
        const { webview } = panel;
        const subscriptions: vscode.Disposable[] = [];
        subscriptions.push(
            webview.onDidReceiveMessage((message: unknown) => this.receive(panel, message)),
            panel.onDidDispose(() => {
                for (const subscription of subscriptions) {
                    subscription.dispose();
                }
                this.forgetPanel(panel);
            }),
        );
        if (early) {
            // Our listener is in place: a `ready` from now on reaches it.
            early.dispose();
        } else {
            webview.html = pageHtml(webview, this.extensionUri);
        }
    }

    private forgetPanel(panel: vscode.WebviewPanel): void {
        this.renders.forget(panel);
        if (this.readyPanel === panel) {
            this.readyPanel = undefined;
        }
        if (this.panel !== panel) {
            // Already replaced: what the controller holds now belongs to the new panel.
            return;
        }
        this.panel = undefined;
        this.ids = [];
        this.model = undefined;
        this.removal = undefined;
    }

    /**
     * Draws a selection; resolves once the webview has drawn it, or after the timeout. A
     * `removal` is what this change took out, for the page to offer its undo.
     */
    private async show(selection: Selection, catalog: Catalog, reveal: boolean, removal?: Removal): Promise<void> {
        const panel = this.panel;
        if (!panel) {
            return;
        }
        this.ids = selection.ids;
        this.removal = removal;
        const team = await this.team?.get();
        const model = buildViewModel(selection, catalog, ++this.revision, vscode.l10n, removal?.name, team && team.radar().length > 0 ? (id) => team.ringOfEntry(id) : undefined);
        this.model = model;
        panel.title = panelTitle(model.table.columns, vscode.l10n);
        const drawn = this.renders.waitFor(panel, model.revision);
        if (reveal) {
            panel.reveal(panel.viewColumn);
        }
        // Before `ready` the webview could not receive it; its `ready` fetches this model.
        if (this.readyPanel === panel) {
            await panel.webview.postMessage({ type: 'model', model } satisfies HostMessage);
        }
        await drawn;
    }

    private post(message: HostMessage): Thenable<boolean> {
        return this.panel?.webview.postMessage(message) ?? Promise.resolve(false);
    }

    private receive(panel: vscode.WebviewPanel, raw: unknown): void {
        if (panel !== this.panel) {
            // Sent by a panel this controller has already let go of.
            return;
        }
        const message = parseWebviewMessage(raw);
        if (!message) {
            this.log.warn(`Ignored a malformed message from the compare webview: ${preview(raw)}`);
            return;
        }
        const says = (reason: string): string => vscode.l10n.t('Stack Guide could not update the comparison: {0}', reason);
        this.handle(panel, message).catch((error: unknown) => reportFailure(this.log, `update the comparison (message "${message.type}")`, error, says));
    }

    private async handle(panel: vscode.WebviewPanel, message: WebviewMessage): Promise<void> {
        switch (message.type) {
            case 'ready':
                // Also after the webview reloaded its page: it starts empty again.
                this.readyPanel = panel;
                if (this.model) {
                    await panel.webview.postMessage({ type: 'model', model: this.model } satisfies HostMessage);
                }
                return;
            case 'rendered':
                this.renders.rendered(panel, message.revision);
                return;
            case 'remove':
                return this.remove(message.id);
            case 'undoRemove':
                return this.undoRemove();
            case 'move':
                return this.update((ids) => ({ ids: withMoved(ids, message.id, message.offset) }));
            case 'add':
                return this.update((ids, catalog) => withAdded(ids, message.id, catalog, vscode.l10n));
            case 'pickEntry': {
                const id = await pickEntryToAdd(await this.catalog.get(), this.ids);
                return id === undefined ? undefined : this.update((ids, catalog) => withAdded(ids, id, catalog, vscode.l10n));
            }
            case 'copyMarkdown':
                return this.copyMarkdown(message.onlyDifferences);
        }
    }

    private async update(change: (ids: readonly string[], catalog: Catalog) => Selection): Promise<void> {
        const catalog = await this.catalog.get();
        await this.show(change(this.ids, catalog), catalog, false);
    }

    private async remove(id: string): Promise<void> {
        const catalog = await this.catalog.get();
        const before = this.ids;
        if (before.includes(id)) {
            await this.show({ ids: withRemoved(before, id) }, catalog, false, { before, name: catalog.nameOf(id) });
        }
    }

    private async undoRemove(): Promise<void> {
        const removal = this.removal;
        if (removal) {
            const catalog = await this.catalog.get();
            await this.show(selectIds(removal.before, catalog, vscode.l10n), catalog, false);
        }
    }

    private async copyMarkdown(onlyDifferences: boolean): Promise<void> {
        const table = this.model?.table;
        if (!table || table.columns.length < MIN_COLUMNS) {
            await this.confirm(vscode.l10n.t('Add at least {0} entries to copy a comparison.', MIN_COLUMNS), 'info');
            return;
        }
        await vscode.env.clipboard.writeText(tableToMarkdown(table, vscode.l10n, onlyDifferences));
        // Says which rows went to the clipboard: with "Only differences" on, not all of them.
        await this.confirm(
            onlyDifferences ? vscode.l10n.t('Copied the differing rows as a Markdown table.') : vscode.l10n.t('Copied the comparison as a Markdown table.'),
        );
    }

    /**
     * Feedback on a panel action: in the status bar, where VS Code users look for it (the page
     * may be scrolled anywhere), and to the page's live region for screen readers.
     */
    private async confirm(text: string, icon: 'check' | 'info' = 'check'): Promise<void> {
        vscode.window.setStatusBarMessage(`$(${icon}) ${text}`, STATUS_BAR_MS);
        await this.post({ type: 'status', text });
    }
}
