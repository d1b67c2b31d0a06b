import * as vscode from 'vscode';
import type { CatalogSource } from './catalogSource';
import { HOVER_COMMANDS } from '../core/contributions';
import type { DependencyHoverService } from '../core/hover/hoverService';
import { MANIFEST_NAMES, manifestFormatOf } from '../core/manifests/manifestFiles';

/** Exactly the files some format reads: the same list as the review's glob and each format's matches(). */
const MANIFEST_SELECTOR: vscode.DocumentSelector = MANIFEST_NAMES.map((name) => ({ pattern: `**/${name}` }));

const SETTINGS = 'stackGuide.hover';

export function registerHovers(context: vscode.ExtensionContext, catalog: CatalogSource): void {
    // The parsers, explainers and catalog load on the first hover, not at activation.
    let service: Promise<DependencyHoverService> | undefined;
    const loadService = (): Promise<DependencyHoverService> => {
        service ??= Promise.all([import('../core/hover/hoverService.js'), catalog.get()]).then(
            ([module, loaded]) => new module.DependencyHoverService(loaded),
        );
        return service;
    };

    const provider: vscode.HoverProvider = {
        async provideHover(document, position, token) {
            // The name decides first, so that no other file loads the parsers and the catalog.
            if (manifestFormatOf(document.fileName) === undefined) {
                return undefined;
            }
            const settings = vscode.workspace.getConfiguration(SETTINGS, document);
            if (!settings.get<boolean>('enabled', true)) {
                return undefined;
            }
            const hovers = await loadService();
            if (token.isCancellationRequested) {
                return undefined;
            }
            const answer = hovers.hover({
                key: document.uri.toString(),
                version: document.version,
                fileName: document.fileName,
                offset: document.offsetAt(position),
                text: () => document.getText(),
                showUnknownPackages: settings.get<boolean>('showUnknownPackages', true),
            });
            if (!answer) {
                return undefined;
            }
            const markdown = new vscode.MarkdownString(answer.markdown, true);
            markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
            markdown.supportHtml = false;
            const range = new vscode.Range(document.positionAt(answer.span.start), document.positionAt(answer.span.end));
            return new vscode.Hover(markdown, range);
        },
    };
    context.subscriptions.push(
        vscode.languages.registerHoverProvider(MANIFEST_SELECTOR, provider),
        vscode.workspace.onDidCloseTextDocument((document) => {
            void service?.then((hovers) => hovers.forget(document.uri.toString()));
        }),
    );
}
