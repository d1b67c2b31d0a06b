/**
 * The recommendation wizard as a state machine, independent of VS Code: three questions, then
 * the ranking. The host shows the step the state is at and feeds back what the user did; every
 * rule about order, Back and what a valid answer is lives here.
 */
import type { Catalog } from '../catalog/catalog';
import { USE_CASES, type UseCase } from '../catalog/vocabulary';
import { english, type L10n } from '../text/l10n';
import { MAX_PRIORITIES, PRIORITIES, type Answers, type Priority } from './answers';
import { languageChoices, priorityChoices, useCaseChoices, type Choice } from './questions';

export type QuestionStep = 'useCase' | 'languages' | 'priorities';
export type WizardStep = QuestionStep | 'results';

const ORDER: readonly WizardStep[] = ['useCase', 'languages', 'priorities', 'results'];

/** The number of questions before the ranking, for the QuickPick's "2/3". */
export const QUESTION_COUNT = ORDER.length - 1;

export interface WizardState {
    readonly step: WizardStep;
    readonly useCase: UseCase | undefined;
    readonly knownLanguages: readonly string[];
    readonly priorities: readonly Priority[];
}

/** What the user did at a question: chose these values, or pressed Back. Back at the results returns to the priorities. */
export type WizardEvent = { readonly type: 'answer'; readonly values: readonly string[] } | { readonly type: 'back' };

export interface Question {
    readonly step: QuestionStep;
    /** 1-based position among the questions. */
    readonly number: number;
    readonly placeholder: string;
    readonly choices: readonly Choice[];
    /** The values answered before, shown ticked (or highlighted, for a single choice) on return. */
    readonly chosen: readonly string[];
    /** Whether several choices may be ticked. */
    readonly many: boolean;
    readonly min: number;
    readonly max: number;
}

/** What the host shows for a state: a question, or the ranking for complete answers. */
export type WizardView = { readonly kind: 'question'; readonly question: Question } | { readonly kind: 'results'; readonly answers: Answers };

export const WIZARD_START: WizardState = { step: 'useCase', useCase: undefined, knownLanguages: [], priorities: [] };

function question(state: WizardState, step: QuestionStep, catalog: Catalog, l10n: L10n): Question {
    const number = ORDER.indexOf(step) + 1;
    switch (step) {
        case 'useCase': {
            const placeholder = l10n.t('What are you building?');
            return { step, number, placeholder, choices: useCaseChoices(l10n), chosen: state.useCase ? [state.useCase] : [], many: false, min: 1, max: 1 };
        }
        case 'languages': {
            const choices = languageChoices(catalog, l10n);
            const placeholder = l10n.t('Which languages does the team know? Tick any, or none');
            return { step, number, placeholder, choices, chosen: state.knownLanguages, many: true, min: 0, max: choices.length };
        }
        case 'priorities': {
            const placeholder = l10n.t('What matters most? Choose one or two');
            return { step, number, placeholder, choices: priorityChoices(l10n), chosen: state.priorities, many: true, min: 1, max: MAX_PRIORITIES };
        }
    }
}

/** The question or the results for a state; the questions in the display language. */
export function wizardView(state: WizardState, catalog: Catalog, l10n: L10n): WizardView {
    // Without a use case nothing can be ranked, so that question comes first whatever the step.
    if (state.useCase === undefined) {
        return { kind: 'question', question: question(state, 'useCase', catalog, l10n) };
    }
    if (state.step === 'results') {
        return { kind: 'results', answers: { useCase: state.useCase, knownLanguages: [...state.knownLanguages], priorities: [...state.priorities] } };
    }
    return { kind: 'question', question: question(state, state.step, catalog, l10n) };
}

/** Ticking more than the question allows is refused as it happens, with this message. */
export function selectionProblem(question: Question, count: number, l10n: L10n): string | undefined {
    return count > question.max ? l10n.t('Choose at most {0}.', question.max) : undefined;
}

/** Why the chosen values cannot be the answer, or undefined when they can. */
export function answerProblem(question: Question, count: number, l10n: L10n): string | undefined {
    return count < question.min ? l10n.t('Choose at least one.') : selectionProblem(question, count, l10n);
}

const accepts = (question: Question, count: number): boolean => count >= question.min && count <= question.max;

export const canGoBack = (step: WizardStep): boolean => step !== 'useCase';

function record(state: WizardState, step: QuestionStep, values: readonly string[]): WizardState {
    switch (step) {
        case 'useCase':
            return { ...state, useCase: USE_CASES.find((useCase) => useCase === values[0]) };
        case 'languages':
            return { ...state, knownLanguages: [...values] };
        case 'priorities':
            return { ...state, priorities: values.filter((value): value is Priority => (PRIORITIES as readonly string[]).includes(value)) };
    }
}

/**
 * The state after the event. An answer is kept and the wizard moves on; Back keeps every answer
 * and moves one step back. An answer the question does not accept leaves the state as it was.
 */
export function next(state: WizardState, event: WizardEvent, catalog: Catalog): WizardState {
    // Only the step, the values offered and the limits are read here, never the words.
    const view = wizardView(state, catalog, english);
    const at = view.kind === 'question' ? view.question.step : 'results';
    const index = ORDER.indexOf(at);
    if (event.type === 'back') {
        return canGoBack(at) ? { ...state, step: ORDER[index - 1]! } : state;
    }
    if (view.kind !== 'question') {
        return state;
    }
    const offered = new Set(view.question.choices.map((choice) => choice.value));
    const values = [...new Set(event.values)];
    if (!accepts(view.question, values.length) || !values.every((value) => offered.has(value))) {
        return state;
    }
    return { ...record(state, view.question.step, values), step: ORDER[index + 1]! };
}

/**
 * Where the questions start: from the answers shown last, each ticked again, or else with the
 * workspace's own languages ticked. Either way at the first question, so every answer is seen.
 */
export function wizardStartFrom(previous: Answers | undefined, workspaceLanguages: readonly string[]): WizardState {
    return previous
        ? { step: 'useCase', useCase: previous.useCase, knownLanguages: [...previous.knownLanguages], priorities: [...previous.priorities] }
        : { ...WIZARD_START, knownLanguages: [...workspaceLanguages] };
}
