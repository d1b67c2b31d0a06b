import * as vscode from 'vscode';
import { buildLoadingHtml } from '../../core/recommend/loadingPage';
import { freshNonce } from '../webviewNonce';

/** What the recommendation page may run and load: its script and its stylesheet, nothing else. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
    return {
        enableScripts: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
}

/**
 * Puts the loading page into a results panel VS Code restores after a window reload, at once
 * and without awaiting anything: VS Code mounts the page only once the serializer's promise
 * settles, so awaiting the recommendation's code, the catalog and the registry ranks first
 * kept the tab blank all that time. The ranking replaces this page when it is ready.
 */
export function showLoadingPage(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): void {
    // VS Code restores the options saved with the panel; an update may have moved the resource
    // roots since, so the page loads under the current ones.
    panel.webview.options = webviewOptions(extensionUri);
    const styleUri = panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'recommend.css')).toString();
    panel.webview.html = buildLoadingHtml({ nonce: freshNonce(), cspSource: panel.webview.cspSource, styleUri, language: vscode.env.language }, vscode.l10n);
}
