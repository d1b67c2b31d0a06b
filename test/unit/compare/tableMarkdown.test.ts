import * as assert from 'node:assert/strict';
import { tableToMarkdown } from '../../../src/core/compare/tableMarkdown';
import { buildTableModel } from '../../../src/core/compare/tableModel';
import { catalogOf, entry } from './builders';
import { english } from '../../../src/core/text/l10n';

const django = entry('django', { name: 'Django' });
const flask = entry('flask', { name: 'Flask', firstRelease: { year: 2010, source: 'https://example.com/flask/history' } });
const catalog = catalogOf(django, flask);

/** The table's lines, each split into its cells (on pipes that are not escaped). */
function cells(markdown: string): string[][] {
    return markdown
        .trimEnd()
        .split('\n')
        .map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe('compare Markdown export', () => {
    it('writes a header, a separator and one row per dimension, each with one cell per column', () => {
        const markdown = tableToMarkdown(buildTableModel([django, flask], catalog), english);
        const lines = cells(markdown);
        assert.deepEqual(lines[0], ['Dimension', 'Django', 'Flask']);
        assert.deepEqual(lines[1], ['---', '---', '---']);
        assert.equal(lines.length, 2 + 19);
        for (const line of lines) {
            assert.equal(line.length, 3, line.join(' | '));
        }
        assert.ok(markdown.endsWith('|\n'));
    });

    it('links a fact to its source and labels a judgement with its rationale', () => {
        const lines = cells(tableToMarkdown(buildTableModel([django, flask], catalog), english));
        const release = lines.find((line) => line[0] === '**First release**');
        assert.deepEqual(release, [
            '**First release**',
            '2005 ([source](<https://example.com/django/history>))',
            '2010 ([source](<https://example.com/flask/history>))',
        ]);
        const curve = lines.find((line) => line[0] === '**Learning curve**');
        assert.equal(curve?.[1], 'Moderate _(judgement: There is a lot to learn.)_');
        const links = lines.find((line) => line[0] === '**Links**');
        assert.equal(
            links?.[1],
            [
                '[Homepage](<https://example.com/django>)',
                '[Documentation](<https://example.com/django/docs>)',
                '[Repository](<https://example.com/django/code>)',
            ].join(', '),
        );
    });

    it('keeps only the differing rows when asked to', () => {
        const lines = cells(tableToMarkdown(buildTableModel([django, flask], catalog), english, true));
        assert.deepEqual(
            lines.slice(2).map((line) => line[0]),
            ['**First release**'],
        );
    });

    it('escapes pipes, backslashes, line breaks and Markdown syntax in catalog text', () => {
        const odd = entry('odd', {
            name: 'A|B \\ *C*',
            strengths: ['line one\nline two', 'carriage\rreturn', '_under_ [link](https://x.example) `code` # h'],
        });
        const markdown = tableToMarkdown(buildTableModel([odd, django], catalogOf(odd, django)), english);
        const lines = cells(markdown);
        assert.equal(lines.length, 2 + 19, 'no line break survives inside a row');
        assert.equal(lines[0]?.[1], 'A\\|B \\\\ \\*C\\*');
        const strengths = lines.find((line) => line[0] === '**Strengths**');
        assert.equal(
            strengths?.[1],
            'line one line two; carriage return; \\_under\\_ \\[link\\](https\\://x.example) \\`code\\` # h',
        );
    });

    it('leaves ordinary punctuation alone, so the table reads well as plain text', () => {
        const prose = entry('prose', {
            name: 'Node.js',
            strengths: ['Long-lived (10+ years)! #1 choice. Note: fast', 'C++ / Rust-based'],
        });
        const lines = cells(tableToMarkdown(buildTableModel([prose, django], catalogOf(prose, django)), english));
        assert.equal(lines[0]?.[1], 'Node.js');
        const strengths = lines.find((line) => line[0] === '**Strengths**');
        assert.equal(strengths?.[1], 'Long-lived (10+ years)! #1 choice. Note: fast; C++ / Rust-based');
    });

    it('still escapes entities, strikethrough, math and the starts of autolinks', () => {
        const tricky = entry('tricky', { strengths: ['&amp; ~~gone~~ $x$ www.x.example mail@x.example http://x.example'] });
        const lines = cells(tableToMarkdown(buildTableModel([tricky, django], catalogOf(tricky, django)), english));
        assert.equal(
            lines.find((line) => line[0] === '**Strengths**')?.[1],
            '\\&amp; \\~\\~gone\\~\\~ \\$x\\$ www\\.x.example mail\\@x.example http\\://x.example',
        );
    });

    it('writes a dash for what the catalog does not state', () => {
        const bare = entry('bare', { notableUsers: [], strengths: [] });
        delete (bare as { judgements?: unknown }).judgements;
        const lines = cells(tableToMarkdown(buildTableModel([bare, django], catalogOf(bare, django)), english));
        for (const label of ['**Strengths**', '**Notable users**', '**Learning curve**']) {
            assert.equal(lines.find((line) => line[0] === label)?.[1], '—', label);
        }
    });
});
