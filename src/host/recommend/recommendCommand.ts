import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import type { RegistrySource } from '../registrySource';
import type { RankLookup } from '../../core/registry/popularity';
import { AnswersError, parseAnswers } from '../../core/recommend/answers';
import { languageIds } from '../../core/recommend/questions';
import { rankStacks, type RankedStack } from '../../core/recommend/scoring';
import { reportFailure, type Log } from '../log';
import { runWizard } from './wizardUi';

/**
 * The registry's download ranks, for the ecosystem priority and the tie-break. Without the
 * index files the recommendation still works, on the catalog alone.
 */
async function ranksOf(registry: RegistrySource): Promise<RankLookup | undefined> {
    try {
        const tiers = await registry.get();
        return (registryName, name) => tiers.downloadRank(registryName, name);
    } catch {
        return undefined;
    }
}

/** Ranks stacks for the answers without showing anything; rejects with an `AnswersError` for bad answers. */
export async function recommendFor(catalog: CatalogSource, registry: RegistrySource, input: unknown): Promise<RankedStack[]> {
    const [loaded, ranks] = await Promise.all([catalog.get(), ranksOf(registry)]);
    return rankStacks(loaded, parseAnswers(input, languageIds(loaded)), { ranks });
}

function reportError(log: Log, error: unknown): void {
    if (error instanceof AnswersError) {
        // The caller's answers were wrong, not the extension: say which, log nothing.
        void vscode.window.showErrorMessage(`Stack Guide: ${error.message}`);
    } else {
        reportFailure(log, 'recommend a stack', error);
    }
}

/**
 * `stackGuide.recommend`. Without an argument it asks the three questions and shows the
 * ranking; with an answers object (keybindings, tests, other extensions) it only returns the
 * ranking, as the API does. Bad answers give an error message, never a stack trace.
 */
export async function runRecommendCommand(catalog: CatalogSource, registry: RegistrySource, log: Log, input: unknown): Promise<RankedStack[] | undefined> {
    try {
        if (input !== undefined) {
            return await recommendFor(catalog, registry, input);
        }
        const [loaded, ranks] = await Promise.all([catalog.get(), ranksOf(registry)]);
        return await runWizard(loaded, ranks);
    } catch (error) {
        reportError(log, error);
        return undefined;
    }
}
