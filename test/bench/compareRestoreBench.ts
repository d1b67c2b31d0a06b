/**
 * `npm run bench:restore`: what a user waits for after a window reload with a comparison, and
 * then a recommendations editor, open. Opens each the way a user does, reloads the window
 * several times and times, from the moment the restored tab is on screen, until its page shows
 * anything (its loading line) and until it shows its content. To tell the workbench's part from
 * ours it also reads, from the extension host's log, when that host started and when it
 * activated the extension. Runs the extension from this folder's production build in
 * code-server and headless Chromium. Prints figures; asserts nothing about time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page, Request } from 'playwright-core';
import { startCodeServer, type RunningCodeServer } from '../host/codeServer';
import { FIXTURE_WORKSPACE, REPO_ROOT } from '../host/paths';
import { pickEntries } from '../host/ui/compareCheck';
import { quickPickRow, runFromPalette } from '../host/ui/workbenchActions';
import { launchBrowser, newWorkbenchPage, workbenchUrl } from '../host/workbench';
import { minMedianMax } from './minMedianMax';

const RELOADS = Number(process.env.BENCH_RELOADS ?? 5);
const POLL_MS = 25;
const GIVE_UP_MS = 60_000;
const EXTENSION_ID = 'stackguide.stack-guide';
/** With BENCH_TRACE=1, the webview's requests and the extension host's log lines, in order. */
const TRACE = process.env.BENCH_TRACE === '1';
const TRACED = /index\.html|fake\.html|service-worker|\/dist\/webview\/|\.css/;

/** A panel VS Code restores after a reload, and how the bench opens it and knows what it shows. */
interface RestoredPanel {
    readonly name: string;
    /** The restored tab, by its title. */
    readonly tab: string;
    /** The page shows anything: its loading line or its content. */
    readonly shown: string;
    /** The page shows its content. */
    readonly content: string;
    open(page: Page): Promise<void>;
}

const COMPARISON: RestoredPanel = {
    name: 'Compare panel',
    tab: '.tabs-container .tab[aria-label^="Compare"]',
    shown: '#app > *',
    content: 'table caption',
    open: async (page) => {
        await runFromPalette(page, 'Stack Guide: Compare…');
        await pickEntries(page, ['Django', 'Ruby on Rails', 'NestJS']);
    },
};

const RECOMMENDATIONS: RestoredPanel = {
    name: 'Recommendations editor',
    tab: '.tabs-container .tab[aria-label^="Stack Guide: Recommendations"]',
    shown: '#app > *',
    content: 'section.stack',
    open: async (page) => {
        await runFromPalette(page, 'Stack Guide: Recommend a Stack…');
        await quickPickRow(page, 'REST API').click();
        await quickPickRow(page, 'Python').waitFor();
        await page.keyboard.press('Enter');
        await quickPickRow(page, 'Performance').click();
        await page.keyboard.press('Enter');
    },
};

interface Reload {
    /** Workbench `load` event → the tab on screen. */
    readonly tab: number;
    /** Tab on screen → the extension host activated the extension (from its log; NaN if unread). */
    readonly activated: number;
    /** Tab on screen → the page shows something (loading line or content). */
    readonly shown: number;
    /** Tab on screen → the content is drawn. */
    readonly content: number;
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

/** Every file under `folder` whose name is `name`. */
function filesNamed(folder: string, name: string): string[] {
    if (!existsSync(folder)) {
        return [];
    }
    return readdirSync(folder, { withFileTypes: true, recursive: true })
        .filter((entry) => entry.isFile() && entry.name === name)
        .map((entry) => path.join(entry.parentPath, entry.name));
}

/** A log line's time ("2026-12-08 00:46:03.123 [info] ..."), read as local time like the log writes it. */
function lineTime(line: string): number {
    const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
    return match ? new Date(`${match[1]}T${match[2]}`).getTime() : Number.NaN;
}

/**
 * When the extension host serving the window loaded after `since` activated the extension, from
 * the server's log folder (code-server prints where its user data is). NaN if unreadable.
 */
function activationTime(server: RunningCodeServer, since: number): number {
    const userData = /Using user-data-dir (\S+)/.exec(server.log())?.[1];
    const logs = userData === undefined ? [] : filesNamed(path.join(userData, 'logs'), 'remoteexthost.log');
    const lines = logs.flatMap((file) => readFileSync(file, 'utf8').split('\n'));
    if (TRACE) {
        for (const line of lines.filter((text) => lineTime(text) >= since - 60_000 && /Extension host|ExtHostExtensionService|stackguide/i.test(text))) {
            console.log(`  ${lineTime(line)} exthost ${line.slice(24, 200)}`);
        }
    }
    const times = lines.filter((line) => line.includes(`_doActivateExtension ${EXTENSION_ID}`)).map(lineTime);
    return times.find((time) => time >= since) ?? Number.NaN;
}

async function timeReload(page: Page, server: RunningCodeServer, panel: RestoredPanel): Promise<Reload> {
    const loaded = page.waitForEvent('load', { timeout: GIVE_UP_MS });
    const reloading = Date.now();
    await runFromPalette(page, 'Developer: Reload Window');
    await loaded;
    const load = Date.now();
    const tab = await when(page, `the ${panel.name} tab`, () => page.locator(panel.tab).first().isVisible());
    if (TRACE) {
        console.log(`  ${load} load, ${tab} tab shown`);
    }
    const shown = await when(page, `the ${panel.name}'s page`, () => anyFrameShows(page, panel.shown));
    const content = await when(page, `the ${panel.name}'s content`, () => anyFrameShows(page, panel.content));
    const activated = activationTime(server, reloading);
    return { tab: tab - load, activated: activated - tab, shown: shown - tab, content: content - tab };
}

/** Whole milliseconds: the reloads are timed with Date.now(). */
const summary = (values: readonly number[]): string => minMedianMax(values, 0);

async function benchPanel(page: Page, server: RunningCodeServer, panel: RestoredPanel): Promise<void> {
    await panel.open(page);
    await when(page, `the first ${panel.name}`, () => anyFrameShows(page, panel.content));
    const reloads: Reload[] = [];
    for (let run = 0; run < RELOADS; run += 1) {
        const reload = await timeReload(page, server, panel);
        console.log(
            `${panel.name}, reload ${run}: tab ${reload.tab} ms after load; then extension activated +${reload.activated} ms, ` +
                `page shown +${reload.shown} ms, content +${reload.content} ms`,
        );
        reloads.push(reload);
    }
    const read = reloads.filter((reload) => Number.isFinite(reload.activated));
    console.log(`restored ${panel.name}, ${reloads.length} window reloads, times from the tab appearing:`);
    console.log(`  extension activated: ${read.length > 0 ? summary(read.map((reload) => reload.activated)) : 'not in the log'}  (the workbench's part)`);
    console.log(`  activation → page shown: ${read.length > 0 ? summary(read.map((reload) => reload.shown - reload.activated)) : '-'}  (ours and the webview's)`);
    console.log(`  page shown: ${summary(reloads.map((reload) => reload.shown))}`);
    console.log(`  content:    ${summary(reloads.map((reload) => reload.content))}`);
    console.log(`  (tab on screen after the workbench load: ${summary(reloads.map((reload) => reload.tab))})`);
    await runFromPalette(page, 'View: Close All Editors');
}

async function main(): Promise<void> {
    const server = await startCodeServer({ folder: FIXTURE_WORKSPACE });
    const browser = await launchBrowser();
    try {
        const page = await newWorkbenchPage(browser);
        if (TRACE) {
            page.context().on('request', (request: Request) => {
                if (TRACED.test(request.url())) {
                    console.log(`  ${Date.now()} request ${request.url().replace(/\?.*$/, '').slice(-90)}`);
                }
            });
        }
        await page.goto(workbenchUrl(server, { folder: FIXTURE_WORKSPACE, extensionDevelopmentPath: REPO_ROOT }));
        // The extension's commands are in the palette once its activity bar item is.
        await page.getByRole('tab', { name: /^Stack Guide/ }).waitFor({ timeout: 2 * GIVE_UP_MS });
        const only = process.env.BENCH_PANEL;
        for (const panel of [COMPARISON, RECOMMENDATIONS].filter((candidate) => only === undefined || candidate.name.startsWith(only))) {
            await benchPanel(page, server, panel);
        }
    } finally {
        await browser.close();
        await server.stop();
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
