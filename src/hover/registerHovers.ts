import * as vscode from 'vscode';
import type { CatalogSource } from '../catalog/catalogSource';
import { locatorFor } from '../manifests/registry';
import { dependencyAt } from '../manifests/lookup';
import { explainConstraint, explainMarkers } from '../constraints';
import { HOVER_COMMANDS, renderDependencyHover } from './dependencyHover';
import { ManifestCache } from './manifestCache';

/** Files some locator reads; the provider still asks `locatorFor` before doing anything. */
const MANIFEST_SELECTOR: vscode.DocumentSelector = [
    { pattern: '**/package.json' },
    { pattern: '**/{Gemfile,gems.rb,*.gemspec}' },
    { pattern: '**/*.{txt,in}' },
    { pattern: '**/{pyproject.toml,Pipfile}' },
];

const SETTINGS = 'stackGuide.hover';

export function registerHovers(context: vscode.ExtensionContext, catalog: CatalogSource): void {
    const cache = new ManifestCache();
    const provider: vscode.HoverProvider = {
        async provideHover(document, position, token) {
            const settings = vscode.workspace.getConfiguration(SETTINGS, document);
            const locator = locatorFor(document.fileName);
            if (!locator || !settings.get<boolean>('enabled', true)) {
                return undefined;
            }
            const dependencies = cache.dependencies(document.uri.toString(), document.version, locator, () => document.getText());
            const offset = document.offsetAt(position);
            const dependency = dependencyAt(dependencies, offset);
            if (!dependency) {
                return undefined;
            }
            const loaded = await catalog.get();
            const entry = loaded.findPackage(dependency.registry, dependency.name);
            if (token.isCancellationRequested || (!entry && !settings.get<boolean>('showUnknownPackages', true))) {
                return undefined;
            }
            const markdown = new vscode.MarkdownString(
                renderDependencyHover({
                    dependency,
                    entry,
                    catalog: loaded,
                    constraint: dependency.constraint === undefined
                        ? undefined
                        : explainConstraint(dependency.registry, dependency.constraint, dependency.constraintSyntax),
                    markers: dependency.markers === undefined ? undefined : explainMarkers(dependency.markers),
                }),
                true,
            );
            markdown.isTrusted = { enabledCommands: [...HOVER_COMMANDS] };
            markdown.supportHtml = false;
            const constraintSpan = dependency.constraintSpan;
            const span = constraintSpan && offset >= constraintSpan.start ? constraintSpan : dependency.nameSpan;
            return new vscode.Hover(markdown, new vscode.Range(document.positionAt(span.start), document.positionAt(span.end)));
        },
    };
    context.subscriptions.push(
        vscode.languages.registerHoverProvider(MANIFEST_SELECTOR, provider),
        vscode.workspace.onDidCloseTextDocument((document) => cache.forget(document.uri.toString())),
    );
}
