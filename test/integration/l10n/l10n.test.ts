import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CommandIds } from '../../../src/core/contributions';
import { activateExtension, EXTENSION_ID, tabsWith, type TestedApi } from '../helpers';

/**
 * Runs only in the window `runInCodeServer --locale de` opens: the display language is German,
 * so VS Code loads package.nls.de.json for the contributions and l10n/bundle.l10n.de.json for
 * vscode.l10n. VS Code's own strings stay English there (no language pack is installed).
 */
const HOVERS = path.resolve(__dirname, '../../../../test/fixtures/workspace/hovers');

/**
 * Our hover on `needle` in the fixture's package.json, as the user reads it: among all the
 * providers' hovers (the built-in npm extension answers there too), the one linking the npm
 * page, with Markdown's backslash escapes removed.
 */
async function stackGuideHover(needle: string): Promise<string | undefined> {
    const document = await vscode.workspace.openTextDocument(path.join(HOVERS, 'package.json'));
    const offset = document.getText().indexOf(needle);
    assert.ok(offset >= 0, `${needle} is not in package.json`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
    return hovers
        .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
        .find((text) => text.includes('[npm](https:'))
        ?.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:$])/g, '$1');
}

describe('Localisation: a German display language shows our German strings', () => {
    let api: TestedApi;

    before(async () => {
        api = await activateExtension();
    });

    after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('runs with German as the display language', () => {
        assert.equal(vscode.env.language, 'de');
    });

    it('titles the commands and views from package.nls.de.json', () => {
        // The manifest as the workbench read it: a translated command title keeps its English
        // original beside it, which is how the Command Palette shows the German and still
        // finds the command by its English name.
        const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
            contributes: { commands: { command: string; title: unknown }[]; views: Record<string, { id: string; name: string }[]> };
        };
        const title = manifest.contributes.commands.find((command) => command.command === CommandIds.showCatalogInfo)?.title;
        assert.deepEqual(title, { value: 'Kataloginformationen anzeigen', original: 'Show Catalog Info' });
        const views = Object.values(manifest.contributes.views).flat().map((view) => view.name);
        assert.deepEqual(views, ['Katalog', 'Dieser Arbeitsbereich']);
    });

    it("points the team file's schema at the German one, so its editor help is German", async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        const manifest = extension?.packageJSON as { contributes: { jsonValidation: { fileMatch: string; url: unknown }[] } };
        const url = manifest.contributes.jsonValidation.find((item) => item.fileMatch.endsWith('.vscode/stack-guide.json'))?.url;
        assert.equal(url, './dist/schemas/team.schema.de.json');
        const schema = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension!.extensionUri, url)))) as { title: string };
        assert.equal(schema.title, 'Stack Guide-Teamdatei');
    });

    it('titles the comparison tab from l10n/bundle.l10n.de.json', async () => {
        await vscode.commands.executeCommand(CommandIds.compare, ['django', 'flask']);
        const tabs = await tabsWith('Vergleich: Django · Flask');
        assert.ok(tabs.includes('Vergleich: Django · Flask'), `no German comparison tab among ${JSON.stringify(tabs)}`);
    });

    it('labels a dependency hover from l10n/bundle.l10n.de.json: role, first release, status and links', async () => {
        const express = await stackGuideHover('"express"');
        assert.ok(express, 'no Stack Guide hover on express');
        assert.match(express, /^\*\*Express\*\* — Web-Framework · MIT · erstmals veröffentlicht 2010$/m);
        assert.match(express, /\[Dokumentation\]\(https:.+ · \[Mit .+ vergleichen\]\(command:stackGuide\.compare\?.+ · \[In Stack Guide anzeigen\]\(command:stackGuide\.showEntry\?/);
        const request = await stackGuideHover('"request"');
        assert.ok(request, 'no Stack Guide hover on request');
        assert.match(request, /^\*\*request\*\* — HTTP-Client · Apache-2\.0 · erstmals veröffentlicht 2010$/m);
        assert.match(request, /^\$\(warning\) \*\*Veraltet\*\*: .+ Erwägen Sie .+\.$/m);
    });

    it('writes an entry page in German, marked as German for screen readers', async () => {
        await vscode.commands.executeCommand(CommandIds.showDetails, 'django');
        await tabsWith('Django');
        const page = api.testing.detailsPages().find((open) => open.entryId === 'django');
        assert.ok(page, 'no page for django');
        assert.match(page.html, /<html lang="de">/);
        assert.match(page.html, /<span class="codicon codicon-book" aria-hidden="true"><\/span> Dokumentation<\/a>/);
        assert.match(page.html, /<h2>Alternativen<\/h2>/);
    });
});
