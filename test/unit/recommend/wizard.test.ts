import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { languageChoices, languageIds } from '../../../src/core/recommend/questions';
import {
    answerProblem,
    next,
    selectionProblem,
    WIZARD_START,
    wizardStartFrom,
    wizardView,
    type Question,
    type WizardEvent,
    type WizardState,
    type WizardView,
} from '../../../src/core/recommend/wizard';
import { english } from '../../../src/core/text/l10n';
import { makeEntry } from '../catalog/entryBuilder';

const catalog = new Catalog([
    makeEntry({ id: 'typescript', name: 'TypeScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'javascript', name: 'JavaScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'python', name: 'Python', kind: 'language', category: 'language', ecosystem: 'python' }),
    makeEntry({ id: 'nodejs', name: 'Node.js', kind: 'runtime', category: 'runtime', languages: ['javascript', 'typescript'] }),
    makeEntry({ id: 'deno', name: 'Deno', kind: 'runtime', category: 'runtime', languages: ['typescript'] }),
    makeEntry({ id: 'express', name: 'Express', kind: 'framework', category: 'web-framework' }),
]);

const answer = (...values: string[]): WizardEvent => ({ type: 'answer', values });
const back: WizardEvent = { type: 'back' };

/** Plays the events from the start, as a user would click through. */
function play(...events: WizardEvent[]): WizardState {
    return events.reduce((state, event) => next(state, event, catalog), WIZARD_START);
}

function questionOf(view: WizardView): Question {
    assert.equal(view.kind, 'question', 'expected a question, got the results');
    return view.question;
}

/** What the user sees at a state: "2 languages [python]" or "results realtime [python] [performance]". */
function seen(state: WizardState): string {
    const view = wizardView(state, catalog, english);
    if (view.kind === 'results') {
        return `results ${view.answers.useCase} [${view.answers.knownLanguages.join(',')}] [${view.answers.priorities.join(',')}]`;
    }
    const { question } = view;
    return `${question.number} ${question.step} [${question.chosen.join(',')}]`;
}

describe('recommendation wizard', () => {
    it('asks the use case, the languages and the priorities, then shows the ranking', () => {
        const steps = [WIZARD_START, play(answer('realtime')), play(answer('realtime'), answer('python')), play(answer('realtime'), answer('python'), answer('performance'))];
        assert.deepEqual(steps.map(seen), ['1 useCase []', '2 languages []', '3 priorities []', 'results realtime [python] [performance]']);
    });

    it('keeps every answer on Back and shows it again on the way forward', () => {
        const atResults = play(answer('realtime'), answer('python', 'typescript'), answer('ecosystem', 'performance'));
        const backs: string[] = [];
        let state = atResults;
        for (let press = 0; press < 4; press++) {
            state = next(state, back, catalog);
            backs.push(seen(state));
        }
        assert.deepEqual(backs, ['3 priorities [ecosystem,performance]', '2 languages [python,typescript]', '1 useCase [realtime]', '1 useCase [realtime]']);
        assert.equal(seen(play(answer('realtime'), answer(), back, back, answer('rest-api'), answer('javascript'), answer('low-ops'))), 'results rest-api [javascript] [low-ops]');
    });

    it('keeps the order in which the priorities were chosen', () => {
        assert.equal(seen(play(answer('rest-api'), answer(), answer('type-safety', 'performance'))), 'results rest-api [] [type-safety,performance]');
    });

    it('refuses an answer the question does not accept, and stays where it was', () => {
        const atPriorities = play(answer('rest-api'), answer());
        const refused: [WizardState, WizardEvent][] = [
            [WIZARD_START, answer()],
            [WIZARD_START, answer('chat')],
            [WIZARD_START, answer('rest-api', 'realtime')],
            [play(answer('rest-api')), answer('cobol')],
            [atPriorities, answer()],
            [atPriorities, answer('performance', 'ecosystem', 'low-ops')],
            [atPriorities, answer('speed')],
        ];
        for (const [state, event] of refused) {
            assert.equal(next(state, event, catalog), state, JSON.stringify(event));
        }
        assert.equal(seen(next(atPriorities, answer('low-ops', 'low-ops'), catalog)), 'results rest-api [] [low-ops]');
    });

    it('tells the user how many choices a question takes', () => {
        const [useCase, languages, priorities] = [WIZARD_START, play(answer('rest-api')), play(answer('rest-api'), answer())].map((state) => questionOf(wizardView(state, catalog, english)));
        assert.deepEqual(
            [useCase!, languages!, priorities!].map((question) => [question.many, answerProblem(question, 0, english), answerProblem(question, 1, english), answerProblem(question, 3, english)]),
            [
                [false, 'Choose at least one.', undefined, 'Choose at most 1.'],
                [true, undefined, undefined, undefined],
                [true, 'Choose at least one.', undefined, 'Choose at most 2.'],
            ],
        );
        assert.equal(selectionProblem(priorities!, 0, english), undefined, 'an empty selection is fine while choosing');
        assert.equal(selectionProblem(priorities!, 3, english), 'Choose at most 2.');
    });

    it('offers the catalog languages by name, each with the runtimes it runs on', () => {
        assert.deepEqual(languageIds(catalog), ['javascript', 'python', 'typescript']);
        assert.deepEqual(
            languageChoices(catalog, english).map((choice) => `${choice.label}: ${choice.description ?? '-'}`),
            ['JavaScript: runs on Node.js', 'Python: -', 'TypeScript: runs on Node.js, Deno'],
        );
    });

    it('starts again from the answers shown, every one ticked, at the first question', () => {
        const start = wizardStartFrom({ useCase: 'realtime', knownLanguages: ['python'], priorities: ['performance'] }, ['typescript']);
        assert.equal(seen(start), '1 useCase [realtime]');
        assert.equal(seen(next(start, answer('realtime'), catalog)), '2 languages [python]');
        const accepted = [answer('realtime'), answer('python'), answer('performance')].reduce((state, event) => next(state, event, catalog), start);
        assert.equal(seen(accepted), 'results realtime [python] [performance]');
    });

    it('ticks the workspace languages when there are no earlier answers', () => {
        const start = wizardStartFrom(undefined, ['python', 'typescript']);
        assert.equal(seen(start), '1 useCase []');
        assert.equal(seen(next(start, answer('rest-api'), catalog)), '2 languages [python,typescript]');
    });
});
