import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import type { CatalogSource } from '../catalogSource';
import type { RegistrySource } from '../registrySource';
import type { RankLookup } from '../../core/registry/popularity';
import type { TeamSource } from '../team/teamSource';
import { AnswersError, parseAnswers, type Answers } from '../../core/recommend/answers';
import { parseRecommendState } from '../../core/recommend/protocol';
import { languageIds } from '../../core/recommend/questions';
import { rankStacks, type RankedStack, type RankOptions } from '../../core/recommend/scoring';
import { wizardStartFrom, type Question, type QuestionStep } from '../../core/recommend/wizard';
import { reportFailure, type Log } from '../log';
import { AnswersMemory } from './answersMemory';
import { ResultsPanel } from './resultsPanel';
import { runWizard } from './wizardUi';
import { workspaceLanguages } from './workspaceLanguages';

/** What the integration tests observe of the recommendation; never part of a release's contract. */
export interface RecommendTesting {
    /** The results panel's title and the stacks it shows, or undefined while it is closed. */
    shown(): { title: string; stacks: readonly RankedStack[] } | undefined;
    /** The question on screen and the values ticked when it opened, or undefined. */
    asking(): { step: QuestionStep; chosen: readonly string[] } | undefined;
    /** Does what the page's "Change answers" does; resolves when the questions end. */
    changeAnswers(): Promise<void>;
}

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

/** What ranking reads besides the catalog: the download ranks, and the team radar's rings. */
async function rankOptions(registry: RegistrySource, team: TeamSource): Promise<RankOptions> {
    const [ranks, rings] = await Promise.all([ranksOf(registry), team.get()]);
    return { ...(ranks ? { ranks } : {}), team: rings };
}

/** Ranks stacks for the answers without showing anything; rejects with an `AnswersError` for bad answers. */
export async function recommendFor(catalog: CatalogSource, registry: RegistrySource, team: TeamSource, input: unknown): Promise<RankedStack[]> {
    const [loaded, options] = await Promise.all([catalog.get(), rankOptions(registry, team)]);
    return rankStacks(loaded, parseAnswers(input, languageIds(loaded), vscode.l10n), options);
}

function reportError(log: Log, error: unknown): void {
    if (error instanceof AnswersError) {
        // The caller's answers were wrong, not the extension: say which, log nothing.
        void vscode.window.showErrorMessage(`Stack Guide: ${error.message}`);
    } else {
        reportFailure(log, 'recommend a stack', error, (reason) => vscode.l10n.t('Stack Guide could not recommend a stack: {0}', reason));
    }
}

/**
 * `stackGuide.recommend` and the results panel: asks the questions (from the last answers, or
 * with the workspace's languages ticked), ranks, shows the ranking in the panel and remembers
 * the answers. Each ranking is recomputed from answers, which is pure and fast, so a restored
 * panel needs only the answers it showed.
 */
export class RecommendController implements vscode.Disposable {
    private readonly panel: ResultsPanel;
    private readonly memory: AnswersMemory;
    private question: Question | undefined;

    constructor(
        context: vscode.ExtensionContext,
        private readonly catalog: CatalogSource,
        private readonly registry: RegistrySource,
        private readonly team: TeamSource,
        private readonly log: Log,
    ) {
        this.memory = new AnswersMemory(context);
        this.panel = new ResultsPanel(context.extensionUri, log, (from) => this.reporting(() => this.ask(from)).then(() => undefined));
    }

    /**
     * The command. Without an argument it asks the questions; with an answers object
     * (keybindings, tests, other extensions) it shows their ranking at once. Either way it
     * resolves with the ranking shown; bad answers give an error message, never a stack trace.
     */
    run(input: unknown): Promise<RankedStack[] | undefined> {
        return this.reporting(async () => {
            if (input === undefined) {
                return this.ask(undefined);
            }
            const [catalog, options] = await this.load();
            return this.showFor(parseAnswers(input, languageIds(catalog), vscode.l10n), catalog, options);
        });
    }

    /** Shows the ranking of the answers a panel restored after a reload kept, or the last remembered ones. */
    async revive(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const [catalog, options] = await this.load();
        const ids = languageIds(catalog);
        let answers: Answers | undefined;
        try {
            answers = parseAnswers(parseRecommendState(state)?.answers, ids, vscode.l10n);
        } catch {
            answers = this.memory.recall(ids);
        }
        if (answers === undefined) {
            panel.dispose();
            return;
        }
        this.panel.adopt(panel, { answers, stacks: rankStacks(catalog, answers, options) }, catalog);
    }

    testing(): RecommendTesting {
        return {
            shown: () => {
                const current = this.panel.current();
                return current && { title: current.title, stacks: current.stacks };
            },
            asking: () => this.question && { step: this.question.step, chosen: this.question.chosen },
            changeAnswers: async () => {
                await this.reporting(() => this.ask(this.panel.current()?.answers));
            },
        };
    }

    dispose(): void {
        this.panel.dispose();
    }

    private load(): Promise<[Catalog, RankOptions]> {
        return Promise.all([this.catalog.get(), rankOptions(this.registry, this.team)]);
    }

    private async reporting<T>(work: () => Promise<T>): Promise<T | undefined> {
        try {
            return await work();
        } catch (error) {
            reportError(this.log, error);
            return undefined;
        }
    }

    /** The questions from `from` (else the remembered answers, else the workspace's languages), then the ranking. */
    private async ask(from: Answers | undefined): Promise<RankedStack[] | undefined> {
        const [catalog, options] = await this.load();
        const ids = languageIds(catalog);
        const previous = from ?? this.memory.recall(ids);
        const start = wizardStartFrom(previous, previous ? [] : await workspaceLanguages(ids));
        const answers = await runWizard(catalog, start, (question) => {
            this.question = question;
        });
        return answers && this.showFor(answers, catalog, options);
    }

    private showFor(answers: Answers, catalog: Catalog, options: RankOptions): RankedStack[] {
        const stacks = rankStacks(catalog, answers, options);
        this.panel.show({ answers, stacks }, catalog);
        this.memory.remember(answers).then(undefined, (error: unknown) => reportFailure(this.log, 'remember the recommendation answers', error, (reason) =>
                vscode.l10n.t('Stack Guide could not remember the recommendation answers: {0}', reason),
            ));
        return stacks;
    }
}
