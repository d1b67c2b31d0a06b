/**
 * Opens code-server's workbench in headless Chromium (Debian's package, driven by
 * playwright-core) and runs an extension test suite in it through the `payload` parameter
 * VS Code's own browser integration tests use.
 */
import * as path from 'node:path';
import { format } from 'node:util';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { RunningCodeServer } from './codeServer';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags that keep Chromium quiet on a machine with no network but the package registries. */
const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
];

/** Workbench chatter that says nothing about our extension (the gallery host is unreachable here). */
const HARMLESS_NOISE = [/open-vsx\.org/, /^Creating a socket/, /^Resolv(ing|ed) connection token/];

export async function launchBrowser(): Promise<Browser> {
    return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A page whose clipboard the extension host may read and write, as a desktop user's can. */
export async function newWorkbenchPage(browser: Browser): Promise<Page> {
    const context = await browser.newContext({
        viewport: { width: 1400, height: 900 },
        permissions: ['clipboard-read', 'clipboard-write'],
    });
    return context.newPage();
}

/** A path on the server as the workbench must name it: a `vscode-remote://` URI. */
export function remoteUri(server: RunningCodeServer, absolutePath: string): string {
    return `vscode-remote://127.0.0.1:${server.port}${path.resolve(absolutePath)}`;
}

export interface WorkbenchUrlOptions {
    /** A folder, or a `.code-workspace` file to open as a (multi-root) workspace. */
    readonly folder: string;
    readonly extensionDevelopmentPath?: string;
    readonly extensionTestsPath?: string;
}

export function workbenchUrl(server: RunningCodeServer, options: WorkbenchUrlOptions): string {
    const payload: [string, string][] = [['skipWelcome', 'true']];
    if (options.extensionDevelopmentPath) {
        payload.push(['extensionDevelopmentPath', remoteUri(server, options.extensionDevelopmentPath)]);
    }
    if (options.extensionTestsPath) {
        payload.push(['extensionTestsPath', remoteUri(server, options.extensionTestsPath)]);
    }
    // The workbench opens a folder with `?folder=` and a workspace file with `?workspace=`.
    const opened = options.folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
    const query = new URLSearchParams({ [opened]: path.resolve(options.folder), payload: JSON.stringify(payload) });
    return `${server.url}?${query.toString()}`;
}

export interface SuiteResult {
    readonly exitCode: number;
}

/**
 * Runs the suite at `extensionTestsPath` and resolves with the code the workbench reports
 * through `codeAutomationExit` (0 when the suite's `run()` resolved). The suite's console
 * output is forwarded to ours as it comes.
 */
export async function runSuiteInWorkbench(
    page: Page,
    server: RunningCodeServer,
    options: Required<WorkbenchUrlOptions>,
    timeoutMs: number,
    /** Sees every line the suite logs, after it is printed (benchmarks read their figures here). */
    onLog?: (text: string) => void,
): Promise<SuiteResult> {
    let finish: (code: number) => void = () => undefined;
    const finished = new Promise<number>((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        // Mocha logs with format strings ("%s) %s"); apply them as Node would.
        const text = format(...args);
        if (!HARMLESS_NOISE.some((pattern) => pattern.test(text))) {
            (type === 'error' ? console.error : console.log)(text);
        }
        onLog?.(text);
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => finish(code));
    await page.goto(workbenchUrl(server, options));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
        timer = setTimeout(() => {
            console.error(`The suite did not finish within ${timeoutMs / 1000} s. code-server's log:\n${server.log()}`);
            resolve(124);
        }, timeoutMs);
    });
    const exitCode = await Promise.race([finished, timedOut]);
    clearTimeout(timer);
    return { exitCode };
}
