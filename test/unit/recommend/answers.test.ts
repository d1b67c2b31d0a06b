import * as assert from 'node:assert/strict';
import { AnswersError, parseAnswers } from '../../../src/core/recommend/answers';
import { english } from '../../../src/core/text/l10n';

const LANGUAGES = ['javascript', 'python', 'ruby', 'typescript'];

function problem(input: unknown): string {
    try {
        parseAnswers(input, LANGUAGES, english);
    } catch (error) {
        assert.ok(error instanceof AnswersError);
        return error.message;
    }
    assert.fail(`${JSON.stringify(input)} was accepted`);
}

describe('recommendation answers', () => {
    it('accepts the three answers and fills in empty lists', () => {
        assert.deepEqual(parseAnswers({ useCase: 'realtime', knownLanguages: ['ruby'], priorities: ['time-to-market'] }, LANGUAGES, english), {
            useCase: 'realtime',
            knownLanguages: ['ruby'],
            priorities: ['time-to-market'],
        });
        assert.deepEqual(parseAnswers({ useCase: 'desktop' }, LANGUAGES, english), { useCase: 'desktop', knownLanguages: [], priorities: [] });
    });

    it('drops repeated ids, so two identical priorities count as one', () => {
        assert.deepEqual(parseAnswers({ useCase: 'rest-api', knownLanguages: ['ruby', 'ruby'], priorities: ['performance', 'performance'] }, LANGUAGES, english), {
            useCase: 'rest-api',
            knownLanguages: ['ruby'],
            priorities: ['performance'],
        });
    });

    it('explains each kind of bad answer in words a user can act on', () => {
        assert.match(problem(undefined), /must be an object \{ useCase, knownLanguages, priorities \}/);
        assert.match(problem('realtime'), /must be an object/);
        assert.match(problem({}), /"useCase" must be one of: rest-api, realtime/);
        assert.match(problem({ useCase: 'chat' }), /"useCase" must be one of/);
        assert.match(problem({ useCase: 'realtime', knownLanguages: ['rust'] }), /"knownLanguages" has "rust"; the catalog's languages are: javascript, python, ruby, typescript/);
        assert.match(problem({ useCase: 'realtime', knownLanguages: 'ruby' }), /"knownLanguages" must be an array/);
        assert.match(problem({ useCase: 'realtime', knownLanguages: [3] }), /"knownLanguages" has 3/);
        assert.match(problem({ useCase: 'realtime', priorities: ['speed'] }), /"priorities" has "speed"; expected: time-to-market/);
        assert.match(problem({ useCase: 'realtime', priorities: ['performance', 'scalability', 'ecosystem'] }), /at most 2/);
        assert.match(problem({ useCase: 'realtime', team: ['ruby'] }), /unexpected field\(s\): team/);
    });

    it('describes hostile values without repeating them at length or failing on them', () => {
        assert.match(problem([]), /must be an object/);
        assert.match(problem(null), /must be an object/);
        assert.match(problem({ useCase: 'realtime', knownLanguages: null }), /"knownLanguages" must be an array/);
        assert.match(problem({ useCase: 'realtime', priorities: 'performance' }), /"priorities" must be an array of priority ids/);
        assert.match(problem({ useCase: 'realtime', knownLanguages: [10n] }), /"knownLanguages" has a value of type bigint; language ids are strings/);
        assert.match(problem({ useCase: 'realtime', knownLanguages: [['ruby']] }), /"knownLanguages" has an array/);
        // eslint-disable-next-line no-sparse-arrays
        assert.match(problem({ useCase: 'realtime', priorities: [, 'performance'] }), /"priorities" has a value of type undefined/);
        const long = problem({ useCase: 'realtime', knownLanguages: ['x'.repeat(10_000)] });
        assert.match(long, /"knownLanguages" has "x{40}…";/);
        assert.ok(long.length < 300, long);
        assert.match(problem({ useCase: 'realtime', ['y'.repeat(10_000)]: 1 }), /unexpected field\(s\): y{40}…\.$/);
        assert.match(problem(JSON.parse('{"useCase": "realtime", "__proto__": {"priorities": []}}')), /unexpected field\(s\): __proto__/);
    });

    it('reports several problems at once', () => {
        const message = problem({ useCase: 'chat', priorities: ['speed'] });
        assert.match(message, /^Invalid recommendation answers: .*useCase.*; .*priorities/);
    });
});
