import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/core/contributions';
import type { RankedStack } from '../../src/core/recommend/scoring';
import { activateExtension } from './helpers';

const recommend = (answers: unknown): Thenable<RankedStack[] | undefined> => vscode.commands.executeCommand<RankedStack[] | undefined>(CommandIds.recommend, answers);

describe('Recommend a Stack in a real VS Code', () => {
    before(async () => {
        await activateExtension();
    });

    it('skips the questions and returns the ranked list when given answers', async () => {
        const stacks = await recommend({ useCase: 'realtime', knownLanguages: [], priorities: [] });
        assert.ok(stacks, 'no ranking returned');
        assert.equal(stacks.length, 3);
        assert.equal(stacks[0]?.runtime, 'nodejs');
        for (const stack of stacks) {
            assert.equal(typeof stack.language, 'string');
            assert.equal(typeof stack.framework, 'string');
            assert.ok(Array.isArray(stack.libraries));
            assert.equal(stack.score, stack.reasons.reduce((sum, reason) => sum + reason.points, 0));
            for (const reason of stack.reasons) {
                assert.ok(reason.text.length > 0);
                assert.ok(reason.polarity === 'plus' || reason.polarity === 'minus');
            }
        }
    });

    it('puts Ruby on Rails first for e-commerce when the team knows Ruby', async () => {
        const stacks = await recommend({ useCase: 'e-commerce', knownLanguages: ['ruby'], priorities: ['time-to-market'] });
        assert.equal(stacks?.[0]?.framework, 'rails');
        assert.ok(stacks[0].reasons.some((reason) => reason.text === 'the team knows Ruby'));
    });

    it('recommends Electron, never a backend framework, for a desktop app', async () => {
        const stacks = await recommend({ useCase: 'desktop' });
        assert.ok(stacks);
        assert.ok(stacks.some((stack) => stack.framework === 'electron'));
        assert.ok(!stacks.some((stack) => ['express', 'django', 'rails'].includes(stack.framework)));
    });

    it('answers bad arguments with an error message instead of throwing', async () => {
        assert.equal(await recommend({ useCase: 'chat' }), undefined);
        assert.equal(await recommend({ useCase: 'realtime', knownLanguages: ['cobol'] }), undefined);
        assert.equal(await recommend('realtime'), undefined);
    });

    it('gives other extensions the same ranking through its API, and rejects bad answers clearly', async () => {
        const api = await activateExtension();
        const answers = { useCase: 'data-ml', knownLanguages: ['python'], priorities: ['ecosystem'] };
        const fromApi = await api.recommend(answers);
        assert.deepEqual(fromApi, await recommend(answers));
        assert.equal(fromApi[0]?.language, 'python');
        await assert.rejects(api.recommend({ useCase: 'chat' }), /Invalid recommendation answers: "useCase" must be one of/);
    });
});
