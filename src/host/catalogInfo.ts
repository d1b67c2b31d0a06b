import * as vscode from 'vscode';
import { REGISTRIES } from '../core/catalog/vocabulary';
import { CommandIds } from '../core/contributions';
import type { ExtensionHostKind } from '../core/info/catalogInfo';
import type { RegistryListFacts } from '../core/registry/signals';
import type { CatalogSource } from './catalogSource';
import type { RegistrySource } from './registrySource';
import type { TeamSource } from './team/teamSource';

/** The page's read-only virtual document. */
const INFO_URI = vscode.Uri.from({ scheme: 'stack-guide-info', path: '/Stack Guide catalog.md' });

/** The web worker host has no Node.js `process`; VS Code desktop's extension host always has one. */
export function extensionHostKind(): ExtensionHostKind {
    return typeof process === 'undefined' ? 'web-worker' : 'node';
}

/**
 * "Stack Guide: Show Catalog Info": the extension's version, the host it runs in, and what each
 * tier knows per registry, as a read-only Markdown document (no save prompt when closed).
 */
export function registerCatalogInfo(context: vscode.ExtensionContext, catalog: CatalogSource, registry: RegistrySource, team: TeamSource): void {
    const changed = new vscode.EventEmitter<vscode.Uri>();
    const provider: vscode.TextDocumentContentProvider = {
        onDidChange: changed.event,
        async provideTextDocumentContent() {
            // The page's text is built in a chunk of its own (esbuild.mjs): only a page shown pays for it.
            const [{ catalogInfoMarkdown }, loaded, tiers, teamCatalog] = await Promise.all([import('../core/info/catalogInfo.js'), catalog.get(), registry.get(), team.get()]);
            const lists = REGISTRIES.map((name) => tiers.list(name)).filter((list): list is RegistryListFacts => list !== undefined);
            const teamFiles = teamCatalog.files.map(({ uri, ...file }) => ({ ...file, path: vscode.workspace.asRelativePath(vscode.Uri.parse(uri), true) }));
            return catalogInfoMarkdown({ extensionVersion: String(context.extension.packageJSON.version), host: extensionHostKind(), catalog: loaded, lists, teamFiles }, vscode.l10n);
        },
    };
    context.subscriptions.push(
        changed,
        vscode.workspace.registerTextDocumentContentProvider(INFO_URI.scheme, provider),
        vscode.commands.registerCommand(CommandIds.showCatalogInfo, async () => {
            // An open page is read again: the registry lists may have loaded since.
            changed.fire(INFO_URI);
            const document = await vscode.workspace.openTextDocument(INFO_URI);
            await vscode.languages.setTextDocumentLanguage(document, 'markdown');
            await vscode.window.showTextDocument(document, { preview: false });
        }),
    );
}
