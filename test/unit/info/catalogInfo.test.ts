import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { catalogInfoMarkdown } from '../../../src/core/info/catalogInfo';
import { english } from '../../../src/core/text/l10n';
import { makeEntry } from '../catalog/entryBuilder';

const catalog = new Catalog([
    makeEntry({ id: 'python', kind: 'language', category: 'language' }),
    makeEntry({ id: 'django', kind: 'framework', category: 'web-framework', packages: [{ registry: 'pypi', name: 'Django' }] }),
    makeEntry({ id: 'express', kind: 'framework', category: 'web-framework', packages: [{ registry: 'npm', name: 'express' }] }),
    makeEntry({ id: 'pytest', kind: 'tool', packages: [{ registry: 'pypi', name: 'pytest' }] }),
]);

describe('the catalog info page', () => {
    const page = catalogInfoMarkdown({
        language: 'en',
        extensionVersion: '1.2.3',
        host: 'web-worker',
        catalog,
        lists: [
            { registry: 'npm', asOf: '2026-11-30', rankedSize: 25000, size: 25000, summaryAuthor: 'authors' },
            { registry: 'rubygems', asOf: '2026-12-07', rankedSize: 0, size: 1120, summaryAuthor: 'debian' },
        ],
        teamFiles: [
            { path: 'shared/radar.json', name: 'Acme platform radar', radarItems: 3, packages: 1, problems: 0 },
            { path: 'api/.vscode/stack-guide.json', radarItems: 1, packages: 0, problems: 2 },
        ],
    }, english);

    it('names the version and the extension host it runs in', () => {
        assert.match(page, /^Stack Guide 1\.2\.3, running in the web worker extension host \(VS Code for the Web\)\./m);
    });

    it('counts the curated entries by kind', () => {
        assert.match(page, /holds 4 entries: 1 languages and runtimes, 2 frameworks, 1 libraries and tools\./);
    });

    it('gives one row a registry with each tier, and says "none" for a registry without a list', () => {
        assert.match(page, /^\| npm \| 1 \| \d+ \| the 25,000 most downloaded npm packages, as of 2026-11-30 \|$/m);
        assert.match(page, /^\| PyPI \| 2 \| \d+ \| none \|$/m);
        assert.match(page, /^\| RubyGems \| 0 \| \d+ \| the 1,120 RubyGems packages that Debian also packages, as of 2026-12-07 \|$/m);
    });

    it('lists the team files in the order they merge, with what each holds', () => {
        assert.match(page, /^\| `shared\/radar\.json` \| `Acme platform radar` \| 3 \| 1 \| 0 \|\n\| `api\/\.vscode\/stack-guide\.json` \| {2}\| 1 \| 0 \| 2 \|$/m);
    });

    it('writes counts as the display language groups digits, and in English for a tag it cannot read', () => {
        const many = { radarItems: 12345, packages: 0, problems: 0 };
        const page = (language: string): string => catalogInfoMarkdown({ language, extensionVersion: '1.0.0', host: 'node', catalog, lists: [], teamFiles: [{ path: 'x.json', ...many }] }, english);
        assert.match(page('de'), /^\| `x\.json` \| {2}\| 12\.345 \| 0 \| 0 \|$/m);
        assert.match(page('en'), /^\| `x\.json` \| {2}\| 12,345 \| 0 \| 0 \|$/m);
        assert.match(page('not a language!'), /^\| `x\.json` \| {2}\| 12,345 \| 0 \| 0 \|$/m);
    });

    it('says how to add a team file when none is read', () => {
        const none = catalogInfoMarkdown({ language: 'en', extensionVersion: '1.0.0', host: 'node', catalog, lists: [], teamFiles: [] }, english);
        assert.match(none, /No team file is read\. Add `\.vscode\/stack-guide\.json`/);
    });

    it('keeps a hostile team file name on one line, inside a code span', () => {
        const hostile = catalogInfoMarkdown({ language: 'en', extensionVersion: '1.0.0', host: 'node', catalog, lists: [], teamFiles: [{ path: 'x.json', name: 'a`b\n# [x](command:evil)', radarItems: 0, packages: 0, problems: 0 }] }, english);
        assert.match(hostile, /^\| `x\.json` \| `a b # \[x\]\(command:evil\)` \| 0 \| 0 \| 0 \|$/m);
    });

    it('leaves out a list date that is not a date', () => {
        const hostile = catalogInfoMarkdown({
            language: 'en',
            extensionVersion: '1.0.0',
            host: 'node',
            catalog,
            lists: [{ registry: 'npm', asOf: '[x](command:evil)', rankedSize: 10, size: 10, summaryAuthor: 'authors' }],
            teamFiles: [],
        }, english);
        assert.doesNotMatch(hostile, /command:evil/);
        assert.match(hostile, /^\| npm \| 1 \| \d+ \| the 10 most downloaded npm packages \|$/m);
        assert.match(hostile, /running in the Node\.js extension host\./);
    });
});
