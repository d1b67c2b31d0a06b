import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { buildLoadingHtml, resultsTitle } from '../../../src/core/recommend/loadingPage';
import { buildResultsHtml } from '../../../src/core/recommend/pageHtml';
import { buildResultsView, linkedEntries, scoreExplanation } from '../../../src/core/recommend/resultsView';
import { english, type L10n } from '../../../src/core/text/l10n';
import type { RankedStack } from '../../../src/core/recommend/scoring';
import { makeEntry } from '../catalog/entryBuilder';

const HOSTILE = '<img src=x onerror="alert(1)">';

const catalog = new Catalog([
    makeEntry({ id: 'typescript', name: 'TypeScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'nodejs', name: 'Node.js', kind: 'runtime', category: 'runtime' }),
    makeEntry({ id: 'nestjs', name: `Nest${HOSTILE}`, kind: 'framework', category: 'web-framework', links: { homepage: 'https://nestjs.com', docs: 'https://docs.nestjs.com/' } }),
    makeEntry({ id: 'mongoose', name: 'Mongoose', category: 'orm' }),
    makeEntry({ id: 'ruby', name: 'Ruby', kind: 'language', category: 'language' }),
    makeEntry({ id: 'rails', name: 'Ruby on Rails', kind: 'framework', category: 'web-framework', links: { homepage: 'javascript:alert(1)' } }),
]);

const nest: RankedStack = {
    language: 'typescript',
    runtime: 'nodejs',
    framework: 'nestjs',
    libraries: ['mongoose'],
    roles: [{ category: 'orm', entry: 'mongoose', byFramework: false }],
    score: 15,
    reasons: [
        { kind: 'use-case-listed', text: 'real-time: NestJS lists it among its use cases', polarity: 'plus', points: 30, source: { entry: 'nestjs', field: 'useCases', value: 'realtime' } },
        { kind: 'team-new', text: 'the team has not used TypeScript', polarity: 'minus', points: -15, source: { entry: 'nestjs', field: 'languages', value: 'typescript' } },
    ],
};
const rails: RankedStack = {
    language: 'ruby',
    framework: 'rails',
    libraries: [],
    roles: [{ category: 'orm', entry: 'rails', byFramework: true }],
    score: 4,
    reasons: [
        {
            kind: 'performance',
            text: 'performance: x',
            polarity: 'plus',
            points: 4,
            source: { entry: 'rails', field: 'judgements.performanceTier', value: 'medium' },
            detail: `Fast enough ${HOSTILE}`,
        },
    ],
};

const resources = { nonce: 'abcdefghijklmnop0123456789ABCDEF', cspSource: 'https://webview.test', scriptUri: 'https://webview.test/recommend.js', styleUri: 'https://webview.test/recommend.css', language: 'en' };
const answers = { useCase: 'realtime' as const, knownLanguages: ['ruby'], priorities: ['performance' as const] };
const page = (stacks: RankedStack[]): string => buildResultsHtml(resources, buildResultsView(stacks, answers, catalog, english), { answers }, english);

describe('recommendation page', () => {
    const html = page([nest, rails]);

    it('allows nothing but its own nonce script and the webview stylesheet', () => {
        const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'");
        assert.equal(csp, `default-src 'none'; style-src https://webview.test; font-src https://webview.test; script-src 'nonce-${resources.nonce}'; base-uri 'none'; form-action 'none'`);
        assert.deepEqual(html.match(/<script[^>]*>/g), [`<script nonce="${resources.nonce}" src="https://webview.test/recommend.js">`]);
        assert.doesNotMatch(html, /\son[a-z]+="/i, 'an inline event handler');
    });

    it('escapes catalog text wherever it appears', () => {
        assert.ok(!html.includes(HOSTILE));
        assert.ok(html.includes('Nest&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'));
        assert.ok(html.includes('title="Fast enough &lt;img src=x onerror=&quot;alert(1)&quot;&gt;"'), 'the rationale is escaped');
    });

    it('shows each stack with its parts as entry links, its score and its reasons as sentences', () => {
        assert.match(html, /<title>Stack Guide: Recommendations<\/title>/);
        assert.equal(resultsTitle(english), 'Stack Guide: Recommendations');
        assert.match(html, /<span class="part-role">Runtime<\/span> <button [^>]*data-action="openEntry" data-id="nodejs"[^>]*>Node\.js<\/button>/);
        assert.match(html, /<span class="part-role">ORM \/ ODM<\/span> <button [^>]*data-id="rails"[^>]*>built into Ruby on Rails<\/button>/);
        assert.match(html, /15 points/);
        assert.match(html, /<span class="points">\u221215<\/span> <span class="sentence">Your team would have to learn TypeScript\.<\/span>/);
        assert.ok(html.includes(scoreExplanation(english)), 'the scale is explained');
        assert.equal(html.split('A score is a number of points').length, 2, 'the scale is explained once');
    });

    it('never shows a catalog field path', () => {
        const text = html.replace(/<[^>]*>/g, ' ');
        assert.doesNotMatch(text, /›|judgements\.|attributes\.|useCases|performanceTier/);
    });

    it('links documentation over https only', () => {
        assert.match(html, /<a class="docs" href="https:\/\/docs\.nestjs\.com\/">/);
        assert.doesNotMatch(html, /javascript:/);
        assert.doesNotMatch(html, /Ruby on Rails documentation/);
    });

    it('offers Compare and Change answers, and keeps the answers for a reload', () => {
        assert.match(html, /data-action="compare"[^>]*title="Compare Nest.* and Ruby on Rails side by side"/);
        assert.match(html, /data-action="changeAnswers"/);
        const state = /data-state="([^"]*)"/.exec(html)?.[1]?.replace(/&quot;/g, '"');
        assert.deepEqual(JSON.parse(state ?? ''), { answers });
    });

    it('offers no comparison for one stack, and says so when there is none', () => {
        assert.doesNotMatch(page([rails]), /data-action="compare"/);
        assert.match(page([]), /The catalog has no stack for these answers yet\./);
    });

    it('says its words and its reasons in the display language, the catalog’s names as written', () => {
        // Every message in brackets: what is not bracketed was not looked up in the display language.
        const marked: L10n = { t: (message, ...args) => `[${english.t(message, ...args)}]` };
        const translated = buildResultsHtml({ ...resources, language: 'de' }, buildResultsView([nest, rails], answers, catalog, marked), { answers }, marked);
        assert.match(translated, /<html lang="de">/);
        assert.match(translated, /<title>\[Stack Guide: Recommendations\]<\/title>/);
        assert.match(translated, /<span class="part-role">\[Runtime\]<\/span>/);
        assert.match(translated, />\[built into Ruby on Rails\]<\/button>/);
        assert.match(translated, /<span class="sentence">\[Your team would have to learn TypeScript\.\]<\/span>/);
        assert.match(translated, /<h3>\[Why\]<\/h3>/);
        assert.match(translated, /data-action="changeAnswers"[^>]*>\[Change answers\]<\/button>/);
    });

    it('lets the page open only the entries it shows', () => {
        assert.deepEqual([...linkedEntries([nest, rails])].sort(), ['mongoose', 'nestjs', 'nodejs', 'rails', 'ruby', 'typescript']);
    });
});

describe('recommendation loading page', () => {
    const loading = buildLoadingHtml({ nonce: resources.nonce, cspSource: resources.cspSource, styleUri: resources.styleUri, language: 'en' }, english);

    it('says what is loading, in the page stylesheet, and runs nothing', () => {
        assert.match(loading, /<main id="app" aria-busy="true"><p class="loading">Loading the recommendations…<\/p><\/main>/);
        assert.match(loading, /<link rel="stylesheet" href="https:\/\/webview\.test\/recommend\.css">/);
        assert.match(loading, /<title>Stack Guide: Recommendations<\/title>/);
        assert.doesNotMatch(loading, /<script/);
    });
});
