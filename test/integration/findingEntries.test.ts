import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/core/contributions';
import { activateExtension, type TestedApi } from './helpers';

/** Polls until `done` holds; the workbench answers the extension host between our awaits. */
async function waitUntil(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
    for (let waited = 0; !(await done()); waited += 20) {
        if (waited >= timeoutMs) {
            assert.fail(`timed out waiting until ${what}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

/**
 * Lets the rows and focus the extension just set reach the workbench: a QuickPick sends its
 * changes in a batch after the current task, and a command sent before would act on the old rows.
 */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 200));

type Row = vscode.QuickPickItem & { readonly id?: string };

function shownPick(api: TestedApi): vscode.QuickPick<Row> {
    const input = api.testing.shownInput();
    assert.ok(input && 'items' in input, 'no QuickPick on screen');
    return input as vscode.QuickPick<Row>;
}

/** The rows as the user reads them: separators as "-- label", ticked rows with " *". */
function rowsOf(pick: vscode.QuickPick<Row>): string[] {
    return pick.items.map((item) =>
        item.kind === vscode.QuickPickItemKind.Separator ? `-- ${item.label}` : `${item.label}${pick.selectedItems.some((selected) => selected.id === item.id) ? ' *' : ''}`,
    );
}

/** Types `text` into the picker and waits until the extension has shown its rows for it. */
async function type(api: TestedApi, text: string): Promise<vscode.QuickPick<Row>> {
    const pick = shownPick(api);
    const before = pick.items;
    assert.ok(api.testing.typeIntoShown(text));
    // Each search gives the pick a new list of rows.
    await waitUntil(`the rows for "${text}" are shown`, () => pick.items !== before);
    await settle();
    return pick;
}

describe('finding entries: the Compare picker and the catalog filter', () => {
    let api: TestedApi;

    before(async () => {
        api = await activateExtension();
    });

    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    it('puts the canonical entry first for its common name or alias, shows what is ticked on top, and keeps the pick order', async () => {
        await vscode.commands.executeCommand(CommandIds.compare, ['express', 'fastify']);
        const picking = vscode.commands.executeCommand(CommandIds.compare);
        await waitUntil('the Compare picker is shown', () => api.testing.shownInput() !== undefined);
        assert.deepEqual(rowsOf(shownPick(api)).slice(0, 3), ['-- Selected', 'Express *', 'Fastify *'], 'the previous comparison is ticked but out of sight');

        for (const [text, first] of [
            ['rails', 'Ruby on Rails'],
            ['ror', 'Ruby on Rails'],
            ['node', 'Node.js'],
            ['drf', 'Django REST framework'],
        ]) {
            const pick = await type(api, text!);
            assert.equal(pick.activeItems[0]?.label, first, `"${text}" does not focus ${first}`);
            assert.deepEqual(rowsOf(pick).slice(3, 5), ['-- Best match', first], `"${text}" lists ${rowsOf(pick).slice(3, 8).join(', ')}`);
        }
        const pg = await type(api, 'pg');
        const best = pg.items.slice(pg.items.findIndex((item) => item.label === 'Best match') + 1);
        const drivers = best.slice(0, best.findIndex((item) => item.kind === vscode.QuickPickItemKind.Separator));
        const ecosystems = await Promise.all(drivers.map(async (item) => (await api.catalog.get(item.id ?? ''))?.ecosystem));
        assert.deepEqual(ecosystems.sort(), ['javascript', 'python', 'ruby'], '"pg" offers each language\'s PostgreSQL driver first');

        // Untick the previous comparison (the empty text focuses its first row), then tick three, not alphabetically.
        await type(api, '');
        assert.equal(shownPick(api).activeItems[0]?.label, 'Express');
        await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
        await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
        await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
        await waitUntil('Express and Fastify are unticked', () => shownPick(api).selectedItems.length === 0);
        for (const [text, name] of [
            ['django', 'Django'],
            ['rails', 'Ruby on Rails'],
            ['nestjs', 'NestJS'],
        ]) {
            assert.equal((await type(api, text!)).activeItems[0]?.label, name);
            await vscode.commands.executeCommand('workbench.action.quickPickManyToggle');
            await waitUntil(`${name} is ticked`, () => shownPick(api).selectedItems.some((item) => item.label === name));
        }
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await picking;
        await waitUntil('the comparison shows the picked entries', () => api.testing.compareState().rendered);
        assert.deepEqual(api.testing.compareState().ids, ['django', 'rails', 'nestjs'], 'the columns are not in pick order');
    });

    it('filters the catalog as the user types, and puts the previous filter back on Escape', async () => {
        const filtering = vscode.commands.executeCommand(CommandIds.filterCatalog);
        await waitUntil('the filter input is shown', () => api.testing.shownInput() !== undefined);
        const rootIds = async (): Promise<string[]> => (await api.testing.tree.children()).map((node) => api.testing.tree.treeItem(node).id ?? '');
        assert.ok(api.testing.typeIntoShown('orm'));
        // No Enter: the tree follows the text.
        await waitUntil('the tree is filtered by "orm"', async () => (await rootIds()).every((id) => id.endsWith('?filter=orm')));
        await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
        await filtering;
        assert.ok((await rootIds()).every((id) => !id.includes('?filter=')), 'Escape kept the typed filter');
    });
});
