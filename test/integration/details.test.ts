import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/core/contributions';
import { activateExtension, tabsWith, type TestedApi } from './helpers';

describe('entry details', () => {
    let api: TestedApi;

    before(async () => {
        api = await activateExtension();
    });

    after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('opens an entry\'s page in an editor tab named after the entry, with its facts, sources and actions', async () => {
        await vscode.commands.executeCommand(CommandIds.showDetails, 'django');
        const tabs = await tabsWith('Django');
        assert.ok(tabs.includes('Django'), `no "Django" tab among ${JSON.stringify(tabs)}`);
        const page = api.testing.detailsPages().find((open) => open.entryId === 'django');
        assert.ok(page, 'no page for django');
        assert.match(page.html, /<h1>Django<\/h1>/);
        assert.match(page.html, /<th scope="row">First release<\/th><td>2005<\/td><td class="source"><a href="https:/);
        assert.match(page.html, /<th scope="row">Batteries included<\/th><td>Full <span class="tag">judgement<\/span>/);
        assert.match(page.html, /href="command:stackGuide\.copyInstallCommand\?%5B%22django%22%5D"/);
        assert.match(page.html, /<h2>Alternatives<\/h2><ul class="relations"><li><a href="command:stackGuide\.showDetails\?/);
    });

    it('shows a deprecated entry\'s successors in a banner above the page', async () => {
        await vscode.commands.executeCommand(CommandIds.showDetails, 'karma');
        const page = api.testing.detailsPages().find((open) => open.entryId === 'karma');
        assert.ok(page, 'no page for karma');
        assert.match(page.html, /<div class="banner banner-deprecated" role="note">[\s\S]*Successors: <a href="command:stackGuide\.showDetails\?%5B%22vitest%22%5D">Vitest<\/a>/);
    });

    it('reveals an open page instead of opening a second one', async () => {
        await vscode.commands.executeCommand(CommandIds.showDetails, 'django');
        assert.equal((await tabsWith('Django')).filter((label) => label === 'Django').length, 1);
        assert.equal(api.testing.detailsPages().filter((open) => open.entryId === 'django').length, 1);
    });

    it('opens no page for an entry the catalog lacks', async () => {
        const before = api.testing.detailsPages().length;
        await vscode.commands.executeCommand(CommandIds.showDetails, 'no-such-entry');
        assert.equal(api.testing.detailsPages().length, before);
    });
});
