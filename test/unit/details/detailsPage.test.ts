import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { CommandIds } from '../../../src/core/contributions';
import { buildDetailsHtml, DETAILS_COMMANDS } from '../../../src/core/details/detailsPage';
import { english } from '../../../src/core/text/l10n';
import { makeEntry } from '../catalog/entryBuilder';

const got = makeEntry({ id: 'got', name: 'Got' });
const successor = makeEntry({ id: 'next', name: 'Next thing' });
const entry = makeEntry({
    id: 'sample',
    name: 'Sample <b>',
    kind: 'framework',
    category: 'web-framework',
    summary: 'A [sample](command:workbench.action.quit) framework <img src=x onerror=alert(1)>.',
    packages: [{ registry: 'npm', name: 'sample' }],
    alternatives: ['got'],
    builtOn: ['next'],
    strengths: ['Fast *enough*.'],
    attributes: { concurrency: { value: 'event-loop', detail: 'One thread.', source: 'https://example.com/concurrency' } },
    judgements: { learningCurve: { value: 'gentle', rationale: 'Small API.' } },
    links: { homepage: 'https://example.com', repository: 'javascript:alert(1)' },
});
const deprecated = makeEntry({
    id: 'old',
    name: 'Old',
    status: { value: 'deprecated', successors: ['next', 'missing-id'], note: 'Archived in 2024 <script>.', source: 'https://example.com/archived' },
});
const catalog = new Catalog([entry, got, successor, deprecated]);
const resources = { nonce: 'abcdefABCDEF0123456789', cspSource: 'https://webview.test', styleUri: 'https://webview.test/details.css', codiconUri: 'https://webview.test/codicon.css', language: 'en' };

/** Every href on the page. */
const hrefs = (page: string): string[] => [...page.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));

describe('entry details page', () => {
    const page = buildDetailsHtml(entry, catalog, resources, english);

    it('escapes every catalog string', () => {
        assert.match(page, /<h1>Sample &lt;b&gt;<\/h1>/);
        assert.ok(!page.includes('<img'), 'an HTML tag in the summary must not reach the page');
        assert.match(page, /framework &lt;img src=x onerror=alert\(1\)&gt;\./);
    });

    it('links only https pages and the commands the panel enables', () => {
        for (const href of hrefs(page)) {
            if (href.startsWith('command:')) {
                const command = href.slice('command:'.length).split('?')[0]!;
                assert.ok((DETAILS_COMMANDS as readonly string[]).includes(command), `${command} is not enabled on the page`);
            } else {
                assert.match(href, /^https:\/\//);
            }
        }
        // The javascript: repository link is dropped, its label kept as text.
        assert.match(page, /<span><span class="codicon codicon-repo" aria-hidden="true"><\/span> Repository<\/span>/);
    });

    it('allows no script but its own, by nonce, and no remote content', () => {
        assert.match(page, /content="default-src &#39;none&#39;; style-src https:\/\/webview\.test; font-src https:\/\/webview\.test; script-src &#39;nonce-abcdefABCDEF0123456789&#39;/);
        assert.equal([...page.matchAll(/<script/g)].length, 1);
        assert.match(page, /<script nonce="abcdefABCDEF0123456789">acquireVsCodeApi\(\)\.setState\(\{"entryId":"sample"\}\);<\/script>/);
    });

    it('offers the actions in the header', () => {
        assert.ok(hrefs(page).some((href) => /^https:\/\/example\.com\/?$/.test(href)), 'documentation falls back to the homepage');
        const commands = hrefs(page).filter((href) => href.startsWith('command:')).map((href) => decodeURIComponent(href));
        assert.ok(commands.includes(`command:${CommandIds.copyInstallCommand}?["sample"]`));
        assert.ok(commands.includes(`command:${CommandIds.compare}?[["sample","got"]]`));
        assert.ok(commands.includes(`command:${CommandIds.showEntry}?["sample"]`));
    });

    it('shows facts with their source and judgements labelled as such, in one table', () => {
        assert.match(page, /<tr><th scope="row">Concurrency model<\/th><td>Event loop<div class="detail">One thread\.<\/div><\/td><td class="source"><a href="https:\/\/example\.com\/concurrency">source<\/a><\/td><\/tr>/);
        assert.match(page, /<th scope="row">Learning curve<\/th><td>Gentle <span class="tag">judgement<\/span><div class="detail">Small API\.<\/div>/);
    });

    it('links alternatives to their pages with a Compare each, and other relations without one', () => {
        assert.match(page, /<h2>Alternatives<\/h2><ul class="relations"><li><a href="command:stackGuide\.showDetails\?%5B%22got%22%5D">Got<\/a> <a href="command:stackGuide\.compare\?[^"]+"><span class="codicon codicon-diff"/);
        assert.match(page, /<h2>Built on<\/h2><ul class="relations"><li><a href="command:stackGuide\.showDetails\?%5B%22next%22%5D">Next thing<\/a><\/li><\/ul>/);
    });

    it('names the package on its registry and the install command', () => {
        assert.match(page, /<code>sample<\/code> on <a href="https:\/\/www\.npmjs\.com\/package\/sample">npm<\/a>/);
        assert.match(page, /Install: <code>npm install sample<\/code>/);
    });

    it('puts a deprecation first, as a banner with its successors as links', () => {
        const old = buildDetailsHtml(deprecated, catalog, resources, english);
        assert.match(old, /<div class="banner banner-deprecated" role="note"><strong><span class="codicon codicon-warning" aria-hidden="true"><\/span> Deprecated\.<\/strong> Archived in 2024 &lt;script&gt;\. Successors: <a href="command:stackGuide\.showDetails\?%5B%22next%22%5D">Next thing<\/a>\./);
        assert.ok(old.indexOf('banner-deprecated') < old.indexOf('<main>'));
        assert.ok(!old.includes('missing-id'), 'a successor the catalog lacks is left out');
        assert.ok(!page.includes('class="banner'), 'an active entry has no banner');
    });
});
