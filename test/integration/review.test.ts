import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds, STATUS_BAR_SETTING } from '../../src/core/contributions';
import type { DependencyLocation } from '../../src/core/review/detect';
import type { WorkspaceReview } from '../../src/core/review/summary';
import type { ReviewNode } from '../../src/core/review/reviewTreeModel';
import { generatedWorkspace } from '../bench/generatedWorkspace';
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

/** The text a review location covers in its manifest, opened by the location's own URI. */
async function textAt(location: DependencyLocation): Promise<string> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(location.uri));
    const { line, character, length } = location;
    return document.getText(new vscode.Range(line, character, line, character + length));
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
        const paths = review.manifests.map((manifest) => manifest.path);
        for (const path of ['package.json', 'Gemfile', 'requirements.txt']) {
            assert.ok(paths.includes(path), `${path} not in ${paths.join(', ')}`);
        }
        assert.ok(!paths.some((path) => path.includes('node_modules')));
        const gemfile = review.manifests.find((manifest) => manifest.path === 'Gemfile');
        assert.equal(gemfile?.uri, vscode.Uri.joinPath(workspaceFolder().uri, 'Gemfile').toString());
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

    it('reports frameworks that play the same role, each linked to its manifest line', async () => {
        const root = review.sameRoleFindings.filter((finding) => finding.folder === '').map((finding) => finding.entries);
        assert.deepEqual(root, [
            ['rails', 'sinatra'],
            ['django', 'flask'],
        ]);
        const rails = review.sameRoleFindings.find((finding) => finding.folder === '' && finding.entries.includes('rails'));
        const location = rails?.locations[0];
        assert.ok(location);
        assert.deepEqual({ ...location, uri: undefined }, { uri: undefined, path: 'Gemfile', line: 2, character: 5, length: 5 });
        assert.equal(await textAt(location), 'rails');
    });

    it('counts what the catalog does not know and sums the stack up', () => {
        assert.ok(review.dependencyCount >= 8);
        assert.ok(review.unknown.length < review.dependencyCount);
        assert.match(review.summary, /^Stack Guide read \d+ manifests in \d+ folders\. It is written in /);
        assert.equal(review.truncated, false);
    });

    it('lists possible typosquats and possibly unmaintained packages, each at its manifest line', async () => {
        const typos = review.tiers?.typosquats.map((finding) => [finding.package, finding.similarTo, finding.location.path]);
        assert.deepEqual(typos, [
            ['expresss', 'express', 'hovers/package.json'],
            ['reqeusts', 'requests', 'hovers/requirements-dev.txt'],
        ]);
        const lockfile = review.tiers?.staleReleases.find((finding) => finding.package === 'lockfile');
        assert.equal(lockfile?.lastRelease, '2015-11');
        assert.equal(await textAt(lockfile.location), 'lockfile');
        assert.match(review.summary, /Dependencies answered: \d+ by a catalog entry, \d+ by a package family, \d+ by the registry index, \d+ by none/);
    });

    it('says in the sidebar how many dependencies each tier answered', () => {
        const counts = review.tiers?.counts;
        assert.ok(counts && counts.family >= 1 && counts.index >= 2 && counts.none >= 3, JSON.stringify(counts));
        assert.equal(api.testing.workspaceViewDescription(), `${counts.catalog} catalog · ${counts.family} family · ${counts.index} index · ${counts.none} none${counts.elsewhere > 0 ? ` · ${counts.elsewhere} Git or URL` : ''}`);
    });

    it('reviews one folder on request, without the rest', async () => {
        const hovers = await api.review(vscode.Uri.joinPath(workspaceFolder().uri, 'hovers'));
        assert.ok(hovers.manifests.length > 0);
        const paths = hovers.manifests.map((manifest) => manifest.path);
        assert.ok(paths.every((path) => path.startsWith('hovers/')), paths.join(', '));
        const restClient = hovers.statusFindings.find((finding) => finding.package === 'rest-client');
        assert.equal(restClient?.status, 'unmaintained');
        assert.match(restClient.message, /^rest-client is no longer maintained; the catalog suggests .+ instead\.$/);
        // The folder review's locations open too, without the view's help.
        assert.equal(await textAt(restClient.location), 'rest-client');
    });

    it('groups each kind of finding by project, with ids that name what the rows show', async () => {
        await api.review();
        const rows = api.testing.workspaceRows();
        // Both possible typosquats are in hovers/: one flat list, each row naming its manifest.
        const typos = rows.find((node) => node.id === 'typosquats');
        assert.deepEqual(typos?.children.map((node) => [node.label, node.description?.replace(/:\d+$/, '')]).sort(), [
            ['expresss', 'like express · hovers/package.json'],
            ['reqeusts', 'like requests · hovers/requirements-dev.txt'],
        ]);
        // Locked versions behind the index are in several projects (locks/npm, locks/yarn-berry/packages/web...): one group each, whose counts add up.
        const behind = rows.find((node) => node.id === 'behind');
        assert.ok(behind && behind.children.length > 1, 'no project groups under "Behind by a major version"');
        const folderOf = (label: string): string => label.replace(/ \(\d+\)$/, '').replace(/^\(root\)$/, '');
        assert.ok(behind.children.every((node) => node.id === `behind/project:${folderOf(node.label)}`), behind.children.map((node) => node.id).join(', '));
        const total = behind.children.reduce((sum, node) => sum + node.children.length, 0);
        assert.equal(total, review.locks?.behind.length);
        assert.ok(behind.children.some((node) => node.label === 'locks/npm (' + String(node.children.length) + ')'), behind.children.map((node) => node.label).join(', '));
    });

    it('lets every lockfile finding be ignored, like the other findings', async () => {
        await api.review();
        const rows = api.testing.workspaceRows();
        const leaves = (ids: string[]): ReviewNode[] => rows.filter((node) => ids.includes(node.id)).flatMap(function all(node): ReviewNode[] {
            return node.children.length === 0 ? [node] : node.children.flatMap(all);
        });
        const lockRows = leaves(['behind', 'lockfile-outdated']);
        assert.ok(lockRows.length >= 2, `${lockRows.length} lockfile rows`);
        assert.ok(lockRows.every((node) => node.ignoreKey !== undefined && /^npm:|^pypi:|^rubygems:/.test(node.ignoreKey)), lockRows.map((node) => node.id).join(', '));
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
        const manifest = vscode.Uri.joinPath(workspaceFolder().uri, 'watched', 'Gemfile');
        // Enough known gems to make Ruby the workspace's main ecosystem, whatever the fixture's
        // other manifests hold (its lockfile fixtures make it a Node.js one): the catalog itself
        // supplies them.
        const gems = (await api.catalog.all()).flatMap((entry) =>
            entry.kind === 'library' ? entry.packages.filter((pkg) => pkg.registry === 'rubygems').map((pkg) => pkg.name) : [],
        );
        const gemfile = ['source "https://rubygems.org"', '', ...gems.slice(0, 150).map((name) => `gem "${name}"`), ''].join('\n');
        const before = api.testing.statusBarText();
        // Otherwise the waits below would pass without the watcher doing anything.
        assert.ok(before !== undefined && !before.startsWith('Ruby · '), `the fixture's own stack is not a Ruby one (it is "${before}")`);
        try {
            await vscode.workspace.fs.writeFile(manifest, new TextEncoder().encode(gemfile));
            await eventually(
                () => api.testing.statusBarText()?.startsWith('Ruby · ') === true,
                () => `the status bar shows a Ruby stack (it shows "${api.testing.statusBarText()}")`,
            );
        } finally {
            await vscode.workspace.fs.delete(manifest);
        }
        await eventually(() => api.testing.statusBarText() === before, 'the status bar is back to the fixture\'s stack');
    });
});

describe('Review This Workspace at the scale of a large monorepo', () => {
    const MANIFESTS = 5_000;
    let api: TestedApi;
    let folder: vscode.Uri;
    let small: WorkspaceReview;

    before(async function () {
        this.timeout(180_000);
        api = await activateExtension();
        small = await api.review();
        // Not a name the review skips (build, out, dist…): it must read every one of them.
        folder = vscode.Uri.joinPath(workspaceFolder().uri, 'generated-monorepo');
        await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
        const all = await api.catalog.all();
        const namesOf = (registry: string): string[] => all.flatMap((entry) => entry.packages.filter((pkg) => pkg.registry === registry).map((pkg) => pkg.name));
        // The stack's lead is the ecosystem with the most distinct known dependencies (summary.ts),
        // not the one with the most projects: the Python services draw from every PyPI name the
        // catalog has, the Node packages and Ruby apps from 200 names each, so the generated
        // monorepo leads with Python where the fixture (with its lockfile projects) leads with Node.js.
        const manifests = generatedWorkspace(MANIFESTS, { npm: namesOf('npm').slice(0, 200), rubygems: namesOf('rubygems').slice(0, 200), pypi: namesOf('pypi') });
        const encoder = new TextEncoder();
        let next = 0;
        const writer = async (): Promise<void> => {
            while (next < manifests.length) {
                const manifest = manifests[next++]!;
                const uri = vscode.Uri.joinPath(folder, ...manifest.path.split('/'));
                await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
                await vscode.workspace.fs.writeFile(uri, encoder.encode(manifest.text));
            }
        };
        await Promise.all(Array.from({ length: 32 }, writer));
    });

    after(async function () {
        this.timeout(60_000);
        await vscode.workspace.fs.delete(folder, { recursive: true }).then(undefined, () => undefined);
        await api.review();
    });

    it('reviews every one of 5,000 manifests in a folder, one project each', async function () {
        this.timeout(120_000);
        const review = await api.review(folder);
        assert.equal(review.manifests.length, MANIFESTS);
        assert.equal(review.projects.length, MANIFESTS);
        assert.equal(review.truncated, false);
        assert.match(review.summary, /^Stack Guide read 5000 manifests in 5000 folders\. /);
    });

    it('reviews the whole workspace with them, and shows it in the status bar', async function () {
        this.timeout(120_000);
        const review = await api.review();
        assert.equal(review.manifests.length, small.manifests.length + MANIFESTS);
        assert.equal(review.truncated, false);
        // Its Python services now hold more distinct known dependencies than anything else.
        assert.match(api.testing.statusBarText() ?? '', /^Python · /);
    });

    it('forgets a folder deleted from the Explorer', async function () {
        this.timeout(120_000);
        assert.notEqual(api.testing.statusBarText(), small.statusBarText);
        // A WorkspaceEdit deletes as the Explorer does, which tells extensions (a file watcher would not).
        const edit = new vscode.WorkspaceEdit();
        edit.deleteFile(folder, { recursive: true });
        assert.ok(await vscode.workspace.applyEdit(edit), 'the folder is deleted');
        await eventually(() => api.testing.statusBarText() === small.statusBarText, () => `the status bar is back to "${small.statusBarText}" (it shows "${api.testing.statusBarText()}")`, 60_000);
    });
});
