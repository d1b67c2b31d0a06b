import type { Catalog } from '../../core/catalog/catalog';
import type { RankLookup } from '../../core/registry/popularity';
import { rankStacks, type RankedStack } from '../../core/recommend/scoring';
import { answerProblem, next, QUESTION_COUNT, selectionProblem, WIZARD_START, wizardView, type Question, type WizardEvent } from '../../core/recommend/wizard';
import { runQuickPick } from '../ui/quickPick';
import { RECOMMEND_TITLE, showResults } from './resultsUi';

/** Asks one question; undefined when the user dismisses it. */
async function ask(question: Question): Promise<WizardEvent | undefined> {
    const items = question.choices.map((choice) => ({ ...choice }));
    const outcome = await runQuickPick({
        title: RECOMMEND_TITLE,
        placeholder: question.placeholder,
        items,
        selected: items.filter((item) => question.chosen.includes(item.value)),
        canSelectMany: question.many,
        step: { number: question.number, total: QUESTION_COUNT },
        back: question.number > 1,
        ignoreFocusOut: true,
        selectionProblem: (selected) => selectionProblem(question, selected.length),
        acceptProblem: (chosen) => answerProblem(question, chosen.length),
    });
    switch (outcome.type) {
        case 'accepted':
            return { type: 'answer', values: outcome.items.map((item) => item.value) };
        case 'back':
            return { type: 'back' };
        default:
            return undefined;
    }
}

/**
 * Shows whatever step the wizard is at until the user leaves: the three questions, then the
 * ranking, whose Back returns to the priorities with every answer kept. Resolves with the last
 * ranking shown, or undefined when the user left before seeing one.
 */
export async function runWizard(catalog: Catalog, ranks: RankLookup | undefined): Promise<RankedStack[] | undefined> {
    let state = WIZARD_START;
    let shown: RankedStack[] | undefined;
    for (;;) {
        const view = wizardView(state, catalog);
        let event: WizardEvent | undefined;
        if (view.kind === 'question') {
            event = await ask(view.question);
        } else {
            // Ranking is pure and fast, so it is simply recomputed after every change of answers.
            shown = rankStacks(catalog, view.answers, { ranks });
            event = (await showResults(catalog, view.answers, shown)) === 'back' ? { type: 'back' } : undefined;
        }
        if (event === undefined) {
            return shown;
        }
        state = next(state, event, catalog);
    }
}
