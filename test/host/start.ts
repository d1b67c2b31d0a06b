/**
 * `npm start`: opens the extension under development on the demo workspace, in VS Code
 * desktop when `code` is on PATH, otherwise in code-server, whose local URL is printed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { startCodeServer } from './codeServer';
import { DEMO_WORKSPACE, REPO_ROOT } from './paths';
import { workbenchUrl } from './workbench';

function hasDesktopCode(): boolean {
    return !process.env.STACK_GUIDE_USE_CODE_SERVER && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function main(): Promise<void> {
    if (hasDesktopCode()) {
        spawn('code', [`--extensionDevelopmentPath=${REPO_ROOT}`, DEMO_WORKSPACE], { stdio: 'inherit' });
        return;
    }
    const server = await startCodeServer({ folder: DEMO_WORKSPACE });
    const url = workbenchUrl(server, { folder: DEMO_WORKSPACE, extensionDevelopmentPath: REPO_ROOT });
    console.log(`Stack Guide is running in VS Code (code-server). Open:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
    const stop = (): void => {
        void server.stop().then(() => process.exit(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
