import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CatalogEntry } from '../../../src/core/catalog/schema';
import { buildShellHtml, escapeHtml } from '../../../src/core/compare/pageHtml';
import { tableToMarkdown } from '../../../src/core/compare/tableMarkdown';
import { safeHttpsUrl } from '../../../src/core/text/safeUrl';
import { buildTableModel } from '../../../src/core/compare/tableModel';
import { renderCompare } from '../../../src/webview/compare/render';
import { catalogOf, entry } from './builders';
import { fakeDocument, root } from './fakeDom';
import { pageText, viewModel } from './sampleModel';
import { english } from '../../../src/core/text/l10n';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '</script><script>alert(1)</script>';
const JS_LINK = 'javascript:alert(1)';
const COMMAND_LINK = 'command:workbench.action.quit';
const LONG_WORD = 'a'.repeat(500);

/** An entry whose every free-text field and link is hostile; the schema would refuse it. */
const hostile: CatalogEntry = entry('hostile', {
    name: IMG,
    summary: SCRIPT,
    strengths: [IMG, SCRIPT, LONG_WORD],
    tradeoffs: ['a | b\n| --- |\n| injected row |'],
    firstRelease: { year: 2000, source: JS_LINK },
    license: { spdx: SCRIPT, source: COMMAND_LINK },
    links: { homepage: JS_LINK, docs: COMMAND_LINK, repository: 'https://example.com/ok' },
    notableUsers: [
        { name: IMG, source: 'JavaScript:alert(1)' },
        { name: 'Tab', source: 'java\tscript:alert(1)' },
        { name: 'Data', source: 'data:text/html,<script>alert(1)</script>' },
        { name: 'Vscode', source: 'vscode://command/workbench.action.quit' },
        { name: 'Plain http', source: 'http://example.com' },
    ],
    judgements: { learningCurve: { value: 'steep', rationale: `${IMG} ${LONG_WORD}` } },
});
const plain = entry('plain');
const model = buildTableModel([hostile, plain], catalogOf(hostile, plain));

describe('compare with hostile catalog text', () => {
    it('lets no link but https through the URL gate', () => {
        const refused = [
            JS_LINK,
            COMMAND_LINK,
            ' javascript:alert(1)',
            'java\tscript:alert(1)',
            'data:text/html,x',
            'http://x.example',
            'https://user:pw@x.example',
            '//x.example',
            '',
        ];
        for (const url of refused) {
            assert.equal(safeHttpsUrl(url), undefined, JSON.stringify(url));
        }
        assert.equal(safeHttpsUrl('https://example.com/a b'), 'https://example.com/a%20b');
    });

    it('keeps only https URLs in the table model', () => {
        const urls = model.rows.flatMap((row) =>
            row.cells.flatMap((cell) => [cell.source, ...(cell.links ?? []).map((link) => link.url)]).filter((url) => url !== undefined),
        );
        assert.ok(urls.length > 0);
        for (const url of urls) {
            assert.match(url, /^https:\/\//, url);
        }
        const links = model.rows.find((row) => row.dimension.id === 'links')?.cells[0]?.links;
        assert.deepEqual(links, [
            { label: 'Homepage' },
            { label: 'Documentation' },
            { label: 'Repository', url: 'https://example.com/ok' },
        ]);
    });

    it('renders hostile text only as text nodes, and links only to https', () => {
        const page = root(renderCompare(fakeDocument, viewModel([hostile, plain]), { text: pageText, onlyDifferences: false }));
        const elements = [...page.elements()];
        assert.deepEqual(elements.filter((element) => ['img', 'script', 'iframe', 'object'].includes(element.tagName)), []);
        for (const element of elements) {
            for (const [name, value] of element.attributes) {
                assert.doesNotMatch(name, /^on/i, `${element.tagName} has ${name}`);
                if (name === 'href') {
                    assert.match(value, /^https:\/\//, value);
                }
            }
        }
        const texts = [...page.texts()];
        for (const text of [IMG, SCRIPT, LONG_WORD, 'Homepage', 'Documentation']) {
            assert.ok(texts.includes(text), `"${text.slice(0, 30)}" is a text node`);
        }
        const anchors = page.findAll((element) => element.tagName === 'a');
        assert.ok(anchors.every((anchor) => !/javascript|command|data:|vscode:/i.test(anchor.attributes.get('href') ?? '')));
    });

    it('exports hostile text as inert Markdown', () => {
        const markdown = tableToMarkdown(model, english);
        const lines = markdown.trimEnd().split('\n');
        assert.equal(lines.length, 2 + model.rows.length, 'no injected table rows');
        assert.doesNotMatch(markdown, /(?<!\\)<(img|script|\/script)/i, 'no raw HTML: every < is escaped');
        assert.doesNotMatch(markdown, /\]\((?!<https:\/\/)/, 'every link destination is an https URL');
        assert.doesNotMatch(markdown, /(?<!\\)javascript:|(?<!\\)command:/i);
        assert.ok(markdown.includes(LONG_WORD), 'a long word survives whole');
        assert.ok(markdown.includes('\\<img src=x onerror=alert(1)>'));
    });

    it('escapes hostile text for HTML and in the page shell', () => {
        assert.equal(escapeHtml(IMG), '&lt;img src=x onerror=alert(1)&gt;');
        assert.equal(escapeHtml(SCRIPT), '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
        const html = buildShellHtml({
            nonce: 'abcdefghijklmnopqrstuv==',
            cspSource: 'https://webview.test',
            scriptUri: `https://webview.test/x.js"${SCRIPT}`,
            styleUri: `https://webview.test/${IMG}`,
            codiconUri: JS_LINK,
        }, pageText);
        assert.equal((html.match(/<script\b/g) ?? []).length, 1);
        assert.doesNotMatch(html, /<img/);
    });

    it('wraps long words in the stylesheet instead of widening the table', () => {
        const css = readFileSync(path.resolve(__dirname, '../../../../media/compare.css'), 'utf8');
        assert.match(css, /th, td[^{]*\{\s*overflow-wrap: anywhere;/);
    });
});
