import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { quickPickRow, runFromPalette } from './workbenchActions';

/**
 * "Show Catalog Info" says which extension host runs the extension, from whether Node.js's
 * `process` exists there: with `remote.extensionKind` set to web it must be the web worker.
 */
export async function checkRunsInWebWorker(page: Page, screenshotDir: string): Promise<void> {
    await runFromPalette(page, 'Stack Guide: Show Catalog Info');
    const editor = page.locator('.part.editor .monaco-editor .view-lines').first();
    await editor.getByText('running in the web worker extension host', { exact: false }).waitFor({ timeout: 60_000 });
    // The editor draws spaces as no-break spaces.
    const text = ((await editor.textContent()) ?? '').replace(/\u00a0/g, ' ');
    assert.doesNotMatch(text, /Node\.js extension host/);
    assert.match(text, /The curated catalog holds [\d,]+ entries/);
    await page.locator('.part.editor').screenshot({ path: path.join(screenshotDir, 'catalog-info.png') });
    await page.keyboard.press('Control+W');
}

/** Answers the three questions from the keyboard and mouse, as a user would, and reads the ranking. */
export async function checkRecommendation(page: Page, screenshotDir: string): Promise<void> {
    await runFromPalette(page, 'Stack Guide: Recommend a Stack…');
    await quickPickRow(page, 'REST API').click();
    // Languages: none ticked is a valid answer.
    await quickPickRow(page, 'Python').waitFor();
    await page.keyboard.press('Enter');
    await quickPickRow(page, 'Performance').click();
    await page.keyboard.press('Enter');
    const separator = page.locator('.quick-input-list .monaco-list-row', { hasText: /1 · score \d+/ }).first();
    await separator.waitFor({ timeout: 30_000 });
    const rows = await page.locator('.quick-input-list .monaco-list-row').allTextContents();
    assert.ok(rows.some((row) => row.trim().startsWith('Compare ')), `no Compare row in ${JSON.stringify(rows)}`);
    assert.ok(rows.some((row) => /performance: .* is in the high performance tier/.test(row)), `no performance reason in ${JSON.stringify(rows)}`);
    await page.screenshot({ path: path.join(screenshotDir, 'recommendation.png') });
    await page.keyboard.press('Escape');
}
