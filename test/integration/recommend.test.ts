import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds, RECOMMEND_VIEW_TYPE } from '../../src/core/contributions';
import type { RankedStack } from '../../src/core/recommend/scoring';
import { activateExtension, type TestedApi } from './helpers';

const recommend = (answers: unknown): Thenable<RankedStack[] | undefined> => vscode.commands.executeCommand<RankedStack[] | undefined>(CommandIds.recommend, answers);

/** The open tabs of the recommendations editor. */
function resultTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(RECOMMEND_VIEW_TYPE));
}

/** Polls until `done` holds; the host applies UI changes between our awaits. */
async function waitUntil(what: string, done: () => boolean, timeoutMs = 10_000): Promise<void> {
    for (let waited = 0; !done(); waited += 20) {
        if (waited >= timeoutMs) {
            assert.fail(`timed out waiting until ${what}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

const shownStacks = (api: TestedApi): string[] | undefined => api.testing.recommend.shown()?.stacks.map((stack) => `${stack.framework}/${stack.language}`);

describe('Recommend a Stack in a real VS Code', () => {
    let api: TestedApi;

    before(async () => {
        api = await activateExtension();
    });

    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('shows the ranking in one reused "Stack Guide: Recommendations" editor', async () => {
        const stacks = await recommend({ useCase: 'realtime', knownLanguages: ['typescript', 'python'], priorities: ['performance', 'type-safety'] });
        assert.ok(stacks, 'no ranking returned');
        assert.equal(api.testing.recommend.shown()?.title, 'Stack Guide: Recommendations');
        assert.deepEqual(shownStacks(api), stacks.map((stack) => `${stack.framework}/${stack.language}`));
        // Ticking TypeScript and Python no longer gives Node.js stacks only.
        assert.ok(stacks.some((stack) => stack.language === 'python'), `no Python stack in ${shownStacks(api)?.join(', ')}`);
        // The tab model reaches the extension host after the panel does.
        await waitUntil('the editor is the active tab', () => vscode.window.tabGroups.activeTabGroup.activeTab?.label === 'Stack Guide: Recommendations');
        assert.equal(resultTabs().length, 1);

        const again = await recommend({ useCase: 'e-commerce', knownLanguages: ['ruby'], priorities: ['time-to-market'] });
        assert.equal(again?.[0]?.framework, 'rails');
        assert.deepEqual(shownStacks(api), again.map((stack) => `${stack.framework}/${stack.language}`));
        assert.equal(resultTabs().length, 1, 'a second ranking opened a second editor');
    });

    it('asks again from the answers shown when the user changes them', async () => {
        await recommend({ useCase: 'e-commerce', knownLanguages: ['ruby'], priorities: ['time-to-market'] });
        const asked = api.testing.recommend.changeAnswers();
        await waitUntil('the first question is shown', () => api.testing.recommend.asking() !== undefined);
        assert.deepEqual(api.testing.recommend.asking(), { step: 'useCase', chosen: ['e-commerce'] });
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await asked;
        assert.equal(api.testing.recommend.asking(), undefined);
        assert.equal(shownStacks(api)?.[0], 'rails/ruby', 'leaving the questions changed the results');
    });

    it('remembers the last answers for the next run of the command', async () => {
        await recommend({ useCase: 'data-ml', knownLanguages: ['python'], priorities: ['ecosystem'] });
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await waitUntil('the results editor is closed', () => api.testing.recommend.shown() === undefined);
        const run = vscode.commands.executeCommand(CommandIds.recommend);
        await waitUntil('the first question is shown', () => api.testing.recommend.asking() !== undefined);
        assert.deepEqual(api.testing.recommend.asking(), { step: 'useCase', chosen: ['data-ml'] });
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        assert.equal(await run, undefined, 'leaving the questions still showed a ranking');
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
