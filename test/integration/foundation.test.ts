import * as assert from 'node:assert/strict';
import * as semver from 'semver';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/core/contributions';
import type { TreeNode } from '../../src/core/tree/catalogTreeModel';
import { activateExtension, EXTENSION_ID, type TestedApi } from './helpers';

/** The rows a user sees, as label and description, read through the registered provider. */
async function rowLabels(api: TestedApi, node?: TreeNode): Promise<{ label: string; description: string; node: TreeNode }[]> {
    const children = await api.testing.tree.children(node);
    return children.map((child) => {
        const item = api.testing.tree.treeItem(child);
        return { label: typeof item.label === 'object' ? item.label.label : String(item.label), description: String(item.description ?? ''), node: child };
    });
}

describe('Stack Guide in a real VS Code', () => {
    let api: TestedApi;

    before(async () => {
        api = await activateExtension();
    });

    it('runs in the VS Code the engine field names', () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        const engine = (extension?.packageJSON as { engines: { vscode: string } }).engines.vscode;
        assert.ok(semver.satisfies(vscode.version, engine), `VS Code ${vscode.version} is outside engines.vscode ${engine}`);
        assert.ok(extension?.isActive);
    });

    it('exposes plain data calls to other extensions, and its test hooks only in test mode', () => {
        assert.deepEqual(Object.keys(api).sort(), ['catalog', 'compare', 'recommend', 'review', 'testing']);
        assert.deepEqual(Object.keys(api.compare), ['open']);
    });

    it('finds Django by id and by PyPI name, whatever its case', async () => {
        assert.equal((await api.catalog.get('django'))?.name, 'Django');
        assert.equal((await api.catalog.findPackage('pypi', 'django'))?.id, 'django');
        assert.equal((await api.catalog.findPackage('pypi', 'DJANGO'))?.id, 'django');
        assert.equal(await api.catalog.findPackage('pypi', 'no-such-package-here'), undefined);
    });

    it('registers every command it contributes', async () => {
        const registered = new Set(await vscode.commands.getCommands(true));
        const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
        const contributed = (extension.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands;
        assert.ok(contributed.length >= Object.values(CommandIds).length);
        for (const { command } of contributed) {
            assert.ok(registered.has(command), `${command} is not registered`);
        }
    });

    it('shows the three languages and the nine frameworks in the sidebar, grouped by role', async () => {
        const roots = await rowLabels(api);
        assert.deepEqual(roots.map((row) => row.label), ['JavaScript', 'Python', 'Ruby']);
        const byRole = new Map<string, string[]>();
        for (const root of roots) {
            const groups = await rowLabels(api, root.node);
            const frameworkGroup = groups.find((group) => group.label === 'Frameworks');
            assert.ok(frameworkGroup, `${root.label} has no Frameworks group`);
            for (const role of await rowLabels(api, frameworkGroup.node)) {
                assert.equal(api.testing.tree.treeItem(role.node).collapsibleState, vscode.TreeItemCollapsibleState.Expanded, `${role.label} opens with Frameworks`);
                byRole.set(role.label, [...(byRole.get(role.label) ?? []), ...(await rowLabels(api, role.node)).map((row) => row.label)]);
            }
        }
        const backEnd = byRole.get('Web back end') ?? [];
        for (const name of ['Django', 'Flask', 'Tornado', 'Express', 'NestJS', 'Ruby on Rails', 'Sinatra', 'Roda']) {
            assert.ok(backEnd.includes(name), `${name} is not under Web back end: ${backEnd.join(', ')}`);
        }
        for (const [name, role] of [['Electron', 'Desktop'], ['Next.js', 'Full-stack / meta-framework'], ['Angular', 'Front end'], ['LangChain', 'AI']] as const) {
            assert.ok(!backEnd.includes(name), `${name} is listed as a back-end framework`);
            assert.ok(byRole.get(role)?.includes(name), `${name} is not under ${role}: ${JSON.stringify([...byRole])}`);
        }
        const python = await rowLabels(api, roots[1]!.node);
        const pythonBackEnd = (await rowLabels(api, python.find((group) => group.label === 'Frameworks')!.node)).find((role) => role.label === 'Web back end');
        const djangoRow = (await rowLabels(api, pythonBackEnd!.node)).find((row) => row.label === 'Django');
        assert.equal(djangoRow?.description, '2005', 'the row does not repeat "framework" under Frameworks');
    });

    it('files authorization apart from authentication, and draws a deprecated row with a warning and its status', async () => {
        const filtered = await api.testing.tree.applyFilter('cancan');
        const cancan = filtered.nodesByEntry.get('cancan');
        assert.ok(cancan, '"cancan" finds CanCan');
        const category = filtered.parents.get(cancan.id);
        assert.equal(category && api.testing.tree.treeItem(category).label, 'Authorization');
        const row = api.testing.tree.treeItem(cancan);
        assert.equal(row.description, 'deprecated · 2009');
        assert.ok(row.iconPath instanceof vscode.ThemeIcon && row.iconPath.id === 'warning', 'a deprecated row shows a warning');
        assert.match(row.tooltip instanceof vscode.MarkdownString ? row.tooltip.value : '', /\*\*Deprecated\*\*: .+ Consider CanCanCan/);
        await vscode.commands.executeCommand(CommandIds.clearFilter);
    });

    it('filters the tree and clears the filter', async () => {
        const filtered = await api.testing.tree.applyFilter(' orm ');
        assert.ok(filtered.nodesByEntry.has('mongoose'));
        assert.ok(!filtered.nodesByEntry.has('django'));
        await vscode.commands.executeCommand(CommandIds.clearFilter);
        const python = (await rowLabels(api)).find((row) => row.label === 'Python');
        const frameworks = (await rowLabels(api, python!.node)).find((group) => group.label === 'Frameworks');
        const backEnd = (await rowLabels(api, frameworks!.node)).find((role) => role.label === 'Web back end');
        assert.ok((await rowLabels(api, backEnd!.node)).some((row) => row.label === 'Django'), 'Django is back after clearing the filter');
    });

    it('shows filter matches expanded, with the matched words highlighted', async () => {
        const filtered = await api.testing.tree.applyFilter('orm');
        const prisma = filtered.nodesByEntry.get('prisma');
        assert.ok(prisma, '"orm" finds Prisma ORM');
        assert.ok(!filtered.nodesByEntry.has('prettier'), '"orm" does not find Prettier');
        assert.deepEqual(api.testing.tree.treeItem(prisma).label, { label: 'Prisma ORM', highlights: [[7, 10]] });
        for (let parent = filtered.parents.get(prisma.id); parent; parent = filtered.parents.get(parent.id)) {
            assert.equal(api.testing.tree.treeItem(parent).collapsibleState, vscode.TreeItemCollapsibleState.Expanded, `${parent.id} is collapsed`);
        }
        await vscode.commands.executeCommand(CommandIds.clearFilter);
    });

    it('reveals an entry in the sidebar', async () => {
        assert.equal(await vscode.commands.executeCommand(CommandIds.showEntry, 'flask'), true);
    });

    it('copies the install command for Express to the clipboard', async () => {
        await vscode.env.clipboard.writeText('');
        await vscode.commands.executeCommand(CommandIds.copyInstallCommand, 'express');
        assert.equal(await vscode.env.clipboard.readText(), 'npm install express');
    });
});
