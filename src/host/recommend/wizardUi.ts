import type { Catalog } from '../../core/catalog/catalog';
import type { Answers } from '../../core/recommend/answers';
import { answerProblem, next, QUESTION_COUNT, selectionProblem, wizardView, type Question, type WizardEvent, type WizardState } from '../../core/recommend/wizard';
import * as vscode from 'vscode';
import { runQuickPick } from '../ui/quickPick';

/** Asks one question; undefined when the user dismisses it. */
async function ask(question: Question): Promise<WizardEvent | undefined> {
    const items = question.choices.map((choice) => ({ ...choice }));
    const outcome = await runQuickPick({
        title: vscode.l10n.t('Recommend a Stack'),
        placeholder: question.placeholder,
        items,
        selected: items.filter((item) => question.chosen.includes(item.value)),
        canSelectMany: question.many,
        step: { number: question.number, total: QUESTION_COUNT },
        back: question.number > 1,
        ignoreFocusOut: true,
        selectionProblem: (selected) => selectionProblem(question, selected.length, vscode.l10n),
        acceptProblem: (chosen) => answerProblem(question, chosen.length, vscode.l10n),
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
 * Asks the three questions from `start` (earlier answers are shown ticked) until they are all
 * answered, with Back keeping every answer. Resolves with the answers, or undefined when the
 * user leaves. `onQuestion` is told each question as it is shown, and undefined at the end.
 */
export async function runWizard(catalog: Catalog, start: WizardState, onQuestion?: (question: Question | undefined) => void): Promise<Answers | undefined> {
    let state = start;
    try {
        for (;;) {
            const view = wizardView(state, catalog, vscode.l10n);
            if (view.kind === 'results') {
                return view.answers;
            }
            onQuestion?.(view.question);
            const event = await ask(view.question);
            if (event === undefined) {
                return undefined;
            }
            state = next(state, event, catalog);
        }
    } finally {
        onQuestion?.(undefined);
    }
}
