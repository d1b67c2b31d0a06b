/**
 * `npm run test:package`: installs the packaged .vsix into code-server the way a user would
 * (`--install-extension`), opens the workbench in headless Chromium and checks on screen what
 * a user sees: the sidebar, a dependency hover, and the comparison panel (light and dark, after
 * a window reload, removing a column). A packaging mistake (a missing data file or webview asset, a dependency
 * left out of the bundle) fails here. Pictures go to test-results/, or to media/screenshots/
 * with UPDATE_SCREENSHOTS=1.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { codeServerCli, ensureCodeServer, startCodeServer } from './codeServer';
import { DEMO_WORKSPACE, REPO_ROOT, RESULTS_DIR, VSIX_PATH } from './paths';
import { checkComparePanel } from './ui/compareCheck';
import { checkHover } from './ui/hoverCheck';
import { checkSidebar } from './ui/sidebarCheck';
import { launchBrowser, newWorkbenchPage, workbenchUrl } from './workbench';

const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS ? path.join(REPO_ROOT, 'media', 'screenshots') : RESULTS_DIR;

const CHECKS: [string, (page: Page, screenshotDir: string) => Promise<void>][] = [
    ['the sidebar shows the catalog', checkSidebar],
    ['a package.json dependency shows its hover', checkHover],
    ['the comparison panel shows, restores and edits its table', checkComparePanel],
];

async function main(): Promise<void> {
    assert.ok(existsSync(VSIX_PATH), `${VSIX_PATH} is missing: run npm run package first`);
    ensureCodeServer();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const extensionsDir = mkdtempSync(path.join(os.tmpdir(), 'stack-guide-vsix-'));
    const installed = codeServerCli(['--install-extension', VSIX_PATH], extensionsDir);
    assert.match(installed, /successfully installed/i, installed);
    const server = await startCodeServer({ folder: DEMO_WORKSPACE, extensionsDir });
    const browser = await launchBrowser();
    let passed = 0;
    let failed = 0;
    try {
        const page = await newWorkbenchPage(browser);
        await page.goto(workbenchUrl(server, { folder: DEMO_WORKSPACE }));
        for (const [name, check] of CHECKS) {
            const started = Date.now();
            try {
                await check(page, SCREENSHOT_DIR);
                passed += 1;
                console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
            } catch (error) {
                failed += 1;
                console.error(`  ✘ ${name}:`, error);
                await page.screenshot({ path: path.join(RESULTS_DIR, `failure-${passed + failed}.png`) }).catch(() => undefined);
            }
        }
    } finally {
        await browser.close();
        await server.stop();
        rmSync(extensionsDir, { recursive: true, force: true });
    }
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
