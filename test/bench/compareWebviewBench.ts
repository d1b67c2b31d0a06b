/**
 * `npm run bench:webview`: how long the comparison takes from the command to a drawn table in
 * a NEW panel, split into what the host spends booting a webview (until the page requests our
 * first asset) and what our page spends after that. Runs in code-server in headless Chromium
 * like the integration suite. Prints figures; asserts nothing about time.
 */
import * as path from 'node:path';
import type { Request } from 'playwright-core';
import { startCodeServer } from '../host/codeServer';
import { FIXTURE_WORKSPACE, REPO_ROOT } from '../host/paths';
import { launchBrowser, newWorkbenchPage, runSuiteInWorkbench } from '../host/workbench';
import { MARK } from './webviewSuite/mark';

const SUITE = path.join(REPO_ROOT, 'out', 'test', 'bench', 'webviewSuite', 'index.js');
/** Our page's first request: the script the shell loads (served from dist/webview/). */
const OUR_SCRIPT = /\/dist\/webview\/compare\.js/;
/** The suite's line for one run: `<MARK> <run> <started> <ended>`, epoch milliseconds. */
const RUN_LINE = new RegExp(`^${MARK} \\d+ (\\d+) (\\d+)$`);

interface Run {
    readonly started: number;
    readonly ended: number;
}

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
    const server = await startCodeServer({ folder: FIXTURE_WORKSPACE });
    const browser = await launchBrowser();
    const runs: Run[] = [];
    const scriptRequests: number[] = [];
    try {
        const page = await newWorkbenchPage(browser);
        page.context().on('request', (request: Request) => {
            if (OUR_SCRIPT.test(request.url())) {
                scriptRequests.push(Date.now());
            }
        });
        const { exitCode } = await runSuiteInWorkbench(
            page,
            server,
            { folder: FIXTURE_WORKSPACE, extensionDevelopmentPath: REPO_ROOT, extensionTestsPath: SUITE },
            5 * 60_000,
            (text) => {
                const match = RUN_LINE.exec(text);
                if (match) {
                    runs.push({ started: Number(match[1]), ended: Number(match[2]) });
                }
            },
        );
        if (exitCode !== 0) {
            throw new Error(`the benchmark suite failed (exit code ${exitCode})`);
        }
    } finally {
        await browser.close();
        await server.stop();
    }
    const rows = runs.map((run) => {
        const ours = scriptRequests.find((time) => time >= run.started && time <= run.ended) ?? run.ended;
        return { total: run.ended - run.started, host: ours - run.started, page: run.ended - ours };
    });
    for (const [index, row] of rows.entries()) {
        console.log(`run ${index}: ${row.total} ms = host webview boot ${row.host} ms + our page ${row.page} ms`);
    }
    const column = (key: 'total' | 'host' | 'page'): number => median(rows.map((row) => row[key]));
    console.log(
        `new comparison panel, command to rendered, median of ${rows.length}: ${column('total')} ms ` +
            `(host webview boot ${column('host')} ms, our page ${column('page')} ms)`,
    );
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
