import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { setExpanded } from './workbenchActions';

async function sidebarRows(page: Page): Promise<string[]> {
    return page.locator('.part.sidebar .monaco-list-row').evaluateAll((rows) => rows.map((row) => row.textContent ?? ''));
}

/** Opens the Stack Guide view from the activity bar and reads its rows off the screen. */
export async function checkSidebar(page: Page, screenshotDir: string): Promise<void> {
    const activityItem = page.getByRole('tab', { name: /^Stack Guide/ });
    await activityItem.waitFor({ timeout: 60_000 });
    await activityItem.click();
    await page.locator('.part.sidebar .monaco-list-row', { hasText: 'Python' }).first().waitFor({ timeout: 60_000 });

    // Compare and Recommend sit in the catalog view's title bar, where a new user looks first.
    for (const action of ['Compare…', 'Recommend a Stack…']) {
        assert.ok((await page.locator(`.part.sidebar .pane-header .action-label[aria-label^="${action}"]`).count()) > 0, `no ${action} in the view's title bar`);
    }
    const rows = await sidebarRows(page);
    for (const language of ['JavaScript', 'Python', 'Ruby']) {
        assert.ok(rows.some((row) => row.startsWith(language)), `no ${language} row in ${JSON.stringify(rows)}`);
    }
    // Show Python → Frameworks, other languages folded, so the picture shows entries; the roles
    // (Web back end, AI) open with Frameworks.
    const sidebarRow = (level: number, label: string): Locator =>
        page.locator(`.part.sidebar .monaco-list-row[aria-level="${level}"]`, { hasText: new RegExp(`^${label}`) }).first();
    for (const language of ['JavaScript', 'Ruby', 'Python']) {
        await setExpanded(sidebarRow(1, language), language === 'Python');
    }
    await setExpanded(sidebarRow(2, 'Frameworks'), true);
    await sidebarRow(3, 'Web back end').waitFor();
    await sidebarRow(4, 'Django').waitFor();
    const expanded = await sidebarRows(page);
    // Early in the alphabetical list: the tree draws only the rows in view, and the Restricted
    // Mode banner leaves fewer of them (Tornado may be out of view).
    for (const framework of ['Django', 'FastAPI', 'Flask']) {
        assert.ok(expanded.some((row) => row.startsWith(framework)), `no ${framework} row in ${JSON.stringify(expanded)}`);
    }
    await page.locator('.part.sidebar').screenshot({ path: path.join(screenshotDir, 'sidebar.png') });
}
