import type * as vscode from 'vscode';
import { parseWebviewMessage } from '../../core/compare/protocol';
import { pageHtml, webviewOptions } from './panelPage';

/** A restored panel's page, loading while the panel module and the catalog are still on their way. */
export interface EarlyPage {
    /** True once the page's script has said `ready` (it asks for the model only once). */
    readonly sawReady: () => boolean;
    /** Stops listening: the controller's own listener takes over. */
    dispose(): void;
}

/**
 * Loads the comparison page into a panel VS Code restores after a window reload, at once and
 * without awaiting anything: the page shows its "Loading the comparison…" placeholder while
 * the panel module and the catalog load, instead of a blank editor until both are in. Its
 * `ready` can come before the controller listens, so it is noted here and handed over.
 */
export function loadPageAtOnce(panel: vscode.WebviewPanel, extensionUri: vscode.Uri): EarlyPage {
    let ready = false;
    // VS Code restores the options saved with the panel; the page must load under the
    // current ones (an update may have moved the resource roots), so set them before it.
    panel.webview.options = webviewOptions(extensionUri);
    const listener = panel.webview.onDidReceiveMessage((message: unknown) => {
        ready ||= parseWebviewMessage(message)?.type === 'ready';
    });
    panel.webview.html = pageHtml(panel.webview, extensionUri);
    return { sawReady: () => ready, dispose: () => listener.dispose() };
}
