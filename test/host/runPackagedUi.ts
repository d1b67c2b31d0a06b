/**
 * Installs the packaged .vsix into code-server the way a user would (`--install-extension`),
 * opens the workbench in headless Chromium and checks, on screen, that the extension activates
 * and its sidebar shows the catalog. A packaging mistake (a missing data file, a dependency
 * left out of the bundle) fails here. Saves a screenshot of the sidebar in test-results/, or
 * in media/screenshots/ with UPDATE_SCREENSHOTS=1.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { codeServerCli, ensureCodeServer, startCodeServer } from './codeServer';
import { DEMO_WORKSPACE, REPO_ROOT, RESULTS_DIR, VSIX_PATH } from './paths';
import { launchBrowser, newWorkbenchPage, workbenchUrl } from './workbench';

const SCREENSHOT_DIR = process.env.UPDATE_SCREENSHOTS ? path.join(REPO_ROOT, 'media', 'screenshots') : RESULTS_DIR;

async function sidebarRows(page: Page): Promise<string[]> {
    return page.locator('.part.sidebar .monaco-list-row').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));
}

/** Clicks a tree row only when that changes its state: a click toggles it. */
async function setExpanded(row: Locator, expanded: boolean): Promise<void> {
    if ((await row.getAttribute('aria-expanded')) !== String(expanded)) {
        await row.click();
    }
    await row.page().waitForFunction(
        ([element, value]) => element?.getAttribute('aria-expanded') === value,
        [await row.elementHandle(), String(expanded)] as const,
    );
}

async function main(): Promise<void> {
    assert.ok(existsSync(VSIX_PATH), `${VSIX_PATH} is missing: run npm run package first`);
    ensureCodeServer();
    const extensionsDir = mkdtempSync(path.join(os.tmpdir(), 'stack-guide-vsix-'));
    const installed = codeServerCli(['--install-extension', VSIX_PATH], extensionsDir);
    assert.match(installed, /successfully installed/i, installed);
    const server = await startCodeServer({ folder: DEMO_WORKSPACE, extensionsDir });
    const browser = await launchBrowser();
    const started = Date.now();
    try {
        const page = await newWorkbenchPage(browser);
        await page.goto(workbenchUrl(server, { folder: DEMO_WORKSPACE }));
        const activityItem = page.getByRole('tab', { name: /^Stack Guide/ });
        await activityItem.waitFor({ timeout: 60_000 });
        await activityItem.click();
        const languages = page.locator('.part.sidebar .monaco-list-row', { hasText: 'Python' });
        await languages.first().waitFor({ timeout: 60_000 });
        console.log(`Sidebar rendered ${((Date.now() - started) / 1000).toFixed(1)} s after the workbench was opened.`);

        const rows = await sidebarRows(page);
        for (const language of ['JavaScript', 'Python', 'Ruby']) {
            assert.ok(rows.some((row) => row.startsWith(language)), `no ${language} row in ${JSON.stringify(rows)}`);
        }
        // Show Python → Frameworks, other languages folded, so the picture shows entries.
        const sidebarRow = (level: number, label: string): Locator =>
            page.locator(`.part.sidebar .monaco-list-row[aria-level="${level}"]`, { hasText: new RegExp(`^${label}`) }).first();
        for (const language of ['JavaScript', 'Ruby', 'Python']) {
            await setExpanded(sidebarRow(1, language), language === 'Python');
        }
        await setExpanded(sidebarRow(2, 'Frameworks'), true);
        await sidebarRow(3, 'Django').waitFor();
        const expanded = await sidebarRows(page);
        for (const framework of ['Django', 'Flask', 'Tornado']) {
            assert.ok(expanded.some((row) => row.startsWith(framework)), `no ${framework} row in ${JSON.stringify(expanded)}`);
        }
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.locator('.part.sidebar').screenshot({ path: path.join(SCREENSHOT_DIR, 'sidebar.png') });
        console.log(`The packaged extension activated and showed ${expanded.length} sidebar rows.`);
        console.log('1 passed, 0 failed');
    } finally {
        await browser.close();
        await server.stop();
        rmSync(extensionsDir, { recursive: true, force: true });
    }
}

main().catch((error: unknown) => {
    console.error(error);
    console.error('0 passed, 1 failed');
    process.exitCode = 1;
});
