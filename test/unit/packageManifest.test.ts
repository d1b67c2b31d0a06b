import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import {
    CATALOG_VIEW_ID,
    COMPARE_VIEW_TYPE,
    RADAR_VIEW_TYPE, RECOMMEND_VIEW_TYPE,
    CommandIds,
    ContextKeys,
    DIAGNOSTICS_ENABLED_SETTING,
    DIAGNOSTICS_IGNORE_SETTING,
    EntryContextFlags,
    HOVER_COMMANDS,
    HOVER_ENABLED_SETTING,
    HOVER_UNKNOWN_PACKAGES_SETTING,
    REVIEW_IGNORE_SETTING,
    STATUS_BAR_SETTING,
    TEAM_FILES_SETTING,
    TreeItemContexts,
    VIEW_CONTAINER_ID,
    WORKSPACE_VIEW_ID,
} from '../../src/core/contributions';

interface MenuItem {
    command: string;
    when?: string;
    group?: string;
}

// The manifest as an English display sees it: each "%key%" resolved through package.nls.json.
const englishNls = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.nls.json'), 'utf8')) as Record<string, string>;
const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'), (_key, value: unknown) =>
    typeof value === 'string' && /^%[\w.]+%$/.test(value) ? (englishNls[value.slice(1, -1)] ?? value) : value,
) as {
    capabilities?: { untrustedWorkspaces?: unknown; virtualWorkspaces?: unknown };
    activationEvents: string[];
    contributes: {
        commands: { command: string; icon?: string }[];
        menus: Record<string, MenuItem[]>;
        viewsContainers: { activitybar: { id: string }[] };
        views: Record<string, { id: string }[]>;
        viewsWelcome: { view: string; contents: string; when?: string }[];
        walkthroughs: { id: string; steps: WalkthroughStep[] }[];
        configuration: { properties: Record<string, { default?: unknown; scope?: string; description?: string; markdownDescription?: string }> };
    };
    engines: { vscode: string };
    devDependencies: Record<string, string>;
};

interface WalkthroughStep {
    id: string;
    description: string;
    media: { image: string | Record<'light' | 'dark' | 'hc' | 'hcLight', string>; altText?: string };
    completionEvents?: string[];
}

const repoRoot = path.resolve(__dirname, '../../..');

/** Whether .vscodeignore (ignore all, then `!` the files that ship) lets `file` into the .vsix. */
function ships(file: string): boolean {
    const globToRegExp = (glob: string): RegExp =>
        new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\0').replace(/\*/g, '[^/]*').replace(/\0/g, '.*')}$`);
    const lines = readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8').split('\n');
    return lines.some((line) => line.startsWith('!') && globToRegExp(line.slice(1).trim()).test(file));
}

const { contributes } = manifest;
const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
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

    it('gives each walkthrough step a shipped picture with alt text, and buttons and events that exist', () => {
        const contributed = new Set(contributes.commands.map((command) => command.command));
        const steps = contributes.walkthroughs.flatMap((walkthrough) => walkthrough.steps);
        assert.ok(steps.length >= 4 && steps.length <= 5, 'four or five steps');
        for (const step of steps) {
            const images = typeof step.media.image === 'string' ? [step.media.image] : Object.values(step.media.image);
            for (const image of images) {
                assert.ok(existsSync(path.join(repoRoot, image)), `${step.id}: ${image} is missing`);
                assert.ok(ships(image), `${step.id}: .vscodeignore leaves ${image} out of the .vsix`);
            }
            assert.ok(step.media.altText, `${step.id} has no altText`);
            const buttons = [...step.description.matchAll(/\]\(command:([\w.]+)/g)].map((match) => match[1]!);
            assert.ok(buttons.length > 0, `${step.id} has no button`);
            // Ours must be contributed (or a view's focus command); VS Code's own are workbench commands.
            for (const command of buttons.filter((id) => id.startsWith('stackGuide.'))) {
                assert.ok(contributed.has(command) || viewIds.some((view) => command === `${view}.focus`), `${step.id} runs unknown ${command}`);
            }
            for (const event of step.completionEvents ?? []) {
                const [kind, id] = event.split(':');
                assert.ok(kind === 'onCommand' ? contributed.has(id!) : kind === 'onView' && viewIds.includes(id!), `${step.id}: ${event} can never fire`);
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

    it('activates on the recommendations panel view type the code registers', () => {
        assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${RECOMMEND_VIEW_TYPE}`));
    });

    it('ships the translations and the team file schemas, not the English bundle VS Code never reads', () => {
        for (const file of ['l10n/bundle.l10n.de.json', 'package.nls.json', 'package.nls.de.json', 'dist/schemas/team.schema.json', 'dist/schemas/team.schema.de.json']) {
            assert.ok(ships(file), `${file} is left out of the .vsix`);
        }
        assert.equal(ships('l10n/bundle.l10n.json'), false);
    });

    it('activates on the team radar view type the code registers, so a restored radar tab is drawn', () => {
        assert.ok(manifest.activationEvents.includes(`onWebviewPanel:${RADAR_VIEW_TYPE}`));
    });

    it('declares exactly the settings the code reads', () => {
        assert.deepEqual(
            Object.keys(contributes.configuration.properties).sort(),
            [HOVER_ENABLED_SETTING, HOVER_UNKNOWN_PACKAGES_SETTING, REVIEW_IGNORE_SETTING, STATUS_BAR_SETTING, TEAM_FILES_SETTING, DIAGNOSTICS_ENABLED_SETTING, DIAGNOSTICS_IGNORE_SETTING].sort(),
        );
    });

    it('gives every setting a deliberate scope and a description', () => {
        for (const [id, setting] of Object.entries(contributes.configuration.properties)) {
            // Without `scope` VS Code assumes `window`, which would silently ignore folder settings.
            assert.ok(['application', 'machine', 'window', 'resource', 'language-overridable'].includes(setting.scope ?? ''), `${id} has no scope`);
            assert.ok(setting.description ?? setting.markdownDescription, `${id} has no description`);
        }
    });

    it('documents every setting in the README with its default and scope', () => {
        const section = readme.split(/^## /m).find((part) => part.startsWith('Settings\n')) ?? '';
        for (const [id, setting] of Object.entries(contributes.configuration.properties)) {
            const row = section.split('\n').find((line) => line.startsWith(`| \`${id}\` |`));
            assert.ok(row, `${id} is not in the README's Settings table`);
            const [, , defaultCell, scopeCell] = row.split('|').map((cell) => cell.trim());
            assert.equal(defaultCell, `\`${JSON.stringify(setting.default)}\``, `${id}'s default in the README`);
            assert.equal(scopeCell, setting.scope, `${id}'s scope in the README`);
        }
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
                const reviewRows: readonly string[] = [TreeItemContexts.reviewEntry, TreeItemContexts.reviewFinding, TreeItemContexts.reviewFindingEntry];
                assert.ok(reviewRows.includes(term.equals), `${term.equals} is not a review row's context value`);
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

    it('runs in Restricted Mode and in virtual workspaces, taking every setting but the team files from the workspace', () => {
        // It only reads files (through workspace.fs) and runs no workspace code; its settings
        // only show or hide what it displays, except the team files: an untrusted repository's
        // settings must not point it at files outside the repository.
        assert.deepEqual(manifest.capabilities?.untrustedWorkspaces, {
            supported: 'limited',
            description: 'In Restricted Mode, stackGuide.teamCatalog.files is read from user settings only.',
            restrictedConfigurations: [TEAM_FILES_SETTING],
        });
        assert.equal(manifest.capabilities?.virtualWorkspaces, true);
    });

    it('pins @types/vscode to the engine it declares', () => {
        assert.equal(manifest.engines.vscode, `^${manifest.devDependencies['@types/vscode']}`);
    });
});
