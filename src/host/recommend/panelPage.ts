import * as vscode from 'vscode';
import { buildResultsHtml } from '../../core/recommend/pageHtml';
import type { RecommendWebviewState } from '../../core/recommend/protocol';
import type { ResultsView } from '../../core/recommend/resultsView';
import { freshNonce } from '../webviewNonce';

/** The page for these results in this webview, with a fresh nonce for its one script. */
export function resultsHtml(webview: vscode.Webview, extensionUri: vscode.Uri, view: ResultsView, state: RecommendWebviewState): string {
    const resource = (...segments: string[]): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...segments)).toString();
    return buildResultsHtml(
        {
            nonce: freshNonce(),
            cspSource: webview.cspSource,
            scriptUri: resource('dist', 'webview', 'recommend.js'),
            styleUri: resource('media', 'recommend.css'),
            language: vscode.env.language,
        },
        view,
        state,
        vscode.l10n,
    );
}
