import type { Frame, Locator, Page } from 'playwright-core';

/** Runs a command from the palette by its title, as a user would. */
export async function runFromPalette(page: Page, title: string): Promise<void> {
    // A webview clicked last keeps the keyboard inside its frame, where F1 may not reach the
    // workbench: give the focus back to the workbench's own document first.
    await page.evaluate(() => {
        if (document.activeElement instanceof HTMLIFrameElement) {
            document.activeElement.blur();
        }
    });
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await quickPickRow(page, title).click();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The QuickPick row whose label is exactly `label` (filtering also shows near matches). */
export function quickPickRow(page: Page, label: string): Locator {
    return page
        .locator('.quick-input-list .monaco-list-row', {
            has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(label)}$`) }),
        })
        .first();
}

/** Clicks a tree row only when that changes its state: a click toggles it. */
export async function setExpanded(row: Locator, expanded: boolean): Promise<void> {
    if ((await row.getAttribute('aria-expanded')) !== String(expanded)) {
        await row.click();
    }
    await row.page().waitForFunction(
        ([element, value]) => element?.getAttribute('aria-expanded') === value,
        [await row.elementHandle(), String(expanded)] as const,
    );
}

/**
 * The frame that holds a webview's own HTML (code-server nests it in two iframes), found by
 * a selector only our page has.
 */
export async function webviewFrame(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        for (const frame of page.frames()) {
            if (frame.url().includes('fake.html') && (await frame.locator(selector).count().catch(() => 0)) > 0) {
                return frame;
            }
        }
        await page.waitForTimeout(200);
    }
    throw new Error(`no webview frame with ${selector} within ${timeoutMs / 1000} s`);
}
