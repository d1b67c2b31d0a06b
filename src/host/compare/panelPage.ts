import * as vscode from 'vscode';
import { buildShellHtml } from '../../core/compare/pageHtml';
import { comparePageText } from '../../core/compare/pageText';
import { freshNonce } from '../webviewNonce';

/** What the comparison page may run and load: its script, the codicons and the stylesheet. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return {
        enableScripts: true,
        localResourceRoots: [
            vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
            vscode.Uri.joinPath(extensionUri, 'dist', 'codicons'),
            vscode.Uri.joinPath(extensionUri, 'media'),
        ],
    };
}

/** The page's HTML for this webview, with a fresh nonce for its one script and its words in the display language. */
export function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
    const resource = (...segments: string[]): string =>
        webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...segments)).toString();
    return buildShellHtml(
        {
            language: vscode.env.language,
            nonce: freshNonce(),
            cspSource: webview.cspSource,
            scriptUri: resource('dist', 'webview', 'compare.js'),
            styleUri: resource('media', 'compare.css'),
            codiconUri: resource('dist', 'codicons', 'codicon.css'),
        },
        comparePageText(vscode.l10n),
    );
}
