import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
    CATALOG_VIEW_ID,
    COMPARE_VIEW_TYPE,
    CommandIds,
    ContextKeys,
    EntryContextFlags,
    HOVER_COMMANDS,
    HOVER_ENABLED_SETTING,
    HOVER_UNKNOWN_PACKAGES_SETTING,
    STATUS_BAR_SETTING,
    TreeItemContexts,
    VIEW_CONTAINER_ID,
    WORKSPACE_VIEW_ID,
} from '../../src/core/contributions';

interface MenuItem {
    command: string;
    when?: string;
    group?: string;
}

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
    capabilities?: { untrustedWorkspaces?: unknown; virtualWorkspaces?: unknown };
    activationEvents: string[];
    contributes: {
        commands: { command: string; icon?: string }[];
        menus: Record<string, MenuItem[]>;
        viewsContainers: { activitybar: { id: string }[] };
        views: Record<string, { id: string }[]>;
        viewsWelcome: { view: string; contents: string; when?: string }[];
        configuration: { properties: Record<string, unknown> };
    };
    engines: { vscode: string };
    devDependencies: Record<string, string>;
};

const { contributes } = manifest;
const whenClauses = [...Object.values(contributes.menus).flat(), ...contributes.viewsWelcome].flatMap((item) => (item.when ? [item.when] : []));
const menuItems = Object.values(contributes.menus).flat();
const viewIds = Object.values(contributes.views).flat().map((view) => view.id);

/** Every `viewItem == x` or `viewItem =~ /x/` term in the menus, with the view its clause names. */
const viewItemTerms = menuItems.flatMap(({ when }) => {
    const view = /\bview == (\S+)/.exec(when ?? '')?.[1];
    const equal = [...(when ?? '').matchAll(/\bviewItem == (\S+)/g)].map((match) => ({ view, equals: match[1]! }));
    const regex = [...(when ?? '').matchAll(/\bviewItem =~ \/((?:\\\/|[^/])*)\//g)].map((match) => ({ view, pattern: new RegExp(match[1]!) }));
    return [...equal, ...regex];
});

/** Every context value a catalog entry row can have: `entry` and any subset of the flags, in order. */
const entryContextValues = Object.values(EntryContextFlags).reduce<string[][]>(
    (subsets, flag) => [...subsets, ...subsets.map((subset) => [...subset, flag])],
    [[]],
).map((flags) => [TreeItemContexts.entry, ...flags].join(' '));

describe('package.json contributions', () => {
    it('contributes every command id the code declares', () => {
        const contributed = new Set(contributes.commands.map((command) => command.command));
        for (const id of [...Object.values(CommandIds), ...HOVER_COMMANDS]) {
            assert.ok(contributed.has(id), `${id} is not in contributes.commands`);
        }
    });

    it('names only known commands in its menus', () => {
        const contributed = new Set(contributes.commands.map((command) => command.command));
        for (const [menu, items] of Object.entries(contributes.menus)) {
            for (const item of items) {
                assert.ok(contributed.has(item.command), `${menu} names ${item.command}`);
            }
        }
    });

    it('contributes exactly the view container and views the code declares', () => {
        assert.deepEqual(contributes.viewsContainers.activitybar.map((container) => container.id), [VIEW_CONTAINER_ID]);
        assert.deepEqual(Object.keys(contributes.views), [VIEW_CONTAINER_ID]);
        assert.deepEqual(viewIds.sort(), [CATALOG_VIEW_ID, WORKSPACE_VIEW_ID].sort());
        for (const { view } of contributes.viewsWelcome) {
            assert.ok(viewIds.includes(view), `viewsWelcome names an unknown view ${view}`);
        }
        for (const when of whenClauses) {
            for (const [, view] of when.matchAll(/\bview == (\S+)/g)) {
                assert.ok(viewIds.includes(view!), `"${when}" names an unknown view`);
            }
        }
    });

    it('offers Compare and Recommend, with icons, in the title bar of both views', () => {
        for (const view of [CATALOG_VIEW_ID, WORKSPACE_VIEW_ID]) {
            for (const command of [CommandIds.compare, CommandIds.recommend]) {
                const item = contributes.menus['view/title']!.find((entry) => entry.command === command && entry.when === `view == ${view}`);
                assert.ok(item, `${command} is not in the title bar of ${view}`);
                assert.match(item.group ?? '', /^navigation@/, `${command} is hidden in the "…" menu of ${view}`);
                assert.match(contributes.commands.find((entry) => entry.command === command)?.icon ?? '', /^\$\([a-z-]+\)$/);
            }
        }
    });

    it('welcomes a workspace without manifests, and a window without a folder, with "Recommend a Stack…"', () => {
        const welcome = contributes.viewsWelcome.filter((item) => item.view === WORKSPACE_VIEW_ID);
        const recommend = `(command:${CommandIds.recommend})`;
        const shown = (noFolder: boolean, noManifests: boolean): string[] =>
            welcome
                .filter(({ when = '' }) => {
                    const terms = when.split(' && ');
                    return terms.every((term) =>
                        term === 'workspaceFolderCount == 0' ? noFolder
                        : term === 'workspaceFolderCount > 0' ? !noFolder
                        : term === `!${ContextKeys.noManifests}` ? !noManifests
                        : term === ContextKeys.noManifests ? noManifests
                        : assert.fail(`unexpected term "${term}"`),
                    );
                })
                .map((item) => item.contents);
        assert.equal(shown(true, false).length, 1);
        assert.ok(shown(true, false)[0]!.includes(recommend));
        assert.equal(shown(false, true).length, 1);
        assert.ok(shown(false, true)[0]!.includes(recommend));
        assert.equal(shown(false, false).length, 1);
        assert.ok(shown(false, false)[0]!.includes(`(command:${CommandIds.reviewWorkspace})`));
    });

    it('activates on the comparison panel view type the code registers', () => {
        assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${COMPARE_VIEW_TYPE}`));
    });

    it('declares exactly the settings the code reads', () => {
        assert.deepEqual(
            Object.keys(contributes.configuration.properties).sort(),
            [HOVER_ENABLED_SETTING, HOVER_UNKNOWN_PACKAGES_SETTING, STATUS_BAR_SETTING].sort(),
        );
    });

    it('reads in its when clauses exactly the context keys the code sets', () => {
        const ours = new Set<string>(Object.values(ContextKeys));
        const read = new Set(whenClauses.flatMap((when) => [...when.matchAll(/\bstackGuide\.[\w.]+/g)].map((match) => match[0])).filter((key) => !viewIds.includes(key)));
        assert.deepEqual([...read].sort(), [...ours].sort());
    });

    it('matches tree rows only by the context values the trees give them', () => {
        assert.ok(viewItemTerms.length > 0);
        for (const term of viewItemTerms) {
            if ('equals' in term) {
                assert.equal(term.equals, TreeItemContexts.reviewEntry);
                assert.equal(term.view, WORKSPACE_VIEW_ID);
            } else {
                assert.equal(term.view, CATALOG_VIEW_ID);
                assert.ok(entryContextValues.some((value) => term.pattern.test(value)), `${term.pattern} matches no entry row`);
                assert.ok(!term.pattern.test(TreeItemContexts.group), `${term.pattern} matches group rows`);
            }
        }
    });

    it('uses every flag an entry row carries in some menu', () => {
        for (const flag of Object.values(EntryContextFlags)) {
            const withFlag = entryContextValues.filter((value) => value.split(' ').includes(flag));
            const without = entryContextValues.filter((value) => !value.split(' ').includes(flag));
            const patterns = viewItemTerms.flatMap((term) => ('pattern' in term ? [term.pattern] : []));
            assert.ok(
                patterns.some((pattern) => withFlag.every((value) => pattern.test(value)) && without.every((value) => !pattern.test(value))),
                `no menu item needs the "${flag}" flag`,
            );
        }
    });

    it('runs in Restricted Mode and in virtual workspaces, taking every setting from the workspace', () => {
        // It only reads files (through workspace.fs) and runs no workspace code; its settings
        // only show or hide what it displays, so none needs restrictedConfigurations.
        assert.deepEqual(manifest.capabilities?.untrustedWorkspaces, { supported: true });
        assert.equal(manifest.capabilities?.virtualWorkspaces, true);
    });

    it('pins @types/vscode to the engine it declares', () => {
        assert.equal(manifest.engines.vscode, `^${manifest.devDependencies['@types/vscode']}`);
    });
});
