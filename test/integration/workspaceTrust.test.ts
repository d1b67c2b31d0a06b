import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, type TestedApi } from './helpers';

/**
 * Set by `runInCodeServer --untrusted`, which keeps workspace trust on and opens the folder
 * untrusted; the other runs disable workspace trust, which makes every folder trusted.
 */
const expectUntrusted = process.env.STACK_GUIDE_WORKSPACE_TRUST === 'untrusted';

/** Our hover's text at the first occurrence of `needle` in a fixture manifest, escapes removed. */
async function stackGuideHover(file: string, needle: string): Promise<string> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests run with test/fixtures/workspace open');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, file));
    const offset = document.getText().indexOf(needle);
    assert.ok(offset >= 0, `${needle} is not in ${file}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
    const texts = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
    const ours = texts.find((text) => /Stack Guide/.test(text));
    assert.ok(ours, `no Stack Guide hover on ${needle} in ${file}`);
    return ours.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:$])/g, '$1');
}

describe(`Workspace trust: every feature works in a${expectUntrusted ? 'n untrusted' : ' trusted'} folder`, () => {
    let api: TestedApi;

    before(async () => {
        api = await activateExtension();
    });

    it(`runs with the folder ${expectUntrusted ? 'untrusted' : 'trusted'}`, () => {
        assert.equal(vscode.workspace.isTrusted, !expectUntrusted);
    });

    it('hovers dependencies in package.json and in a Gemfile with the catalog text', async () => {
        assert.match(await stackGuideHover('package.json', '"express"'), /\*\*Express\*\*[\s\S]*Version \^4\.18\.2: any 4\.x version/);
        assert.match(await stackGuideHover('Gemfile', '"rails"'), /\*\*Ruby on Rails\*\*/);
    });

    it('shows the catalog tree', async () => {
        const roots = (await api.testing.tree.children()).map((node) => String(api.testing.tree.treeItem(node).label));
        for (const language of ['JavaScript', 'Python', 'Ruby']) {
            assert.ok(roots.includes(language), `no ${language} row in ${roots.join(', ')}`);
        }
    });

    it('reviews the workspace and shows its stack in the status bar', async () => {
        const review = await api.review();
        const paths = review.manifests.map((manifest) => manifest.path);
        for (const path of ['package.json', 'Gemfile', 'requirements.txt']) {
            assert.ok(paths.includes(path), `${path} not in ${paths.join(', ')}`);
        }
        // The stack it names ("Python · Django · SQLAlchemy +2"): a language, then what runs on it.
        assert.match(review.statusBarText ?? '', /^\S.* · .+/);
        assert.equal(api.testing.statusBarText(), review.statusBarText);
    });
});
