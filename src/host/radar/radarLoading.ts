/**
 * What a radar tab needs before the panel module loads: its options, its resource URIs, and the
 * loading page a restored tab shows at once. Kept apart so the serializer can set that page
 * without pulling the panel module into the extension's main bundle.
 */
import * as vscode from 'vscode';
import { buildRadarLoadingHtml, type RadarResources } from '../../core/radar/radarPage';
import { freshNonce } from '../webviewNonce';

export function radarPanelOptions(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
        enableScripts: true,
        enableFindWidget: true,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
}

export function radarResources(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): RadarResources {
    const resource = (...segments: string[]): string => panel.webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...segments)).toString();
    return {
        nonce: freshNonce(),
        cspSource: panel.webview.cspSource,
        scriptUri: resource('dist', 'webview', 'radar.js'),
        styleUri: resource('media', 'radar.css'),
        language: vscode.env.language,
    };
}

/**
 * A restored radar tab's first page, set before the panel module or any data loads: VS Code
 * shows a restored page only once the serializer returns, so anything awaited first is a blank tab.
 */
export function showRadarLoading(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): void {
    panel.webview.options = radarPanelOptions(extensionUri);
    panel.webview.html = buildRadarLoadingHtml(radarResources(panel, extensionUri), vscode.l10n);
}
