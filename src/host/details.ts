import * as vscode from 'vscode';
import type { CatalogSource } from './catalogSource';

/** Read-only documents holding an entry's page: stack-guide:/entry/<id>.md */
export const DETAILS_SCHEME = 'stack-guide';

export function detailsUri(entryId: string): vscode.Uri {
    return vscode.Uri.from({ scheme: DETAILS_SCHEME, path: `/entry/${entryId}.md` });
}

/**
 * Serves entries' pages as read-only virtual documents. "Show Details" opens them in VS Code's
 * Markdown preview, so a page follows the editor's theme and opens its links in the browser.
 */
export function registerDetails(context: vscode.ExtensionContext, catalog: CatalogSource): void {
    const provider: vscode.TextDocumentContentProvider = {
        async provideTextDocumentContent(uri) {
            const id = /^\/entry\/(.+)\.md$/.exec(uri.path)?.[1];
            // The page renderer is in its own chunk: only a page shown pays for it.
            const [{ renderEntryDetails }, loaded] = await Promise.all([import('../core/details/entryDetails.js'), catalog.get()]);
            const entry = id === undefined ? undefined : loaded.get(id);
            return entry ? renderEntryDetails(entry, loaded) : `Stack Guide has no entry "${id ?? uri.path}".`;
        },
    };
    context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(DETAILS_SCHEME, provider));
}
