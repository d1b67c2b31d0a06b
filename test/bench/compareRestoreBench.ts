/**
 * `npm run bench:restore`: what a user waits for after a window reload with a comparison open.
 * Opens a comparison from the palette, then reloads the window several times and times, from
 * the moment the restored Compare tab is on screen, until the panel's page shows anything
 * (its placeholder) and until it shows the table. Runs the extension from this folder's
 * production build in code-server and headless Chromium. Prints figures; asserts nothing
 * about time.
 */
import type { Frame, Page, Request } from 'playwright-core';
import { startCodeServer } from '../host/codeServer';
import { FIXTURE_WORKSPACE, REPO_ROOT } from '../host/paths';
import { quickPickRow, runFromPalette } from '../host/ui/workbenchActions';
import { launchBrowser, newWorkbenchPage, workbenchUrl } from '../host/workbench';
import { minMedianMax } from './minMedianMax';

const RELOADS = 5;
const ENTRIES = ['Django', 'Ruby on Rails', 'NestJS'];
const POLL_MS = 25;
const GIVE_UP_MS = 60_000;
/** The restored tab: its title starts with "Compare". */
const COMPARE_TAB = '.tabs-container .tab[aria-label^="Compare"]';

/** Our page's first request: the script the shell loads, so the page's HTML is in. */
const OUR_SCRIPT = /\/dist\/webview\/compare\.js/;
/** With BENCH_TRACE=1, the webview's requests in order, to see which step waits. */
const TRACED = /index\.html|fake\.html|service-worker|\/dist\/webview\/|compare\.css|codicon/;
const TRACE = process.env.BENCH_TRACE === '1';

interface Reload {
    /** Workbench `load` event → the Compare tab on screen. */
    readonly tab: number;
    /** Tab on screen → the page requests our script (its HTML was set and loaded). */
    readonly script: number;
    /** Tab on screen → the page inside the panel shows something (placeholder or table). */
    readonly placeholder: number;
    /** Tab on screen → the table is drawn. */
    readonly table: number;
}

/** Polls until `probe` answers true; resolves with the time it did (epoch ms). */
async function when(page: Page, what: string, probe: () => Promise<boolean>): Promise<number> {
    const deadline = Date.now() + GIVE_UP_MS;
    while (Date.now() < deadline) {
        if (await probe().catch(() => false)) {
            return Date.now();
        }
        await page.waitForTimeout(POLL_MS);
    }
    throw new Error(`${what} did not happen within ${GIVE_UP_MS / 1000} s`);
}

/** True when one of the webview frames (code-server nests them) has a visible match. */
async function anyFrameShows(page: Page, selector: string): Promise<boolean> {
    const frames: Frame[] = page.frames().filter((frame) => frame.url().includes('fake.html'));
    for (const frame of frames) {
        if (await frame.locator(selector).first().isVisible().catch(() => false)) {
            return true;
        }
    }
    return false;
}

async function openComparison(page: Page): Promise<void> {
    await runFromPalette(page, 'Stack Guide: Compare…');
    const input = page.locator('.quick-input-widget input');
    for (const name of ENTRIES) {
        await input.fill(name);
        await quickPickRow(page, name).click();
    }
    await page.keyboard.press('Enter');
    await when(page, 'the first table', () => anyFrameShows(page, 'table caption'));
}

async function timeReload(page: Page, scriptRequests: readonly number[]): Promise<Reload> {
    const loaded = page.waitForEvent('load', { timeout: GIVE_UP_MS });
    await runFromPalette(page, 'Developer: Reload Window');
    await loaded;
    const load = Date.now();
    const tab = await when(page, 'the Compare tab', () => page.locator(COMPARE_TAB).first().isVisible());
    if (TRACE) {
        console.log(`  ${load} load, ${tab} tab shown`);
    }
    // Either the placeholder or the table: whatever the page shows first.
    const placeholder = await when(page, 'the panel content', () => anyFrameShows(page, '#app > *'));
    const table = await when(page, 'the table', () => anyFrameShows(page, 'table caption'));
    const script = scriptRequests.find((time) => time >= load) ?? placeholder;
    return { tab: tab - load, script: script - tab, placeholder: placeholder - tab, table: table - tab };
}

/** Whole milliseconds: the reloads are timed with Date.now(). */
const summary = (values: readonly number[]): string => minMedianMax(values, 0);

async function main(): Promise<void> {
    const server = await startCodeServer({ folder: FIXTURE_WORKSPACE });
    const browser = await launchBrowser();
    const reloads: Reload[] = [];
    const scriptRequests: number[] = [];
    try {
        const page = await newWorkbenchPage(browser);
        page.context().on('request', (request: Request) => {
            if (OUR_SCRIPT.test(request.url())) {
                scriptRequests.push(Date.now());
            }
            if (TRACE && TRACED.test(request.url())) {
                console.log(`  ${Date.now()} request ${request.url().replace(/\?.*$/, '').slice(-90)}`);
            }
        });
        await page.goto(workbenchUrl(server, { folder: FIXTURE_WORKSPACE, extensionDevelopmentPath: REPO_ROOT }));
        // The extension's commands are in the palette once its activity bar item is.
        await page.getByRole('tab', { name: /^Stack Guide/ }).waitFor({ timeout: 2 * GIVE_UP_MS });
        await openComparison(page);
        for (let run = 0; run < RELOADS; run += 1) {
            const reload = await timeReload(page, scriptRequests);
            console.log(
                `reload ${run}: tab ${reload.tab} ms after load; then script requested +${reload.script} ms, ` +
                    `placeholder +${reload.placeholder} ms, table +${reload.table} ms`,
            );
            reloads.push(reload);
        }
    } finally {
        await browser.close();
        await server.stop();
    }
    console.log(`restored Compare panel, ${reloads.length} window reloads, times from the tab appearing:`);
    console.log(`  page's script requested: ${summary(reloads.map((reload) => reload.script))}`);
    console.log(`  anything shown: ${summary(reloads.map((reload) => reload.placeholder))}`);
    console.log(`  table shown:    ${summary(reloads.map((reload) => reload.table))}`);
    console.log(`  (tab on screen after the workbench load: ${summary(reloads.map((reload) => reload.tab))})`);
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
