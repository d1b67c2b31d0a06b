import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds, STATUS_BAR_SETTING } from '../../src/core/contributions';
import type { WorkspaceReview } from '../../src/core/review/summary';
import { activateExtension, type TestedApi } from './helpers';

/** Waits for a condition that an event (a setting change, a file watcher) makes true. */
async function eventually(check: () => boolean, what: string | (() => string), timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
        if (Date.now() > deadline) {
            assert.fail(`timed out waiting until ${typeof what === 'string' ? what : what()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

function workspaceFolder(): vscode.WorkspaceFolder {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the tests run with test/fixtures/workspace open');
    return folder;
}

describe('Review This Workspace in a real VS Code', () => {
    let api: TestedApi;
    let review: WorkspaceReview;

    before(async () => {
        api = await activateExtension();
        review = await api.review();
    });

    it('finds the fixture workspace\'s manifests', () => {
        for (const path of ['package.json', 'Gemfile', 'requirements.txt']) {
            assert.ok(review.manifests.includes(path), `${path} not in ${review.manifests.join(', ')}`);
        }
        assert.ok(!review.manifests.some((path) => path.includes('node_modules')));
    });

    it('detects the root project\'s languages and frameworks', () => {
        const root = review.projects.find((project) => project.folder === '');
        assert.ok(root);
        assert.deepEqual([...root.languages].sort(), ['javascript', 'python', 'ruby']);
        assert.deepEqual(root.runtimes, ['nodejs']);
        for (const id of ['express', 'rails', 'sinatra', 'django', 'flask', 'tornado']) {
            assert.ok(root.frameworks.includes(id), `${id} not in ${root.frameworks.join(', ')}`);
        }
        const libraries = root.libraries.flatMap((group) => group.entries);
        assert.ok(libraries.includes('mongoose') && libraries.includes('jsonwebtoken'), libraries.join(', '));
    });

    it('reports frameworks that play the same role, each linked to its manifest line', () => {
        const root = review.sameRoleFindings.filter((finding) => finding.folder === '').map((finding) => finding.entries);
        assert.deepEqual(root, [
            ['rails', 'sinatra'],
            ['django', 'flask'],
        ]);
        const rails = review.sameRoleFindings.find((finding) => finding.folder === '' && finding.entries.includes('rails'));
        assert.deepEqual(rails?.locations[0], { path: 'Gemfile', line: 2, character: 5, length: 5 });
    });

    it('counts what the catalog does not know and sums the stack up', () => {
        assert.ok(review.dependencyCount >= 8);
        assert.ok(review.unknown.length < review.dependencyCount);
        assert.match(review.summary, /^Stack Guide read \d+ manifests in \d+ folders\. It is written in /);
        assert.equal(review.truncated, false);
    });

    it('reviews one folder on request, without the rest', async () => {
        const hovers = await api.review(vscode.Uri.joinPath(workspaceFolder().uri, 'hovers'));
        assert.ok(hovers.manifests.length > 0);
        assert.ok(hovers.manifests.every((path) => path.startsWith('hovers/')), hovers.manifests.join(', '));
        const restClient = hovers.statusFindings.find((finding) => finding.package === 'rest-client');
        assert.equal(restClient?.status, 'unmaintained');
        assert.match(restClient.message, /^rest-client is no longer maintained; the catalog suggests .+ instead\.$/);
    });

    it('returns the review from the command too', async () => {
        const fromCommand = await vscode.commands.executeCommand<WorkspaceReview | undefined>(CommandIds.reviewWorkspace);
        assert.equal(fromCommand?.summary, review.summary);
        assert.deepEqual(fromCommand?.sameRoleFindings, review.sameRoleFindings);
    });

    it('shows the detected stack in the status bar, and hides it when the setting is off', async () => {
        assert.ok(review.statusBarText);
        assert.equal(api.testing.statusBarText(), review.statusBarText);
        assert.match(api.testing.statusBarText() ?? '', /^\S.* · .+/);
        const settings = vscode.workspace.getConfiguration();
        try {
            await settings.update(STATUS_BAR_SETTING, false, vscode.ConfigurationTarget.Workspace);
            await eventually(() => api.testing.statusBarText() === undefined, 'the status bar item is hidden');
        } finally {
            await settings.update(STATUS_BAR_SETTING, undefined, vscode.ConfigurationTarget.Workspace);
        }
        await eventually(() => api.testing.statusBarText() === review.statusBarText, 'the status bar item is back');
    });

    it('updates the status bar when a manifest changes', async () => {
        // An existing folder (see its README): a file created with its folder can escape the watcher.
        const manifest = vscode.Uri.joinPath(workspaceFolder().uri, 'watched', 'package.json');
        // Enough known npm packages to make JavaScript the workspace's main ecosystem, whatever
        // the fixture's other manifests hold: the catalog itself supplies them.
        const npmNames = (await api.catalog.all()).flatMap((entry) =>
            entry.kind === 'library' ? entry.packages.filter((pkg) => pkg.registry === 'npm').map((pkg) => pkg.name) : [],
        );
        const dependencies = Object.fromEntries(['koa', ...npmNames.slice(0, 80)].map((name) => [name, '*']));
        const before = api.testing.statusBarText();
        try {
            await vscode.workspace.fs.writeFile(manifest, new TextEncoder().encode(JSON.stringify({ name: 'watched-fixture', dependencies }, null, 2)));
            await eventually(
                () => api.testing.statusBarText()?.startsWith('Node.js · ') === true,
                () => `the status bar shows a Node.js stack (it shows "${api.testing.statusBarText()}")`,
            );
        } finally {
            await vscode.workspace.fs.delete(manifest);
        }
        await eventually(() => api.testing.statusBarText() === before, 'the status bar is back to the fixture\'s stack');
    });
});
