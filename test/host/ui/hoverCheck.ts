import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Opens demo/package.json, puts the cursor on a dependency with the find widget and shows the
 * hover from the keyboard, then reads what the user sees: the rendered Markdown, not its source.
 */
export async function checkHover(page: Page, screenshotDir: string): Promise<void> {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('package.json');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'package.json' }).first().click();
    const editor = page.locator('.part.editor .monaco-editor').first();
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+F');
    // The cursor ends where the match ends: inside the name, as a hovering mouse would be.
    await page.keyboard.type('"expres');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover', { hasText: 'Show in Stack Guide' });
    await hover.waitFor({ timeout: 30_000 });
    const text = await hover.innerText();
    assert.match(text, /Express · framework · Web framework/);
    assert.match(text, /Version \^4\.19\.2: any 4\.x version from 4\.19\.2 up/);
    assert.match(text, /Compare with alternatives/);
    assert.doesNotMatch(text, /\\/, 'Markdown escapes leaked into the rendered hover');
    await page.locator('.part.editor').screenshot({ path: path.join(screenshotDir, 'hover.png') });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+W');
}
