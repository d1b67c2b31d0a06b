import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { runFromPalette, setExpanded } from './workbenchActions';

/** The workbench says so in its status bar when the folder is untrusted. */
export async function checkRestrictedMode(page: Page): Promise<void> {
    await page.locator('.part.statusbar .statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 60_000 });
}

/**
 * Runs "Review This Workspace" from the palette and reads the "This Workspace" view: its Stack
 * row names the stack, its Frameworks row the demo's frameworks, and the status bar shows the
 * Stack row's text.
 */
export async function checkReviewAndStatusBar(page: Page, screenshotDir: string): Promise<void> {
    await runFromPalette(page, 'Stack Guide: Review This Workspace');
    const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'This Workspace' }) });
    const stackRow = pane.locator('.monaco-list-row', { hasText: /^Stack/ }).first();
    await stackRow.waitFor({ timeout: 60_000 });
    const stack = ((await stackRow.locator('.label-description').textContent()) ?? '').trim();
    assert.match(stack, /^\S.* · .+/, `the Stack row names no stack: ${JSON.stringify(stack)}`);
    // Findings come first; the Stack row, collapsed, holds the Frameworks row.
    await setExpanded(stackRow, true);
    await pane.locator('.monaco-list-row', { hasText: /^Frameworks/ }).first().waitFor({ timeout: 30_000 });
    const rows = await pane.locator('.monaco-list-row').allTextContents();
    const frameworks = rows.find((row) => row.startsWith('Frameworks')) ?? '';
    for (const framework of ['Express', 'Ruby on Rails']) {
        assert.ok(frameworks.includes(framework), `no ${framework} in the Frameworks row of ${JSON.stringify(rows)}`);
    }
    await page.locator('.part.statusbar .statusbar-item', { hasText: stack }).first().waitFor({ timeout: 30_000 });
    await page.screenshot({ path: path.join(screenshotDir, 'restricted-mode.png') });
}
