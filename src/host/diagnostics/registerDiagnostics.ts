import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { reportFailure, type Log } from '../log';
import type { RegistrySource } from '../registrySource';
import type { ReviewApi } from '../review/registerReview';
import type { TeamSource } from '../team/teamSource';
import { CommandIds } from '../../core/contributions';
import { MANIFEST_NAMES } from '../../core/manifests/manifestFiles';
import { ManifestDiagnostics } from './manifestDiagnostics';
import { DiagnosticQuickFixes, ignorePackage } from './quickFixes';

/**
 * Registers the manifest diagnostics and their quick fixes. Nothing is computed at activation:
 * the first manifest opened loads the parsers and the catalog; a review covers the rest.
 */
export function registerDiagnostics(context: vscode.ExtensionContext, catalog: CatalogSource, registry: RegistrySource, team: TeamSource, review: ReviewApi, log: Log): void {
    const diagnostics = new ManifestDiagnostics(catalog, registry, team, log);
    const selector: vscode.DocumentSelector = MANIFEST_NAMES.map((name) => ({ pattern: `**/${name}` }));
    context.subscriptions.push(
        diagnostics,
        vscode.languages.registerCodeActionsProvider(selector, new DiagnosticQuickFixes(diagnostics), DiagnosticQuickFixes.metadata),
        vscode.commands.registerCommand(CommandIds.ignoreDiagnostic, (key: unknown) => ignorePackage(key).catch((error: unknown) => reportFailure(log, 'ignore the package', error, (reason) => vscode.l10n.t('Stack Guide could not ignore the package: {0}', reason)))),
        review.onDidReview((result) => {
            diagnostics.coverReviewed(result.manifests.map((manifest) => manifest.uri)).catch((error: unknown) => log.error('Could not cover the reviewed manifests with diagnostics:', error));
        }),
    );
}
