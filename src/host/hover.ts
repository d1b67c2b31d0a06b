import * as vscode from 'vscode';
import type { CatalogSource } from './catalogSource';
import { lazy } from './lazy';
import type { RegistrySource } from './registrySource';
import type { LockfileSource } from './lockfiles/lockfileSource';
import type { TeamSource } from './team/teamSource';
import { HOVER_COMMANDS, HOVER_ENABLED_SETTING, HOVER_UNKNOWN_PACKAGES_SETTING } from '../core/contributions';
import type { DependencyHoverService, HoverAnswer, HoverRequest } from '../core/hover/hoverService';
import { MANIFEST_NAMES, manifestFormatOf } from '../core/manifests/manifestFiles';

/** Exactly the files some format reads: the same list as the review's glob and each format's matches(). */
const MANIFEST_SELECTOR: vscode.DocumentSelector = MANIFEST_NAMES.map((name) => ({ pattern: `**/${name}` }));

/**
 * How long a hover waits for the manifest's lockfile on its first read; past it the hover says
 * the lockfile is still being read, and the next hover has it. Keeps the first hover within a
 * second even on a lockfile of tens of MB.
 */
const LOCK_DEADLINE_MS = 700;

/**
 * Asks the service once without the registry data; only a dependency without a curated entry
 * makes it say NEEDS_REGISTRY, and only then are the indexes loaded and the question asked again.
 */
async function answerHover(
    hovers: DependencyHoverService,
    request: HoverRequest,
    registry: RegistrySource,
    token: vscode.CancellationToken,
): Promise<HoverAnswer | undefined> {
    const first = hovers.hover({ ...request, registry: registry.current() });
    if (first !== 'needs-registry') {
        return first;
    }
    const loaded = await registry.get().catch(() => undefined);
    if (token.isCancellationRequested) {
        return undefined;
    }
    // Without the data (a failed read) the hover still names the package and explains its constraint.
    const second = hovers.hover({ ...request, registry: loaded ?? { describe: () => undefined, typosquat: () => undefined, list: () => undefined } });
    return second === 'needs-registry' ? undefined : second;
}

export function registerHovers(context: vscode.ExtensionContext, catalog: CatalogSource, registry: RegistrySource, lockfiles: LockfileSource, team?: TeamSource): void {
    // The parsers, explainers and catalog load on the first hover, not at activation.
    let service: DependencyHoverService | undefined;
    const loadService = lazy(() =>
        Promise.all([import('../core/hover/hoverService.js'), catalog.get()]).then(
            ([module, loaded]) => (service = new module.DependencyHoverService(loaded, vscode.l10n)),
        ),
    );

    const provider: vscode.HoverProvider = {
        async provideHover(document, position, token) {
            // The name decides first, so that no other file loads the parsers and the catalog.
            if (manifestFormatOf(document.fileName) === undefined) {
                return undefined;
            }
            const settings = vscode.workspace.getConfiguration(undefined, document);
            if (!settings.get<boolean>(HOVER_ENABLED_SETTING, true)) {
                return undefined;
            }
            // The lockfile is read while the service loads; a failed read leaves the hover without its line.
            const [hovers, lock, teamData] = await Promise.all([loadService(), lockfiles.forHover(document.uri, LOCK_DEADLINE_MS).catch(() => undefined), team?.get()]);
            if (token.isCancellationRequested) {
                return undefined;
            }
            const request: HoverRequest = {
                key: document.uri.toString(),
                manifestUri: document.uri.toString(),
                version: document.version,
                fileName: document.fileName,
                offset: document.offsetAt(position),
                text: () => document.getText(),
                showUnknownPackages: settings.get<boolean>(HOVER_UNKNOWN_PACKAGES_SETTING, true),
                ...(lock === undefined ? {} : { lock }),
                ...(teamData === undefined ? {} : { team: teamData }),
            };
            const answer = await answerHover(hovers, request, registry, token);
            if (!answer || token.isCancellationRequested) {
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
