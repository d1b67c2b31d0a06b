import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import type { RegistrySource } from '../registrySource';
import type { Log } from '../log';
import { CommandIds } from '../../core/contributions';
import type * as RecommendCommand from './recommendCommand';
import type { RankedStack } from '../../core/recommend/scoring';

/** The recommendation as other extensions and the integration tests see it. */
export interface RecommendApi {
    /** Ranks stacks for the answers without showing anything; rejects with an `AnswersError` for bad answers. */
    recommend(answers: unknown): Promise<RankedStack[]>;
}

/** Registers `stackGuide.recommend`; its questions, answer checks and scoring load on first use (dist/chunks/recommend.js). */
export function registerRecommend(context: vscode.ExtensionContext, catalog: CatalogSource, registry: RegistrySource, log: Log): RecommendApi {
    const flow = (): Promise<typeof RecommendCommand> => import('./recommendCommand.js');
    context.subscriptions.push(
        vscode.commands.registerCommand(CommandIds.recommend, async (input?: unknown) => (await flow()).runRecommendCommand(catalog, registry, log, input)),
    );
    return { recommend: async (input) => (await flow()).recommendFor(catalog, registry, input) };
}
