import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

const WORKSPACE = path.resolve(__dirname, '../../../test/fixtures/workspace');
const TEAM_FILE = vscode.Uri.file(path.join(WORKSPACE, '.vscode', 'stack-guide.json'));
const PACKAGE_JSON = vscode.Uri.file(path.join(WORKSPACE, 'hovers', 'package.json'));
const GEMFILE = vscode.Uri.file(path.join(WORKSPACE, 'hovers', 'Gemfile'));

const teamFile = (ring: string, note: string): object => ({
    name: 'Fixture radar',
    radar: [{ package: 'npm:express', ring, note, since: '2025-06' }],
    packages: [{ package: 'npm:fixture-only-*', summary: 'A fixture package of our own.', owner: 'Test team', docs: 'https://example.com/fixture' }],
});

async function writeTeamFile(content: object | string): Promise<void> {
    const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
    await vscode.workspace.fs.writeFile(TEAM_FILE, new TextEncoder().encode(text));
}

/** Polls until `read` gives a value `done` accepts (the host applies changes asynchronously), or fails with the last value. */
async function eventually<T>(read: () => T | Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
    let last: T | undefined;
    for (let attempt = 0; attempt < 100; attempt++) {
        last = await read();
        if (done(last)) {
            return last;
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.fail(`${what}; last seen: ${JSON.stringify(last)}`);
}

const ours = (uri: vscode.Uri): vscode.Diagnostic[] => vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'Stack Guide');
const codeOf = (diagnostic: vscode.Diagnostic): string => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
const summary = (uri: vscode.Uri): string[] => ours(uri).map((diagnostic) => `${codeOf(diagnostic)}: ${diagnostic.message}`);

/** Our hover on `needle` in the fixture package.json, its Markdown escapes removed. */
async function hoverText(needle: string): Promise<string> {
    const document = await vscode.workspace.openTextDocument(PACKAGE_JSON);
    const position = document.positionAt(document.getText().indexOf(needle) + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    return hovers
        .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
        .join('\n---\n')
        .replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:$])/g, '$1');
}

describe('Team file and diagnostics', () => {
    before(async () => {
        await writeTeamFile(teamFile('hold', 'Use Fastify for new services.'));
        await activateExtension();
        await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(PACKAGE_JSON));
    });

    after(async () => {
        // Other suites share the workspace: leave it as it was.
        await vscode.workspace.fs.delete(TEAM_FILE).then(undefined, () => undefined);
        await vscode.workspace.getConfiguration().update('stackGuide.diagnostics.ignore', undefined, vscode.ConfigurationTarget.Workspace);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('flags the hold, deprecated and typosquat dependencies where they are declared, each linking to a page', async () => {
        const found = await eventually(() => summary(PACKAGE_JSON), (lines) => lines.some((line) => line.startsWith('team-hold:')) && lines.some((line) => line.startsWith('possible-typosquat:')), 'no team-hold and typosquat diagnostics');
        assert.ok(found.includes('team-hold: express is on the team radar\'s hold ring since 2025-06: Use Fastify for new services.'), found.join('\n'));
        assert.ok(found.some((line) => /^deprecated: request is deprecated: .+ Consider .+\.$/.test(line)), found.join('\n'));
        const deprecated = ours(PACKAGE_JSON).find((diagnostic) => codeOf(diagnostic) === 'deprecated')!;
        assert.equal(deprecated.severity, vscode.DiagnosticSeverity.Warning);
        assert.deepEqual(deprecated.tags, [vscode.DiagnosticTag.Deprecated]);
        assert.equal(typeof deprecated.code === 'object' && deprecated.code.target.scheme, 'https');
    });

    it('flags an unmaintained gem in a Gemfile as it is opened', async () => {
        await vscode.workspace.openTextDocument(GEMFILE);
        const found = await eventually(() => ours(GEMFILE), (list) => list.some((diagnostic) => codeOf(diagnostic) === 'unmaintained'), 'no unmaintained diagnostic in the Gemfile');
        assert.equal(found.find((diagnostic) => codeOf(diagnostic) === 'unmaintained')!.severity, vscode.DiagnosticSeverity.Information);
    });

    it('shows the ring in the hover, and a private package as known', async () => {
        assert.match(await hoverText('"express"'), /\*\*Team radar: Hold\*\* \(since 2025-06\): Use Fastify for new services\./);
        const fixture = await hoverText('"fixture-only-package"');
        assert.match(fixture, /\*\*fixture-only-package\*\* · internal package/);
        assert.match(fixture, /Owner: Test team/);
        assert.doesNotMatch(fixture, /not in the Stack Guide catalog/);
    });

    it('offers quick fixes, none editing the manifest, and "Ignore" removes the diagnostic', async () => {
        const hold = ours(PACKAGE_JSON).find((diagnostic) => codeOf(diagnostic) === 'team-hold')!;
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', PACKAGE_JSON, hold.range, vscode.CodeActionKind.QuickFix.value);
        const titles = actions.map((action) => action.title);
        assert.ok(titles.includes('Ignore express in this workspace'), titles.join(', '));
        assert.ok(titles.includes('Open team note'), titles.join(', '));
        assert.ok(titles.includes('Compare with alternatives'), titles.join(', '));
        assert.ok(actions.every((action) => action.edit === undefined), 'a quick fix edits a file');
        const ignore = actions.find((action) => action.title === 'Ignore express in this workspace')!.command!;
        await vscode.commands.executeCommand(ignore.command, ...(ignore.arguments ?? []));
        assert.deepEqual(vscode.workspace.getConfiguration().inspect('stackGuide.diagnostics.ignore')?.workspaceValue, ['npm:express']);
        await eventually(() => summary(PACKAGE_JSON), (lines) => !lines.some((line) => line.startsWith('team-hold: express ')) && lines.length > 0, 'express is still flagged');
        await vscode.workspace.getConfiguration().update('stackGuide.diagnostics.ignore', undefined, vscode.ConfigurationTarget.Workspace);
        await eventually(() => summary(PACKAGE_JSON), (lines) => lines.some((line) => line.startsWith('team-hold:')), 'express is not flagged again');
    });

    it('lists what the team holds first in the workspace review, with the note, at the manifest line', async () => {
        const api = await activateExtension();
        await api.review();
        const [first] = api.testing.workspaceRows();
        assert.match(first?.label ?? '', /^On hold by the team \(\d+\)$/);
        const express = first?.children.flatMap((node) => [node, ...node.children]).find((node) => node.label === 'express');
        assert.match(express?.description ?? '', /^Use Fastify for new services\. · hovers[\\/]package\.json:\d+$/);
        assert.equal(express?.ignoreKey, 'npm:express');
    });

    it('never recommends a held framework first, and says why where it ranks it', async () => {
        const api = await activateExtension();
        const stacks = await api.recommend({ useCase: 'rest-api', knownLanguages: ['javascript'], priorities: [] });
        assert.notEqual(stacks[0]?.framework, 'express');
        for (const stack of stacks.filter((candidate) => candidate.framework === 'express')) {
            assert.ok(stack.reasons.some((reason) => reason.kind === 'team-radar' && reason.source.value === 'hold' && reason.detail === 'Use Fastify for new services.'));
        }
    });

    it('applies an edited team file without a reload', async () => {
        await writeTeamFile(teamFile('adopt', 'Our default web framework.'));
        await eventually(() => summary(PACKAGE_JSON), (lines) => !lines.some((line) => line.startsWith('team-hold:')), 'the hold diagnostic stayed');
        assert.match(await eventually(() => hoverText('"express"'), (text) => text.includes('Team radar: Adopt'), 'the hover kept the old ring'), /Our default web framework\./);
        const api = await activateExtension();
        const stacks = await api.recommend({ useCase: 'rest-api', knownLanguages: ['javascript'], priorities: [] });
        assert.equal(stacks[0]?.framework, 'express', 'the adopted framework leads');
        assert.ok(stacks[0]?.reasons.some((reason) => reason.kind === 'team-radar' && reason.source.value === 'adopt' && reason.points > 0));
        await eventually(() => api.testing.workspaceRows()[0]?.id, (id) => id !== 'team-hold', 'the review still lists express as held');
    });

    it('reports a broken team file in Problems at the offending node while the valid parts still apply', async () => {
        await writeTeamFile(teamFile('avoid', 'Not a ring.'));
        const problems = await eventually(() => ours(TEAM_FILE), (list) => list.length > 0, 'no problem on the team file');
        assert.match(problems[0]!.message, /^radar\[0\]\.ring: ring must be adopt, trial, assess or hold$/);
        const document = await vscode.workspace.openTextDocument(TEAM_FILE);
        assert.match(document.getText(problems[0]!.range), /^"ring": "avoid"$/);
        assert.match(await hoverText('"fixture-only-package"'), /internal package/);
        assert.doesNotMatch(await hoverText('"express"'), /Team radar/);
    });
});
