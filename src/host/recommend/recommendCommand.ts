import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { AnswersError, parseAnswers } from '../../core/recommend/answers';
import { languageIds } from '../../core/recommend/questions';
import { rankStacks, type RankedStack } from '../../core/recommend/scoring';
import { errorText } from '../../core/text/errors';
import { runWizard } from './wizardUi';

/** Ranks stacks for the answers without showing anything; rejects with an `AnswersError` for bad answers. */
export async function recommendFor(catalog: CatalogSource, input: unknown): Promise<RankedStack[]> {
    const loaded = await catalog.get();
    return rankStacks(loaded, parseAnswers(input, languageIds(loaded)));
}

function reportError(error: unknown): void {
    const message = error instanceof AnswersError ? `Stack Guide: ${error.message}` : `Stack Guide could not recommend a stack: ${errorText(error)}`;
    void vscode.window.showErrorMessage(message);
}

/**
 * `stackGuide.recommend`. Without an argument it asks the three questions and shows the
 * ranking; with an answers object (keybindings, tests, other extensions) it only returns the
 * ranking, as the API does. Bad answers give an error message, never a stack trace.
 */
export async function runRecommendCommand(catalog: CatalogSource, input: unknown): Promise<RankedStack[] | undefined> {
    try {
        return input === undefined ? await runWizard(await catalog.get()) : await recommendFor(catalog, input);
    } catch (error) {
        reportError(error);
        return undefined;
    }
}
