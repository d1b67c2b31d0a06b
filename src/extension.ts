import type * as vscode from 'vscode';
import { createApi, type StackGuideApi } from './api';
import { registerCatalogInfo } from './host/catalogInfo';
import { CatalogSource } from './host/catalogSource';
import { registerEntryCommands } from './host/commands';
import { registerDiagnostics } from './host/diagnostics/registerDiagnostics';
import { registerCompare } from './host/compare/registerCompare';
import { registerDetails } from './host/details';
import { registerHovers } from './host/hover';
import { registerLockfiles } from './host/lockfiles/lockfileSource';
import { registerLog } from './host/log';
import { registerRecommend } from './host/recommend/registerRecommend';
import { RegistrySource } from './host/registrySource';
import { registerReview } from './host/review/registerReview';
import { registerTeam } from './host/team/registerTeam';
import { registerCatalogTree } from './host/tree/registerCatalogTree';
import { registerRadar } from './host/radar/registerRadar';
import { usageFromReview } from './host/radar/workspaceUsage';

/** Every disposable goes into context.subscriptions, so no deactivate() is needed. */
export function activate(context: vscode.ExtensionContext): StackGuideApi {
    // Nothing is read here: the catalog loads on the first feature that asks for it.
    const log = registerLog(context);
    const catalog = new CatalogSource(context.extensionUri, log);
    // Nor here: the registry indexes load on the first dependency that no curated entry describes.
    const registry = new RegistrySource(context.extensionUri, catalog, log);
    const details = registerDetails(context, catalog);
    registerEntryCommands(context, catalog, details);
    // Nor here: the team files are read on the first hover, diagnostic or sidebar view, or when one changes.
    const team = registerTeam(context, catalog, log);
    const tree = registerCatalogTree(context, catalog, team);
    const compare = registerCompare(context, catalog, tree, log, team);
    // Nor here: a manifest's lockfile is found and read on its first hover, or by a review.
    const lockfiles = registerLockfiles(context);
    registerHovers(context, catalog, registry, lockfiles, team);
    const recommend = registerRecommend(context, catalog, registry, team, log);
    const review = registerReview(context, catalog, registry, lockfiles, team, log);
    registerDiagnostics(context, catalog, registry, team, review, log);
    registerCatalogInfo(context, catalog, registry, team);
    const radar = registerRadar(context, catalog, team, () => {
        const last = review.lastReview();
        return last && usageFromReview(last);
    }, log);
    return createApi(context.extensionMode, { catalog, registry, compare, tree, recommend, review, details, radar });
}
