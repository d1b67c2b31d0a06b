import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/core/contributions';
import { activateExtension, type TestedApi } from './helpers';

/** Closes every editor and waits until the panel's disposal has reached the extension host. */
async function closeAllEditors(api?: TestedApi): Promise<void> {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (let waited = 0; api && api.testing.compareState().ids.length > 0 && waited < 5000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

describe('comparison panel', () => {
    let api: TestedApi;

    before(async () => {
        api = await activateExtension();
    });

    after(() => closeAllEditors());

    it('opens entries given by id and returns once the webview has drawn them', async () => {
        await vscode.commands.executeCommand(CommandIds.compare, ['django', 'rails', 'nestjs']);
        assert.deepEqual(api.testing.compareState(), { ids: ['django', 'rails', 'nestjs'], rendered: true });
        const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
        assert.ok(tab?.input instanceof vscode.TabInputWebview, 'the active tab is not a webview');
        assert.equal(tab.label, 'Compare: Django · Ruby on Rails · NestJS');
    });

    it('reuses its one panel when opened again', async () => {
        await api.compare.open(['express', 'fastify']);
        assert.deepEqual(api.testing.compareState(), { ids: ['express', 'fastify'], rendered: true });
        const webviewTabs = vscode.window.tabGroups.all
            .flatMap((group) => group.tabs)
            .filter((tab) => tab.input instanceof vscode.TabInputWebview);
        assert.equal(webviewTabs.length, 1);
    });

    it('drops unknown ids and keeps the known ones', async () => {
        await api.compare.open(['flask', 'no-such-entry', 'sinatra']);
        assert.deepEqual(api.testing.compareState().ids, ['flask', 'sinatra']);
    });

    it('adds an entry from the sidebar command', async () => {
        await vscode.commands.executeCommand(CommandIds.addToComparison, { type: 'entry', entry: await api.catalog.get('roda') });
        assert.deepEqual(api.testing.compareState().ids, ['flask', 'sinatra', 'roda']);
    });

    it('compares the entry rows selected in the sidebar, through the compare command', async () => {
        const row = async (id: string) => ({ type: 'entry', id: `entry:${id}`, entry: await api.catalog.get(id), children: [] });
        const group = { type: 'group', id: 'group:frameworks', label: 'Frameworks', group: 'frameworks', children: [] };
        const express = await row('express');
        await vscode.commands.executeCommand(CommandIds.compareSelected, express, [express, group, await row('koa')]);
        assert.deepEqual(api.testing.compareState(), { ids: ['express', 'koa'], rendered: true });
    });

    it('opens again after the panel was closed', async () => {
        await closeAllEditors(api);
        assert.deepEqual(api.testing.compareState(), { ids: [], rendered: false });
        await api.compare.open(['django', 'flask']);
        assert.deepEqual(api.testing.compareState(), { ids: ['django', 'flask'], rendered: true });
    });

    it('prints how long opening takes (benchmark, not a pass/fail goal)', async () => {
        const timings: number[] = [];
        for (let run = 0; run < 7; run += 1) {
            await closeAllEditors(api);
            const started = performance.now();
            await api.compare.open(['django', 'rails', 'nestjs']);
            timings.push(performance.now() - started);
            assert.equal(api.testing.compareState().rendered, true, `run ${run}: the webview did not report drawing the table`);
        }
        const updates: number[] = [];
        for (let run = 0; run < 7; run += 1) {
            const started = performance.now();
            await vscode.commands.executeCommand(CommandIds.compare, run % 2 === 0 ? ['flask', 'sinatra', 'express'] : ['django', 'rails', 'nestjs']);
            updates.push(performance.now() - started);
            assert.equal(api.testing.compareState().rendered, true, `update ${run}: the webview did not report drawing the table`);
        }
        const report = (label: string, runs: number[]): string =>
            `${label}: median ${[...runs].sort((a, b) => a - b)[3]!.toFixed(0)} ms (runs ${runs.map((t) => t.toFixed(0)).join(', ')})`;
        console.log(`compare panel, command to rendered — ${report('new panel', timings)}; ${report('panel already open', updates)}`);
    });
});
