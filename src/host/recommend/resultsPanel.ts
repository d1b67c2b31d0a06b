import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import { CommandIds, RECOMMEND_VIEW_TYPE } from '../../core/contributions';
import type { Answers } from '../../core/recommend/answers';
import { resultsTitle } from '../../core/recommend/loadingPage';
import { parseRecommendMessage, type RecommendMessage } from '../../core/recommend/protocol';
import { buildResultsView, linkedEntries } from '../../core/recommend/resultsView';
import type { RankedStack } from '../../core/recommend/scoring';
import { reportFailure, type Log } from '../log';
import { webviewOptions } from './loadingPage';
import { resultsHtml } from './panelPage';

/** What the panel shows: the answers and the ranking drawn from them. */
export interface ShownResults {
    readonly answers: Answers;
    readonly stacks: readonly RankedStack[];
}

/**
 * The single "Stack Guide: Recommendations" editor: shows a ranking, stays open beside the
 * code, the comparison and the docs, and comes back after a window reload (the serializer
 * hands its panel to `adopt`). Its page only asks; every action is another feature's command.
 */
export class ResultsPanel implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private shown: ShownResults | undefined;
    private subscriptions: vscode.Disposable[] = [];

    constructor(
        private readonly extensionUri: vscode.Uri,
        private readonly log: Log,
        /** What "Change answers" does: the questions again, from the answers shown. */
        private readonly changeAnswers: (from: Answers) => Promise<void>,
    ) {}

    /** The title and the ranking on screen, or undefined while no panel is open. */
    current(): (ShownResults & { readonly title: string }) | undefined {
        return this.panel && this.shown ? { ...this.shown, title: this.panel.title } : undefined;
    }

    /** Shows the ranking, in the open panel or a new one, and brings it to the front. */
    show(results: ShownResults, catalog: Catalog): void {
        if (!this.panel) {
            this.attach(
                vscode.window.createWebviewPanel(RECOMMEND_VIEW_TYPE, resultsTitle(vscode.l10n), { viewColumn: vscode.ViewColumn.Active }, { ...webviewOptions(this.extensionUri), enableFindWidget: true }),
            );
        }
        this.draw(results, catalog);
        this.panel?.reveal(this.panel.viewColumn);
    }

    /**
     * Takes over a panel VS Code restored after a reload, and draws these results in it. Its
     * options are set already, by the loading page (see loadingPage.ts).
     */
    adopt(panel: vscode.WebviewPanel, results: ShownResults, catalog: Catalog): void {
        if (this.panel) {
            // Results were shown before the restore reached us; one panel is the rule.
            panel.dispose();
            return;
        }
        this.attach(panel);
        this.draw(results, catalog);
    }

    dispose(): void {
        this.panel?.dispose();
    }

    private attach(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        panel.title = resultsTitle(vscode.l10n);
        this.subscriptions = [
            panel.webview.onDidReceiveMessage((message: unknown) => this.receive(panel, message)),
            panel.onDidDispose(() => {
                this.subscriptions.forEach((subscription) => subscription.dispose());
                if (this.panel === panel) {
                    this.panel = undefined;
                    this.shown = undefined;
                }
            }),
        ];
    }

    private draw(results: ShownResults, catalog: Catalog): void {
        if (!this.panel) {
            return;
        }
        this.shown = results;
        const view = buildResultsView(results.stacks, results.answers, catalog, vscode.l10n);
        this.panel.webview.html = resultsHtml(this.panel.webview, this.extensionUri, view, { answers: results.answers });
    }

    private receive(panel: vscode.WebviewPanel, raw: unknown): void {
        const message = panel === this.panel ? parseRecommendMessage(raw) : undefined;
        if (!message) {
            this.log.warn('Ignored a malformed message from the recommendations page.');
            return;
        }
        this.handle(message).catch((error: unknown) => reportFailure(this.log, `act on the recommendations (${message.type})`, error, (reason) =>
                vscode.l10n.t('Stack Guide could not act on the recommendations: {0}', reason),
            ));
    }

    private async handle(message: RecommendMessage): Promise<void> {
        const shown = this.shown;
        if (!shown) {
            return;
        }
        switch (message.type) {
            case 'openEntry':
                // Only an entry the page shows: the page is not trusted to name any other.
                if (linkedEntries(shown.stacks).has(message.id)) {
                    await vscode.commands.executeCommand(CommandIds.showDetails, message.id);
                }
                return;
            case 'compare':
                await vscode.commands.executeCommand(CommandIds.compare, shown.stacks.map((stack) => stack.framework));
                return;
            case 'changeAnswers':
                await this.changeAnswers(shown.answers);
                return;
        }
    }
}
