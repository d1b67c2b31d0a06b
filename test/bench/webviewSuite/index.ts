/**
 * Extension-host side of `npm run bench:webview`: opens the comparison in a new panel several
 * times and logs when each open started and returned (epoch ms, the same clock the browser
 * side reads), for compareWebviewBench.ts to split into the host's share and ours.
 */
import * as vscode from 'vscode';
import { activateExtension } from '../../integration/helpers';
import { MARK } from './mark';

const RUNS = 7;

export async function run(): Promise<void> {
    const api = await activateExtension();
    // Load the catalog first, so that each run measures the panel and not the first catalog read.
    await api.catalog.all();
    for (let run = 0; run < RUNS; run += 1) {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        const started = Date.now();
        await api.compare.open(['django', 'rails', 'nestjs']);
        if (!api.testing.compareState().rendered) {
            throw new Error(`run ${run}: the webview did not report drawing the table`);
        }
        console.log(`${MARK} ${run} ${started} ${Date.now()}`);
    }
}
