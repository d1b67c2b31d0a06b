import * as vscode from 'vscode';
import { buildShellHtml } from '../../core/compare/pageHtml';

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

/**
 * A fresh nonce for the page's one script: 16 random bytes as hex. Web Crypto is there in both
 * extension hosts (Node and the browser's web worker); node:crypto only in the first.
 */
export function freshNonce(): string {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The page's HTML for this webview, with a fresh nonce for its one script. */
export function pageHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
    const resource = (...segments: string[]): string =>
        webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...segments)).toString();
    return buildShellHtml({
        nonce: freshNonce(),
        cspSource: webview.cspSource,
        scriptUri: resource('dist', 'webview', 'compare.js'),
        styleUri: resource('media', 'compare.css'),
        codiconUri: resource('dist', 'codicons', 'codicon.css'),
    });
}
