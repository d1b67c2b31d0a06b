import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../../src/core/contributions';
import { activateExtension, type TestedApi } from '../helpers';

/**
 * Runs only in the German window (`runInCodeServer --locale de`): the review, the status bar and
 * the recommendations, whose words core builds with the l10n the host hands it.
 */
describe('Localisation: the review and the recommendations in German', () => {
    let api: TestedApi;

    before(async () => {
        api = await activateExtension();
    });

    after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('words the review summary, its tree and the status bar tooltip in German', async () => {
        const review = await api.review();
        assert.match(review.summary, /^Stack Guide hat \d+ Manifeste in \d+ Ordnern gelesen\. Der Stack ist in .+ geschrieben\./);
        const labels = api.testing.workspaceRows().map((row) => row.label);
        assert.ok(labels.some((label) => /^Veraltet \(\d+\)$/.test(label)), `no German group among ${JSON.stringify(labels)}`);
        assert.match(api.testing.statusBarTooltip() ?? '', /Klicken, um diesen Arbeitsbereich zu überprüfen\.$/);
    });

    it('titles the recommendations editor in German', async () => {
        await vscode.commands.executeCommand(CommandIds.recommend, { useCase: 'rest-api', knownLanguages: ['python'], priorities: ['performance'] });
        assert.equal(api.testing.recommend.shown()?.title, 'Stack Guide: Empfehlungen');
    });
});
