import type * as vscode from 'vscode';
import { createCatalogApi, type StackGuideApi } from './api';
import { CatalogSource } from './catalog/catalogSource';
import { registerEntryCommands } from './commands/entryCommands';
import { registerCompare } from './compare/registerCompare';
import { registerDetails } from './details/registerDetails';
import { registerHovers } from './hover/registerHovers';
import { registerRecommend } from './recommend/registerRecommend';
import { registerReview } from './review/registerReview';
import { registerCatalogTree } from './tree/registerCatalogTree';

/** Every disposable goes into context.subscriptions, so no deactivate() is needed. */
export function activate(context: vscode.ExtensionContext): StackGuideApi {
    // Nothing is read here: the catalog loads on the first feature that asks for it.
    const catalog = new CatalogSource(context.extensionPath);
    registerEntryCommands(context, catalog);
    registerDetails(context, catalog);
    const compare = registerCompare(context, catalog);
    const tree = registerCatalogTree(context, catalog, compare);
    registerHovers(context, catalog);
    return {
        catalog: createCatalogApi(catalog),
        tree,
        compare: { open: compare.open, state: compare.state },
        ...registerRecommend(context, catalog),
        ...registerReview(context, catalog),
    };
}
