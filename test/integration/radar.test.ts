import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { CommandIds } from '../../src/core/contributions';
import type { TeamRadarGroupNode } from '../../src/core/tree/teamRadarTree';
import { activateExtension, type TestedApi } from './helpers';

const HOSTILE_NOTE = '<img src=x onerror="alert(1)"> [run](command:workbench.action.terminal.new)';

/** express and flask are declared by the fixture workspace (package.json, requirements.txt); django too. */
const TEAM_FILE = {
    name: 'Fixture radar',
    radar: [
        { entry: 'django', ring: 'adopt', since: '2024' },
        { package: 'npm:express', ring: 'trial', note: 'Fine for small services.' },
        { package: 'npm:@acme/*', ring: 'assess' },
        { package: 'npm:moment', ring: 'hold', note: HOSTILE_NOTE, since: '2025-06' },
        { package: 'pypi:flask', ring: 'hold', note: 'Use Django.' },
    ],
};

/** Waits (without asserting on time) until `ready` holds, so the assertion that follows reads a settled state. */
async function until(ready: () => boolean | Promise<boolean>, what: string): Promise<void> {
    for (let waited = 0; waited < 10_000; waited += 50) {
        if (await ready()) {
            return;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.fail(`gave up waiting until ${what}`);
}

async function teamRoot(api: TestedApi): Promise<TeamRadarGroupNode | undefined> {
    const [first] = await api.testing.tree.rows();
    return first?.type === 'teamGroup' ? first : undefined;
}

describe('Team radar', () => {
    let api: TestedApi;
    let teamFile: vscode.Uri;

    before(async () => {
        api = await activateExtension();
        const folder = vscode.workspace.workspaceFolders?.[0];
        assert.ok(folder, 'the fixture workspace is open');
        teamFile = vscode.Uri.joinPath(folder.uri, '.vscode', 'stack-guide.json');
        await vscode.workspace.fs.writeFile(teamFile, new TextEncoder().encode(JSON.stringify(TEAM_FILE, null, 2)));
        await until(async () => (await teamRoot(api)) !== undefined, 'the team file is read');
        await api.review();
    });

    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(teamFile);
        await until(async () => (await teamRoot(api)) === undefined, 'the team file is gone');
    });

    it('draws a dot per item by ring, the table, and marks what the workspace declares', async () => {
        await vscode.commands.executeCommand(CommandIds.showTeamRadar);
        const state = api.testing.radarState();
        assert.equal(state.open, true);
        assert.equal(state.rendered, true);
        assert.deepEqual(state.drawn, { dots: { adopt: 1, trial: 1, assess: 1, hold: 2 }, tableRows: 5, marked: 3, empty: false });
        const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
        assert.ok(tab?.input instanceof vscode.TabInputWebview);
        assert.equal(tab.label, 'Team Radar: Fixture radar');
    });

    it('draws again when the team file is saved', async () => {
        const fewer = { ...TEAM_FILE, radar: TEAM_FILE.radar.filter((item) => item.ring !== 'hold') };
        await vscode.workspace.fs.writeFile(teamFile, new TextEncoder().encode(JSON.stringify(fewer, null, 2)));
        await until(() => api.testing.radarState().drawn?.tableRows === 3, 'the radar shows the saved file');
        assert.deepEqual(api.testing.radarState().drawn?.dots, { adopt: 1, trial: 1, assess: 1, hold: 0 });
        await vscode.workspace.fs.writeFile(teamFile, new TextEncoder().encode(JSON.stringify(TEAM_FILE, null, 2)));
        await until(() => api.testing.radarState().drawn?.tableRows === 5, 'the radar shows the file restored');
    });

    it('lists the items by ring in the sidebar, notes escaped, entries opening their page', async () => {
        const root = await teamRoot(api);
        assert.ok(root);
        assert.equal(api.testing.tree.treeItem(root).label, 'Team radar');
        const rings = await api.testing.tree.rows(root);
        assert.deepEqual(rings.map((ring) => api.testing.tree.treeItem(ring).label), ['Adopt (1)', 'Trial (1)', 'Assess (1)', 'Hold (2)']);
        const hold = await api.testing.tree.rows(rings[3]);
        const rows = hold.map((node) => api.testing.tree.treeItem(node));
        assert.deepEqual(rows.map((row) => row.label), ['Flask', 'Moment.js']);
        const moment = rows[1]!;
        assert.deepEqual(moment.command?.arguments, ['moment']);
        assert.equal(moment.command?.command, CommandIds.showDetails);
        assert.ok(moment.tooltip instanceof vscode.MarkdownString);
        assert.ok(!moment.tooltip.isTrusted);
        assert.doesNotMatch(moment.tooltip.value, /[^\\]<img|[^\\]\[run\]\(command:/);
        assert.match(moment.tooltip.value, /onerror/, 'the note is shown, as text');
    });

    it('adds a Team ring row to the comparison', async () => {
        await vscode.commands.executeCommand(CommandIds.compare, ['django', 'flask']);
        assert.equal(api.testing.compareRows().at(-1), 'Team ring');
    });
});
