import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import type { RegistrySource } from '../registrySource';
import type { TeamSource } from '../team/teamSource';
import { lazy } from '../lazy';
import { showLoadingPage } from './loadingPage';
import { reportFailure, type Log } from '../log';
import { CommandIds, RECOMMEND_VIEW_TYPE } from '../../core/contributions';
import type * as RecommendCommand from './recommendCommand';
import type { RecommendController, RecommendTesting } from './recommendCommand';
import type { RankedStack } from '../../core/recommend/scoring';

/** The recommendation as other extensions and the integration tests see it. */
export interface RecommendApi {
    /** Ranks stacks for the answers without showing anything; rejects with an `AnswersError` for bad answers. */
    recommend(answers: unknown): Promise<RankedStack[]>;
}

/** What the registration gives the API: the public part, and what the tests may observe. */
export interface RecommendFeature extends RecommendApi {
    readonly testing: RecommendTesting;
}

/**
 * Registers `stackGuide.recommend` and the results panel's serializer; the questions, answer
 * checks, scoring and panel load on first use (dist/chunks/recommend.js), or when VS Code
 * restores a results panel after a reload.
 */
export function registerRecommend(context: vscode.ExtensionContext, catalog: CatalogSource, registry: RegistrySource, team: TeamSource, log: Log): RecommendFeature {
    const flow = (): Promise<typeof RecommendCommand> => import('./recommendCommand.js');
    let loaded: RecommendController | undefined;
    const controller = lazy(() =>
        flow().then(({ RecommendController: Controller }) => {
            loaded = new Controller(context, catalog, registry, team, log);
            context.subscriptions.push(loaded);
            return loaded;
        }),
    );
    context.subscriptions.push(
        vscode.commands.registerCommand(CommandIds.recommend, async (input?: unknown) => (await controller()).run(input)),
        vscode.window.registerWebviewPanelSerializer(RECOMMEND_VIEW_TYPE, {
            // VS Code mounts a restored panel's page only once this promise settles: the loading
            // page goes in first and the promise settles at once; the ranking follows.
            deserializeWebviewPanel: (panel, state: unknown) => {
                showLoadingPage(panel, context.extensionUri);
                void (async () => (await controller()).revive(panel, state))().catch((error: unknown) =>
                    reportFailure(log, 'restore the recommendations', error, (reason) => vscode.l10n.t('Stack Guide could not restore the recommendations: {0}', reason)),
                );
                return Promise.resolve();
            },
        }),
    );
    return {
        recommend: async (input) => (await flow()).recommendFor(catalog, registry, team, input),
        testing: {
            shown: () => loaded?.testing().shown(),
            asking: () => loaded?.testing().asking(),
            changeAnswers: async () => (await controller()).testing().changeAnswers(),
        },
    };
}
