#!/usr/bin/env node
/**
 * `npm run l10n`: writes l10n/bundle.l10n.json, the English messages of every `l10n.t(...)`
 * call under src/, with @vscode/l10n-dev's extractor. Translators copy it to
 * bundle.l10n.<language>.json; the unit tests check that each translation has every message.
 *
 * The extractor only looks at files that import `vscode`. Core code may not (it runs without
 * VS Code) and gets its `l10n` as an argument (src/core/text/l10n.ts), so for the extraction
 * alone such a file is read as if it imported `l10n` from 'vscode': the calls look the same.
 *
 * Usage: node test/tools/l10nExport.mjs [--check]   (--check: fail if the bundle is stale)
 */
import { getL10nJson } from '@vscode/l10n-dev';
import console from 'node:console';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLE = path.join(REPO_ROOT, 'l10n', 'bundle.l10n.json');
const IMPORTS_VSCODE = /from ['"]vscode['"]/;

/** The .ts files under src/ that call l10n.t, as the extractor wants them (parsing is slow: only these). */
function sources() {
    const root = path.join(REPO_ROOT, 'src');
    return readdirSync(root, { recursive: true })
        .filter((file) => file.endsWith('.ts'))
        .sort()
        .map((file) => readFileSync(path.join(root, file), 'utf8'))
        .filter((contents) => contents.includes('l10n.t('))
        .map((contents) => ({ extension: '.ts', contents: IMPORTS_VSCODE.test(contents) ? contents : `import { l10n } from 'vscode';\n${contents}` }));
}

const messages = await getL10nJson(sources());
const sorted = Object.fromEntries(Object.keys(messages).sort().map((key) => [key, messages[key]]));
const text = `${JSON.stringify(sorted, null, 4)}\n`;
if (process.argv.includes('--check')) {
    if (readFileSync(BUNDLE, 'utf8') !== text) {
        console.error('l10n/bundle.l10n.json is stale: run `npm run l10n` and translate the new messages.');
        process.exit(1);
    }
} else {
    writeFileSync(BUNDLE, text);
    console.log(`${Object.keys(sorted).length} messages in l10n/bundle.l10n.json`);
}
