import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Opens `file` with Quick Open, puts the cursor at the end of `search` with the find widget
 * (inside a dependency's name, as a hovering mouse would be) and shows the hover from the
 * keyboard, then returns what the user reads: the rendered Markdown, not its source. The hover
 * stays open; `closeHover` closes it and the file.
 */
export async function showHover(page: Page, file: string, search: string): Promise<string> {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill(file);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: file }).first().click();
    const editor = page.locator('.part.editor .monaco-editor').first();
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+F');
    await page.keyboard.type(search);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // "Show in Stack Guide", or "Show React in Stack Guide" on a package its entry lists.
    const hover = page.locator('.monaco-hover', { hasText: /in Stack Guide/ });
    await hover.waitFor({ timeout: 30_000 });
    const text = await hover.innerText();
    assert.doesNotMatch(text, /\\/, 'Markdown escapes leaked into the rendered hover');
    return text;
}

export async function closeHover(page: Page): Promise<void> {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+W');
}

/** Hovers `express` in demo/package.json: a compact hover, headline first and the links in one row. */
export async function checkHover(page: Page, screenshotDir: string): Promise<void> {
    const text = await showHover(page, 'package.json', '"expres');
    assert.match(text, /^Express — web framework · MIT · first released 2010$/m);
    assert.match(text, /Version \^4\.19\.2: any 4\.x version from 4\.19\.2 up, below 5\.0\.0 \(>= 4\.19\.2, < 5\.0\.0\)/);
    assert.doesNotMatch(text, /-0\b|Alternatives:/);
    assert.match(text, /^Documentation · .*npm · Compare with Fastify and Koa · Show in Stack Guide$/m);
    await page.locator('.part.editor').screenshot({ path: path.join(screenshotDir, 'hover.png') });
    await closeHover(page);
}

/** Hovers `rails` in demo/Gemfile. */
export async function checkGemfileHover(page: Page): Promise<void> {
    const text = await showHover(page, 'Gemfile', '"rail');
    assert.match(text, /^Ruby on Rails — web framework · MIT · first released 2004$/m);
    assert.match(text, /Version ~> 7\.1/);
    await closeHover(page);
}

/** One dependency a manifest kind, with the headline its hover must show. */
const EVERY_FORMAT: readonly [file: string, search: string, headline: RegExp][] = [
    ['requirements.txt', 'Djang', /^Django — web framework · BSD-3-Clause · first released 2005$/m],
    ['pyproject.toml', '"fastap', /^FastAPI — web framework · MIT · first released 2018$/m],
    ['Pipfile', 'celer', /^Celery — job queue · /m],
    ['demo.gemspec', '"seque', /^Sequel — ORM \/ ODM library · /m],
];

/** Hovers a dependency in each manifest kind the demo has beyond package.json and the Gemfile. */
export async function checkEveryManifestHover(page: Page): Promise<void> {
    for (const [file, search, headline] of EVERY_FORMAT) {
        const text = await showHover(page, file, search);
        assert.match(text, headline, `${file}: ${text}`);
        await closeHover(page);
    }
}
