import * as vscode from 'vscode';
import type { CatalogSource } from './catalogSource';
import { lazy } from './lazy';
import { HOVER_COMMANDS, HOVER_ENABLED_SETTING, HOVER_UNKNOWN_PACKAGES_SETTING } from '../core/contributions';
import type { DependencyHoverService } from '../core/hover/hoverService';

/** Files some format reads; the service still checks the name before doing anything. */
const MANIFEST_SELECTOR: vscode.DocumentSelector = [
    { pattern: '**/package.json' },
    { pattern: '**/{Gemfile,gems.rb,*.gemspec}' },
    { pattern: '**/*.{txt,in}' },
    { pattern: '**/{pyproject.toml,Pipfile}' },
];

export function registerHovers(context: vscode.ExtensionContext, catalog: CatalogSource): void {
    // The parsers, explainers and catalog load on the first hover, not at activation.
    let service: DependencyHoverService | undefined;
    const loadService = lazy(() =>
        Promise.all([import('../core/hover/hoverService.js'), catalog.get()]).then(
            ([module, loaded]) => (service = new module.DependencyHoverService(loaded)),
        ),
    );

    const provider: vscode.HoverProvider = {
        async provideHover(document, position, token) {
            const settings = vscode.workspace.getConfiguration(undefined, document);
            if (!settings.get<boolean>(HOVER_ENABLED_SETTING, true)) {
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
                showUnknownPackages: settings.get<boolean>(HOVER_UNKNOWN_PACKAGES_SETTING, true),
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
            service?.forget(document.uri.toString());
        }),
    );
}
