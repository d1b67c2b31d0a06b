import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/core/contributions';
import { activateExtension } from './helpers';

describe('entry details', () => {
    before(async () => {
        await activateExtension();
    });

    after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('opens an entry\'s page in the Markdown preview', async () => {
        const uri = await vscode.commands.executeCommand<vscode.Uri>(CommandIds.showDetails, 'django');
        assert.ok(uri);
        const page = (await vscode.workspace.openTextDocument(uri)).getText();
        assert.match(page, /^# Django\n/);
        assert.match(page, /## First release\n\n2005 \(\[source\]\(https:/);
        assert.match(page, /\*Judgement:\* \*\*Full\*\*/);
        const tabs = vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label));
        assert.ok(tabs.some((label) => /Preview.*django\.md/i.test(label)), `no preview tab among ${JSON.stringify(tabs)}`);
    });
});
