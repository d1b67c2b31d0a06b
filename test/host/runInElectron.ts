/**
 * `npm run test:desktop`: the same integration suite in VS Code desktop through
 * @vscode/test-electron, for machines that have VS Code desktop or can download it. Our CI
 * machines can do neither, so CI uses runInCodeServer.ts instead.
 */
import { runTests } from '@vscode/test-electron';
import { FIXTURE_WORKSPACE, INTEGRATION_SUITE, REPO_ROOT } from './paths';

async function main(): Promise<void> {
    await runTests({
        // Set VSCODE_EXECUTABLE to use an installed VS Code instead of downloading one.
        vscodeExecutablePath: process.env.VSCODE_EXECUTABLE,
        version: '1.100.3',
        extensionDevelopmentPath: REPO_ROOT,
        extensionTestsPath: INTEGRATION_SUITE,
        launchArgs: [FIXTURE_WORKSPACE, '--disable-extensions', '--disable-workspace-trust'],
    });
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
