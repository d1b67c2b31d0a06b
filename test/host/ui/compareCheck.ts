import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { quickPickRow, runFromPalette, webviewFrame } from './workbenchActions';

const ENTRIES = ['Django', 'Ruby on Rails', 'NestJS'];
/** The columns come in the order the entries were picked. */
const COLUMNS = ENTRIES;

async function columnNames(frame: Frame): Promise<string[]> {
    return frame.locator('thead th[scope="col"] .column-name').allTextContents();
}

async function comparisonFrame(page: Page): Promise<Frame> {
    return webviewFrame(page, 'table caption', 90_000);
}

/** Picks entries in the command's multi-select QuickPick: filter, click each row, accept. */
export async function pickEntries(page: Page, names: readonly string[]): Promise<void> {
    const input = page.locator('.quick-input-widget input');
    await page.mouse.move(0, 0);
    for (const name of names) {
        await input.fill(name);
        // The picker ranks the items itself as the text changes: let the list settle before
        // clicking, or the row under the pointer may already be another entry.
        await page.waitForTimeout(500);
        await quickPickRow(page, name).click();
        // A pointer left on the row opens its tooltip, which can cover the next row to click.
        await page.mouse.move(0, 0);
    }
    await page.keyboard.press('Enter');
}

export async function useTheme(page: Page, theme: string): Promise<void> {
    await runFromPalette(page, 'Preferences: Color Theme');
    await page.locator('.quick-input-widget input').fill(theme);
    await quickPickRow(page, theme).click();
    await page.waitForTimeout(500);
}

/**
 * Opens the comparison the way a user does (palette, QuickPick), reads the table inside the
 * webview, takes light and dark pictures, reloads the window to see the panel restored, and
 * removes a column with its button.
 */
export async function checkComparePanel(page: Page, screenshotDir: string): Promise<void> {
    await runFromPalette(page, 'Stack Guide: Compare…');
    await pickEntries(page, ENTRIES);
    let frame = await comparisonFrame(page);
    assert.deepEqual(await columnNames(frame), COLUMNS);
    const dimensions = await frame.locator('tbody th[scope="row"]').allTextContents();
    for (const dimension of ['Kind', 'First release', 'Licence', 'Concurrency model', 'Learning curve']) {
        assert.ok(dimensions.some((text) => text.includes(dimension)), `no ${dimension} row in ${JSON.stringify(dimensions)}`);
    }
    assert.match((await frame.locator('caption').textContent()) ?? '', /^Comparing Django, Ruby on Rails and NestJS/);
    await page.locator('.part.editor').screenshot({ path: path.join(screenshotDir, 'compare-light.png') });

    await useTheme(page, 'Dark Modern');
    await page.locator('.part.editor').screenshot({ path: path.join(screenshotDir, 'compare-dark.png') });

    // A window reload, through the workbench so it saves its state as on a user's reload: the
    // serializer must bring the same comparison back.
    await runFromPalette(page, 'Developer: Reload Window');
    await page.waitForEvent('load');
    frame = await comparisonFrame(page);
    assert.deepEqual(await columnNames(frame), COLUMNS, 'the comparison did not survive a window reload');

    await frame.locator('button[data-action="remove"][data-id="nestjs"]').click();
    await frame.waitForFunction(() => document.querySelectorAll('thead th[scope="col"] .column-name').length === 2);
    assert.deepEqual(await columnNames(frame), ['Django', 'Ruby on Rails']);
    await useTheme(page, 'Light Modern');
}
