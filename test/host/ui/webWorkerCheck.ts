import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { quickPickRow, runFromPalette, webviewFrame } from './workbenchActions';

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

/**
 * Answers the three questions from the keyboard and mouse, as a user would: a third priority is
 * refused with a message in the picker's title (VS Code 1.100's QuickPick has no validation
 * message), then the ranking is read in the "Stack Guide: Recommendations" editor.
 */
export async function checkRecommendation(page: Page, screenshotDir: string): Promise<void> {
    await runFromPalette(page, 'Stack Guide: Recommend a Stack…');
    await quickPickRow(page, 'REST API').click();
    // Languages: whatever the workspace pre-ticked is a valid answer.
    await quickPickRow(page, 'Python').waitFor();
    await page.keyboard.press('Enter');
    for (const priority of ['Performance', 'Type safety', 'Scalability']) {
        await quickPickRow(page, priority).click();
        // Away from the row, so its tooltip cannot cover the next one.
        await page.mouse.move(0, 0);
    }
    await page.locator('.quick-input-title', { hasText: 'Choose at most 2.' }).waitFor();
    await page.keyboard.press('Enter');
    const frame = await webviewFrame(page, 'section.stack', 90_000);
    assert.match((await frame.locator('h1').textContent()) ?? '', /^Recommended stacks: REST API/);
    assert.equal(await frame.locator('button[data-action="compare"]').count(), 1, 'no Compare these button');
    assert.equal(await frame.locator('button[data-action="changeAnswers"]').count(), 1, 'no Change answers button');
    const reasons = await frame.locator('.reason .sentence').allTextContents();
    assert.ok(reasons.some((reason) => /is among the fastest choices \(our judgement\)\.$/.test(reason)), `no performance reason in ${JSON.stringify(reasons)}`);
    assert.ok(!reasons.some((reason) => /›|judgements\.|attributes\./.test(reason)), `a field path in ${JSON.stringify(reasons)}`);
    assert.match((await frame.locator('.score-note').textContent()) ?? '', /A score is a number of points/);
    await page.locator('.part.editor').screenshot({ path: path.join(screenshotDir, 'recommendation.png') });
    await runFromPalette(page, 'View: Close All Editors');
}
