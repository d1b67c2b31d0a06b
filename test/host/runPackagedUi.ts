/**
 * `npm run test:package`: installs the packaged .vsix into code-server the way a user would
 * (`--install-extension`), opens the workbench in headless Chromium and checks on screen what
 * a user sees: the sidebar, a dependency hover, and the comparison panel (light and dark, after
 * a window reload, removing a column). A packaging mistake (a missing data file or webview asset, a dependency
 * left out of the bundle) fails here. Pictures go to test-results/, or to media/screenshots/
 * with UPDATE_SCREENSHOTS=1.
 *
 * A second workbench then opens the same folder with workspace trust on and the folder
 * untrusted, as VS Code opens a folder a user just cloned: an installed extension that does not
 * declare support for Restricted Mode is disabled there, so every check would fail. Its
 * pictures go to test-results/restricted-mode/.
 *
 * A third runs the extension's `browser` entry in the page's web worker extension host, as VS
 * Code for the Web (vscode.dev, github.dev) would: the user setting `remote.extensionKind` asks
 * for it, and the first check proves it from inside the extension. Pictures go to
 * test-results/web-worker/. `--only trusted|restricted|web` runs one of the three.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { codeServerCli, ensureCodeServer, startCodeServer, type WorkspaceTrust } from './codeServer';
import { DEMO_WORKSPACE, REPO_ROOT, RESULTS_DIR, VSIX_PATH } from './paths';
import { checkComparePanel } from './ui/compareCheck';
import { checkTeamRadar } from './ui/radarCheck';
import { checkEveryManifestHover, checkGemfileHover, checkHover } from './ui/hoverCheck';
import { checkRestrictedMode, checkReviewAndStatusBar } from './ui/restrictedModeCheck';
import { checkSidebar } from './ui/sidebarCheck';
import { checkRecommendation, checkRunsInWebWorker } from './ui/webWorkerCheck';
import { launchBrowser, newWorkbenchPage, workbenchUrl } from './workbench';

type Check = [string, (page: Page, screenshotDir: string) => Promise<void>];

interface Phase {
    readonly workspaceTrust: WorkspaceTrust;
    readonly userSettings?: Readonly<Record<string, unknown>>;
    readonly screenshotDir: string;
    readonly checks: readonly Check[];
}

/** The extension's `publisher.name`, as settings and the CLI know it. */
const EXTENSION_ID = 'stackguide.stack-guide';

const PHASES: Record<'trusted' | 'restricted' | 'web', Phase> = {
    trusted: {
        workspaceTrust: 'disabled',
        screenshotDir: process.env.UPDATE_SCREENSHOTS ? path.join(REPO_ROOT, 'media', 'screenshots') : RESULTS_DIR,
        checks: [
            ['the sidebar shows the catalog', checkSidebar],
            ['a package.json dependency shows its hover', checkHover],
            ['the comparison panel shows, restores and edits its table', checkComparePanel],
            ['the team radar shows its dots, notes and table, opens an entry and comes back after a reload', checkTeamRadar],
        ],
    },
    restricted: {
        workspaceTrust: 'untrusted',
        screenshotDir: path.join(RESULTS_DIR, 'restricted-mode'),
        checks: [
            ['the window is in Restricted Mode', checkRestrictedMode],
            ['the sidebar shows the catalog', checkSidebar],
            ['a package.json dependency shows its hover', checkHover],
            ['a Gemfile dependency shows its hover', checkGemfileHover],
            ['the review lists the stack and the status bar shows it', checkReviewAndStatusBar],
        ],
    },
    web: {
        workspaceTrust: 'disabled',
        userSettings: { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } },
        screenshotDir: path.join(RESULTS_DIR, 'web-worker'),
        checks: [
            ['the sidebar shows the catalog', checkSidebar],
            ['the extension runs in the web worker extension host', checkRunsInWebWorker],
            ['a package.json dependency shows its hover', checkHover],
            ['a Gemfile dependency shows its hover', checkGemfileHover],
            ['a dependency in every other manifest kind shows its hover', checkEveryManifestHover],
            ['the comparison panel shows, restores and edits its table', checkComparePanel],
            ['the team radar shows its dots, notes and table, opens an entry and comes back after a reload', checkTeamRadar],
            ['the review lists the stack and the status bar shows it', checkReviewAndStatusBar],
            ['a recommendation ranks stacks with their reasons', checkRecommendation],
        ],
    },
};

/** Opens the demo folder in a workbench of its own and runs the phase's checks; returns how many failed. */
async function runPhase(name: string, phase: Phase, extensionsDir: string): Promise<{ passed: number; failed: number }> {
    console.log(`${name}:`);
    mkdirSync(phase.screenshotDir, { recursive: true });
    const server = await startCodeServer({ folder: DEMO_WORKSPACE, extensionsDir, workspaceTrust: phase.workspaceTrust, userSettings: phase.userSettings });
    const browser = await launchBrowser();
    let passed = 0;
    let failed = 0;
    try {
        const page = await newWorkbenchPage(browser);
        await page.goto(workbenchUrl(server, { folder: DEMO_WORKSPACE }));
        for (const [check, run] of phase.checks) {
            const started = Date.now();
            try {
                await run(page, phase.screenshotDir);
                passed += 1;
                console.log(`  ✔ ${check} (${Date.now() - started} ms)`);
            } catch (error) {
                failed += 1;
                console.error(`  ✘ ${check}:`, error);
                await page.screenshot({ path: path.join(RESULTS_DIR, `failure-${name}-${passed + failed}.png`) }).catch(() => undefined);
            }
        }
    } finally {
        await browser.close();
        await server.stop();
    }
    return { passed, failed };
}

async function main(): Promise<void> {
    const { values } = parseArgs({ options: { only: { type: 'string' } } });
    const names = Object.keys(PHASES).filter((name) => values.only === undefined || values.only === name) as (keyof typeof PHASES)[];
    assert.ok(names.length > 0, `--only takes one of ${Object.keys(PHASES).join(', ')}`);
    assert.ok(existsSync(VSIX_PATH), `${VSIX_PATH} is missing: run npm run package first`);
    ensureCodeServer();
    mkdirSync(RESULTS_DIR, { recursive: true });
    const extensionsDir = mkdtempSync(path.join(os.tmpdir(), 'stack-guide-vsix-'));
    let passed = 0;
    let failed = 0;
    try {
        const installed = codeServerCli(['--install-extension', VSIX_PATH], extensionsDir);
        assert.match(installed, /successfully installed/i, installed);
        for (const name of names) {
            const result = await runPhase(name, PHASES[name], extensionsDir);
            passed += result.passed;
            failed += result.failed;
        }
    } finally {
        rmSync(extensionsDir, { recursive: true, force: true });
    }
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
