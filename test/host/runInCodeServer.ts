/**
 * `npm run test:integration`: runs the integration suite inside a real VS Code extension host
 * (code-server in headless Chromium) on the fixture workspace, and fails when any test fails.
 *
 * Options:
 *   --untrusted      keep workspace trust on and open the folder untrusted (Restricted Mode);
 *                    the suite reads that expectation from STACK_GUIDE_WORKSPACE_TRUST.
 *   --grep PATTERN   run only the tests whose full titles match PATTERN (npm run
 *                    test:integration runs the "Workspace trust:" tests untrusted).
 *   --multi-root     open test/fixtures/multi-root/multi-root.code-workspace (two folders) and
 *                    run only the suite in test/integration/multiRoot/, which needs that window;
 *                    the other runs leave that suite out.
 *   --locale TAG     run the workbench in that display language and only the suite in
 *                    test/integration/l10n/, which reads our translated strings. VS Code's own
 *                    strings stay English (an empty language pack: see codeServer.ts).
 * An extension under development is never disabled for lack of trust, so --untrusted shows
 * that every feature works in Restricted Mode; that the packaged extension is enabled there
 * at all is runPackagedUi's check.
 */
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { startCodeServer } from './codeServer';
import { FIXTURE_WORKSPACE, INTEGRATION_SUITE, MULTI_ROOT_WORKSPACE, REPO_ROOT, RESULTS_DIR } from './paths';
import { launchBrowser, newWorkbenchPage, runSuiteInWorkbench } from './workbench';

// A loaded machine runs the suite several times slower than a quiet one.
const SUITE_TIMEOUT_MS = 20 * 60_000;

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: { untrusted: { type: 'boolean', default: false }, grep: { type: 'string' }, 'multi-root': { type: 'boolean', default: false }, locale: { type: 'string' } },
    });
    const env: NodeJS.ProcessEnv = {};
    if (values.untrusted) {
        env.STACK_GUIDE_WORKSPACE_TRUST = 'untrusted';
    }
    if (values.grep) {
        env.STACK_GUIDE_TEST_GREP = values.grep;
    }
    if (values['multi-root']) {
        env.STACK_GUIDE_SUITE = 'multi-root';
    }
    if (values.locale) {
        env.STACK_GUIDE_SUITE = 'l10n';
    }
    // The workbench URL names what opens; the server's own default is a folder.
    const opened = values['multi-root'] ? MULTI_ROOT_WORKSPACE : FIXTURE_WORKSPACE;
    const server = await startCodeServer({
        folder: path.dirname(opened),
        workspaceTrust: values.untrusted ? 'untrusted' : 'disabled',
        env,
        displayLanguage: values.locale,
    });
    const browser = await launchBrowser();
    try {
        const page = await newWorkbenchPage(browser);
        const { exitCode } = await runSuiteInWorkbench(
            page,
            server,
            {
                folder: opened,
                extensionDevelopmentPath: REPO_ROOT,
                extensionTestsPath: INTEGRATION_SUITE,
            },
            SUITE_TIMEOUT_MS,
        );
        if (exitCode !== 0) {
            mkdirSync(RESULTS_DIR, { recursive: true });
            const picture = `integration${values.untrusted ? '-untrusted' : ''}${values['multi-root'] ? '-multi-root' : ''}${values.locale ? `-${values.locale}` : ''}-failure.png`;
            await page.screenshot({ path: path.join(RESULTS_DIR, picture) }).catch(() => undefined);
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
