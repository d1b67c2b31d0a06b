import * as assert from 'node:assert/strict';
import { buildShellHtml, contentSecurityPolicy, escapeHtml, type ShellResources } from '../../../src/core/compare/pageHtml';
import { comparePageText } from '../../../src/core/compare/pageText';
import { PAGE_TEXT_ATTRIBUTE } from '../../../src/core/compare/protocol';
import { english, type L10n } from '../../../src/core/text/l10n';
import { pageText } from './sampleModel';

const resources: ShellResources = {
    nonce: 'q1w2e3r4t5y6u7i8o9p0AA==',
    cspSource: 'https://webview.test',
    scriptUri: 'https://webview.test/ext/dist/webview/compare.js',
    styleUri: 'https://webview.test/ext/media/compare.css',
    codiconUri: 'https://webview.test/ext/dist/codicons/codicon.css',
};

function policyOf(html: string): string {
    const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
    assert.ok(match?.[1], 'the page has a CSP meta tag');
    // The attribute is HTML-escaped; the browser reads it decoded.
    return match[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('compare page shell', () => {
    const html = buildShellHtml(resources, pageText);

    it("starts its policy from default-src 'none' and allows scripts only by nonce", () => {
        const directives = policyOf(html).split(';').map((directive) => directive.trim());
        assert.equal(directives[0], "default-src 'none'");
        assert.ok(directives.includes(`script-src 'nonce-${resources.nonce}'`));
        assert.ok(directives.includes('style-src https://webview.test'));
        assert.ok(directives.includes('font-src https://webview.test'));
        assert.doesNotMatch(html, /unsafe-inline|unsafe-eval/);
    });

    it('puts the nonce on every script and has no inline script', () => {
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        assert.equal(scripts.length, 1);
        for (const script of scripts) {
            assert.ok(script.includes(`nonce="${resources.nonce}"`), script);
            assert.ok(script.includes(`src="${resources.scriptUri}"`), script);
        }
        assert.match(html, /<script [^>]*><\/script>/, 'the script element is empty');
        assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
    });

    it('loads nothing but the resources it was given', () => {
        const allowed = new Set([resources.cspSource, resources.scriptUri, resources.styleUri, resources.codiconUri]);
        const urls = html.match(/[a-z][a-z0-9+.-]*:\/\/[^\s"';<>]+/gi) ?? [];
        assert.ok(urls.length > 0);
        for (const url of urls) {
            assert.ok(allowed.has(url), `unexpected URL ${url}`);
        }
        assert.doesNotMatch(html, /<(img|iframe|object|embed|base)\b/);
    });

    it('escapes what it puts in attributes', () => {
        const hostile = buildShellHtml({ ...resources, styleUri: 'https://webview.test/a"><script>alert(1)</script>' }, pageText);
        assert.equal((hostile.match(/<script\b/g) ?? []).length, 1);
        assert.ok(hostile.includes('href="https://webview.test/a&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
        assert.equal(escapeHtml(`<a href='x'>&</a>`), '&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
    });

    it('hands the page its words in the display language, escaped, and names the language', () => {
        // A translation that tries to end the attribute: it must stay text.
        const german: L10n = { t: (message, ...args) => `${english.t(message, ...args)} "><b>` };
        const text = comparePageText(german);
        const page = buildShellHtml({ ...resources, language: 'de' }, text);
        assert.match(page, /^<!DOCTYPE html>\n<html lang="de">/);
        assert.doesNotMatch(page, /<b>/);
        const attribute = new RegExp(`<main id="app" aria-busy="true" ${PAGE_TEXT_ATTRIBUTE}="([^"]*)">`).exec(page)?.[1];
        assert.ok(attribute !== undefined, 'the root carries the words');
        const decoded = attribute.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
        assert.deepEqual(JSON.parse(decoded), text);
        assert.ok(page.includes('<p class="loading">Loading the comparison… &quot;&gt;&lt;b&gt;</p>'));
        assert.ok(page.includes('<title>Stack Guide: Compare &quot;&gt;&lt;b&gt;</title>'));
        assert.match(html, /<html lang="en">/);
    });

    it('refuses a nonce that could change the policy', () => {
        assert.throws(() => contentSecurityPolicy("abc'; script-src *", 'https://webview.test'));
        assert.throws(() => contentSecurityPolicy('short', 'https://webview.test'));
    });
});
