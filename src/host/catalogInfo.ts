import * as vscode from 'vscode';
import { REGISTRIES } from '../core/catalog/vocabulary';
import { CommandIds } from '../core/contributions';
import type { ExtensionHostKind } from '../core/info/catalogInfo';
import type { RegistryListFacts } from '../core/registry/signals';
import type { CatalogSource } from './catalogSource';
import type { RegistrySource } from './registrySource';
import type { TeamSource } from './team/teamSource';


/** The web worker host has no Node.js `process`; VS Code desktop's extension host always has one. */
export function extensionHostKind(): ExtensionHostKind {
    return typeof process === 'undefined' ? 'web-worker' : 'node';
}

/**
 * "Stack Guide: Show Catalog Info": the extension's version, the host it runs in, and what each
 * tier knows per registry, as a read-only Markdown document (no save prompt when closed).
 */
export function registerCatalogInfo(context: vscode.ExtensionContext, catalog: CatalogSource, registry: RegistrySource, team: TeamSource): void {
    // The page's read-only virtual document; its name is the editor tab's title.
    const infoUri = vscode.Uri.from({ scheme: 'stack-guide-info', path: `/${vscode.l10n.t('Stack Guide catalog')}.md` });
    const changed = new vscode.EventEmitter<vscode.Uri>();
    const provider: vscode.TextDocumentContentProvider = {
        onDidChange: changed.event,
        async provideTextDocumentContent() {
            // The page's text is built in a chunk of its own (esbuild.mjs): only a page shown pays for it.
            const [{ catalogInfoMarkdown }, loaded, tiers, teamCatalog] = await Promise.all([import('../core/info/catalogInfo.js'), catalog.get(), registry.get(), team.get()]);
            const lists = REGISTRIES.map((name) => tiers.list(name)).filter((list): list is RegistryListFacts => list !== undefined);
            const teamFiles = teamCatalog.files.map(({ uri, ...file }) => ({ ...file, path: vscode.workspace.asRelativePath(vscode.Uri.parse(uri), true) }));
            const facts = { language: vscode.env.language, extensionVersion: String(context.extension.packageJSON.version), host: extensionHostKind(), catalog: loaded, lists, teamFiles };
            return catalogInfoMarkdown(facts, vscode.l10n);
        },
    };
    context.subscriptions.push(
        changed,
        vscode.workspace.registerTextDocumentContentProvider(infoUri.scheme, provider),
        vscode.commands.registerCommand(CommandIds.showCatalogInfo, async () => {
            // An open page is read again: the registry lists may have loaded since.
            changed.fire(infoUri);
            const document = await vscode.workspace.openTextDocument(infoUri);
            await vscode.languages.setTextDocumentLanguage(document, 'markdown');
            await vscode.window.showTextDocument(document, { preview: false });
        }),
    );
}
