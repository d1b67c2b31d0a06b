/**
 * `npm run test:integration`: runs the integration suite inside a real VS Code extension host
 * (code-server in headless Chromium) on the fixture workspace, and fails when any test fails.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { startCodeServer } from './codeServer';
import { FIXTURE_WORKSPACE, INTEGRATION_SUITE, REPO_ROOT, RESULTS_DIR } from './paths';
import { launchBrowser, newWorkbenchPage, runSuiteInWorkbench } from './workbench';

const SUITE_TIMEOUT_MS = 10 * 60_000;

async function main(): Promise<void> {
    const server = await startCodeServer({ folder: FIXTURE_WORKSPACE });
    const browser = await launchBrowser();
    try {
        const page = await newWorkbenchPage(browser);
        const { exitCode } = await runSuiteInWorkbench(
            page,
            server,
            {
                folder: FIXTURE_WORKSPACE,
                extensionDevelopmentPath: REPO_ROOT,
                extensionTestsPath: INTEGRATION_SUITE,
            },
            SUITE_TIMEOUT_MS,
        );
        if (exitCode !== 0) {
            mkdirSync(RESULTS_DIR, { recursive: true });
            await page.screenshot({ path: path.join(RESULTS_DIR, 'integration-failure.png') }).catch(() => undefined);
            console.error(`Integration suite failed (exit code ${exitCode}).`);
        }
        process.exitCode = exitCode;
    } finally {
        await browser.close();
        await server.stop();
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
