import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '../../..');
const json = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, unknown>;
const strings = (file: string): Record<string, string> => json(file) as Record<string, string>;

/** Every "%key%" the manifest uses in place of a string. */
function manifestKeys(value: unknown): string[] {
    if (typeof value === 'string') {
        return /^%([\w.]+)%$/.exec(value)?.slice(1) ?? [];
    }
    return typeof value === 'object' && value !== null ? Object.values(value).flatMap(manifestKeys) : [];
}

/** What a translation must carry over untouched: placeholders, command links and code spans. */
const kept = (text: string): string[] => [...text.matchAll(/\{\d+\}|\]\(command:[^)]*\)|`[^`]*`/g)].map((match) => match[0]).sort();

const TRANSLATIONS = ['de'];

describe('localisation', () => {
    const english = strings('package.nls.json');
    const bundle = strings('l10n/bundle.l10n.json');

    it('resolves every "%key%" of package.json in package.nls.json, and uses every key there', () => {
        const used = manifestKeys(json('package.json'));
        assert.deepEqual([...new Set(used)].sort(), Object.keys(english).sort());
    });

    for (const language of TRANSLATIONS) {
        it(`translates every manifest string to ${language}, keeping its command links and code`, () => {
            const translated = strings(`package.nls.${language}.json`);
            assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
            for (const [key, text] of Object.entries(english)) {
                assert.notEqual(translated[key], '', key);
                assert.deepEqual(kept(translated[key]!), kept(text), key);
            }
        });

        it(`translates every message of the bundle to ${language}, with the same placeholders and no markup`, () => {
            const translated = strings(`l10n/bundle.l10n.${language}.json`);
            assert.deepEqual(Object.keys(translated).sort(), Object.keys(bundle).sort());
            for (const [message, text] of Object.entries(translated)) {
                assert.deepEqual(kept(text), kept(message), message);
                // Some messages are templates of HTML pages: a translation brings no markup of its own.
                assert.doesNotMatch(text, /[<>&]/, message);
            }
        });
    }

    it('has every l10n.t message of the source in l10n/bundle.l10n.json (npm run l10n)', function () {
        // Parses the source with tree-sitter: seconds on a busy machine.
        this.timeout(120_000);
        assert.doesNotThrow(() => execFileSync(process.execPath, [path.join(repoRoot, 'test/tools/l10nExport.mjs'), '--check'], { stdio: 'pipe' }));
    });
});
