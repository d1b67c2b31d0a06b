import * as assert from 'node:assert/strict';
import { buildRadarModel } from '../../../src/core/radar/radarModel';
import { buildRadarHtml, buildRadarLoadingHtml, type RadarResources } from '../../../src/core/radar/radarPage';
import { english, type L10n } from '../../../src/core/text/l10n';
import { catalog, HOSTILE, teamOf } from './fixtures';

const resources: RadarResources = {
    nonce: 'q1w2e3r4t5y6u7i8o9p0AA==',
    cspSource: 'https://webview.test',
    scriptUri: 'https://webview.test/ext/dist/webview/radar.js',
    styleUri: 'https://webview.test/ext/media/radar.css',
    language: 'en',
};

const team = teamOf({
    name: `Acme ${HOSTILE}`,
    radar: [
        { package: 'npm:moment', ring: 'hold', note: `Use date-fns. ${HOSTILE}`, since: '2025-06' },
        { entry: 'django', ring: 'adopt' },
        { package: 'npm:@acme/*', ring: 'trial', note: HOSTILE },
        { entry: 'eslint', ring: 'assess' },
        { entry: 'nodejs', ring: 'adopt' },
    ],
});

const usage = { entryIds: new Set(['moment']), packages: [{ registry: 'npm' as const, name: '@acme/ui' }] };
const model = buildRadarModel(team, catalog, usage);
const html = buildRadarHtml(model, 7, resources, english);

describe('team radar page', () => {
    it('puts each item in the quadrant of its catalog kind, unknown packages with the libraries', () => {
        const quadrants = Object.fromEntries(model.items.map((item) => [item.subject, item.quadrant]));
        assert.deepEqual(quadrants, { django: 'frameworks', nodejs: 'languages', eslint: 'tools', 'npm:moment': 'libraries', 'npm:@acme/*': 'libraries' });
    });

    it('draws one focusable dot per item, marks the workspace’s own, and a table row per item', () => {
        const dots = html.match(/<g class="dot[^"]*"[^>]*tabindex="0"/g) ?? [];
        assert.equal(dots.length, 5);
        assert.equal((html.match(/<g class="dot used"/g) ?? []).length, 2, 'moment (an entry) and @acme/* (a pattern) are used');
        assert.equal((html.match(/<tr data-ring=/g) ?? []).length, 5);
        assert.match(html, /data-revision="7"/);
        assert.match(html, /Used in this workspace<\/li>/, 'the legend explains the mark');
    });

    it('shows hostile notes and names only as escaped text', () => {
        assert.doesNotMatch(html, /<img|<script>alert|onerror="/i);
        assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'), 'the note is there, as text');
        assert.ok(html.includes('&amp;amp;'), 'an entity in a note is shown as typed');
        assert.doesNotMatch(html, /<a\b/, 'no link at all, so no command link');
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        assert.deepEqual(scripts, [`<script nonce="${resources.nonce}" src="${resources.scriptUri}">`]);
    });

    it("keeps the comparison panel's policy: default-src 'none', the script by nonce", () => {
        const policy = /content="([^"]*)"/.exec(html)?.[1]?.replace(/&#39;/g, "'") ?? '';
        assert.ok(policy.startsWith("default-src 'none'"));
        assert.ok(policy.includes(`script-src 'nonce-${resources.nonce}'`));
        assert.doesNotMatch(html, /\sstyle=|unsafe-inline/);
    });

    it('offers Show Details on the note of an item that is a catalog entry, by its place in the page', () => {
        const buttons = [...html.matchAll(/<div class="detail" id="detail-(\d+)"[^]*?<\/div>/g)].map((match) => [
            model.items[Number(match[1])]?.subject,
            /class="open-entry" data-index="(\d+)"/.exec(match[0])?.[1] === match[1],
        ]);
        assert.deepEqual(Object.fromEntries(buttons), { django: true, nodejs: true, eslint: true, 'npm:moment': true, 'npm:@acme/*': false });
    });

    it('shows a restored tab a loading line at once, with no script to report a drawing', () => {
        const loading = buildRadarLoadingHtml(resources, english);
        assert.match(loading, /role="status">Loading the team radar…</);
        assert.doesNotMatch(loading, /<script\b/);
        assert.match(loading, /default-src 'none'|default-src &#39;none&#39;/);
    });

    it('says how to create a team file when there is none', () => {
        const empty = buildRadarHtml(undefined, 1, resources, english);
        assert.match(empty, /No team radar yet/);
        assert.match(empty, /\.vscode\/stack-guide\.json/);
        assert.match(empty, /id="open-help"/);
        assert.doesNotMatch(empty, /class="dot/);
    });

    it('says its words in the display language, the toggle both of its labels, the team’s words as written', () => {
        // Every message in brackets: what is not bracketed was not looked up in the display language.
        const marked: L10n = { t: (message, ...args) => `[${english.t(message, ...args)}]` };
        const page = buildRadarHtml(model, 7, { ...resources, language: 'de' }, marked);
        assert.match(page, /<html lang="de">/);
        assert.match(page, /data-show-table="\[Show as Table\]" data-show-picture="\[Show as Picture\]">\[Show as Table\]<\/button>/);
        assert.match(page, /<th scope="col">\[Quadrant\]<\/th>/);
        assert.match(page, /class="quadrant-name"[^>]*>\[Languages and runtimes\]</);
        assert.match(page, /<p class="summary">\[5 items · 2 used in this workspace\]<\/p>/);
        assert.match(page, /<td>Hold<\/td>/, 'ring names stay as teams write them');
        assert.match(buildRadarHtml(undefined, 1, resources, marked), /<h1>\[No team radar yet\]<\/h1>/);
    });
});
