/**
 * Entry point the extension host loads (`extensionTestsPath`), under code-server and under
 * @vscode/test-electron alike: runs every compiled *.test.js beside this file with mocha.
 */
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
    // Colours and the spec reporter's output go through console.log, which both hosts forward.
    // STACK_GUIDE_TEST_GREP (from runInCodeServer --grep) runs only the tests whose titles match.
    const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000, grep: process.env.STACK_GUIDE_TEST_GREP });
    // multiRoot/ needs a two-folder window (runInCodeServer --multi-root), l10n/ a German display
    // language (--locale de); either sets STACK_GUIDE_SUITE. That run takes only its folder's
    // tests, and every other run leaves both folders out.
    const apart = { 'multi-root': 'multiRoot', l10n: 'l10n' } as Record<string, string | undefined>;
    const own = apart[process.env.STACK_GUIDE_SUITE ?? ''];
    const folderOf = (file: string): string | undefined => Object.values(apart).find((folder) => file.startsWith(`${folder}${path.sep}`));
    const files = readdirSync(__dirname, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.test.js') && folderOf(file) === own)
        .sort();
    for (const file of files) {
        mocha.addFile(path.join(__dirname, file));
    }
    return new Promise((resolve, reject) => {
        mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
    });
}
