import * as assert from 'node:assert/strict';
import { cleanSummary, httpsUrl, SUMMARY_MAX_LENGTH } from '../../../src/core/registry/indexText';

describe('registry summaries', () => {
    it('drops a leading "[tested here: …]" note, which is not the authors\' text', () => {
        assert.equal(cleanSummary('[tested here: install with no version] AWS SDK for JavaScript S3 Client'), 'AWS SDK for JavaScript S3 Client');
    });

    it('keeps square brackets that are the authors\' own', () => {
        assert.equal(cleanSummary('Parses [links](https://example.com) and [tested] things'), 'Parses [links](https://example.com) and [tested] things');
    });

    it('turns control characters and line breaks into single spaces', () => {
        assert.equal(cleanSummary('  Fast\u0000\u0007 JSON\r\n\tparser\u2028for\u009b Node  '), 'Fast JSON parser for Node');
    });

    it('keeps Markdown, HTML and command links as plain characters', () => {
        const hostile = '[run](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** `code`';
        assert.equal(cleanSummary(hostile), hostile);
    });

    it('cuts a 10 KB summary to the cap, marking the cut with an ellipsis', () => {
        const cleaned = cleanSummary('a'.repeat(10_240));
        assert.equal(cleaned.length, SUMMARY_MAX_LENGTH);
        assert.ok(cleaned.endsWith('\u2026'));
    });

    it('never leaves half of a surrogate pair at the cut', () => {
        const cleaned = cleanSummary(`${'a'.repeat(SUMMARY_MAX_LENGTH - 2)}\u{1F600}\u{1F600}`);
        assert.ok(!/[\ud800-\udbff]\u2026$/.test(cleaned), cleaned);
        assert.ok(cleaned.length <= SUMMARY_MAX_LENGTH);
    });

    it('accepts only https homepages', () => {
        assert.equal(httpsUrl('https://rack.github.io/'), 'https://rack.github.io/');
        for (const bad of ['http://example.com', 'javascript:alert(1)', 'command:x', 'https://a b', 'https://', 42, null]) {
            assert.equal(httpsUrl(bad), undefined, String(bad));
        }
    });
});
