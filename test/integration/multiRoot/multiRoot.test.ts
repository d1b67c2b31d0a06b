import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { HOVER_ENABLED_SETTING } from '../../../src/core/contributions';
import type { WorkspaceReview } from '../../../src/core/review/summary';
import { activateExtension, type TestedApi } from '../helpers';

/**
 * Runs only in the window that `runInCodeServer --multi-root` opens on
 * test/fixtures/multi-root/multi-root.code-workspace: a folder `api` (Django, psycopg2) and a
 * folder `web` (Express, Mongoose, jsonwebtoken), whose own settings turn hovers off in `api`;
 * each also declares a private package the catalog does not know.
 */
function folderNamed(name: string): vscode.WorkspaceFolder {
    const folder = vscode.workspace.workspaceFolders?.find((candidate) => candidate.name === name);
    assert.ok(folder, `no workspace folder "${name}": this suite runs with multi-root.code-workspace open`);
    return folder;
}

/** Our hover's text at the first occurrence of `needle` in a folder's file, or undefined when we give none. */
async function stackGuideHover(folder: string, file: string, needle: string): Promise<string | undefined> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folderNamed(folder).uri, file));
    const offset = document.getText().indexOf(needle);
    assert.ok(offset >= 0, `${needle} is not in ${folder}/${file}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
    const texts = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
    return texts.find((text) => /Stack Guide/.test(text));
}

describe('Multi-root workspace: the review, the status bar and the settings work per folder', () => {
    let api: TestedApi;
    let review: WorkspaceReview;

    before(async () => {
        api = await activateExtension();
        review = await api.review();
    });

    it('runs with both folders of the .code-workspace open', () => {
        assert.deepEqual(vscode.workspace.workspaceFolders?.map((folder) => folder.name), ['api', 'web']);
        assert.match(vscode.workspace.workspaceFile?.path ?? '', /multi-root\.code-workspace$/);
    });

    it('finds each folder\'s manifest, named after its folder and opened by its own URI', () => {
        const uris = new Map(review.manifests.map((manifest) => [manifest.path, manifest.uri]));
        assert.deepEqual([...uris.keys()].sort(), ['api/requirements.txt', 'web/package.json']);
        assert.equal(uris.get('api/requirements.txt'), vscode.Uri.joinPath(folderNamed('api').uri, 'requirements.txt').toString());
        assert.equal(uris.get('web/package.json'), vscode.Uri.joinPath(folderNamed('web').uri, 'package.json').toString());
    });

    it('detects each folder\'s stack on its own, labelled with the folder\'s name', () => {
        assert.deepEqual(review.projects.map((project) => project.folder).sort(), ['api', 'web']);
        const apiStack = review.projects.find((project) => project.folder === 'api')!;
        const webStack = review.projects.find((project) => project.folder === 'web')!;
        assert.deepEqual(apiStack.languages, ['python']);
        assert.deepEqual(apiStack.frameworks, ['django']);
        assert.deepEqual(apiStack.libraries.flatMap((group) => group.entries), ['psycopg2']);
        assert.deepEqual(webStack.languages.filter((language) => language !== 'typescript'), ['javascript']);
        assert.deepEqual(webStack.runtimes, ['nodejs']);
        assert.deepEqual(webStack.frameworks, ['express']);
        assert.deepEqual(webStack.libraries.flatMap((group) => group.entries).sort(), ['jsonwebtoken', 'mongoose']);
    });

    it('reviews one folder alone when asked for it', async () => {
        const apiOnly = await api.review(folderNamed('api').uri);
        assert.deepEqual(apiOnly.manifests.map((manifest) => manifest.path), ['api/requirements.txt']);
        assert.deepEqual(apiOnly.stack.frameworks, ['django']);
        assert.match(apiOnly.statusBarText ?? '', /^Python · Django/);
    });

    it('shows the workspace\'s main stack in the status bar, with the other folder\'s language as +1, explained', () => {
        // Express, Mongoose and jsonwebtoken outnumber Django and psycopg2.
        assert.equal(api.testing.statusBarText(), 'Node.js · Express · Mongoose · jsonwebtoken +1');
        const tooltip = api.testing.statusBarTooltip() ?? '';
        assert.match(tooltip, /^- \*\*Framework:\*\* Express$/m);
        assert.match(tooltip, /^- \*\*\+1:\*\* 1 other language in this workspace: Python \(Django\)$/m);
    });

    it('groups the view\'s findings by folder, each under its own name', async () => {
        await api.review();
        const unknown = api.testing.workspaceRows().find((node) => node.id === 'unknown');
        assert.ok(unknown, 'no "Not in the catalog" row');
        const groups = unknown.children.map((node) => node.id);
        assert.deepEqual(unknown.children.map((node) => node.label).sort(), ['api (1)', 'web (1)']);
        assert.deepEqual(groups.sort(), ['unknown/project:api', 'unknown/project:web']);
    });

    it('reads the hover settings of each manifest\'s folder', async () => {
        assert.equal(vscode.workspace.getConfiguration(undefined, folderNamed('api').uri).get(HOVER_ENABLED_SETTING), false);
        assert.equal(await stackGuideHover('api', 'requirements.txt', 'Django'), undefined, 'api/.vscode/settings.json turns hovers off there');
        assert.match((await stackGuideHover('web', 'package.json', '"express"')) ?? '', /Express/);
    });
});
