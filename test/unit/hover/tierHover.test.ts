import * as assert from 'node:assert/strict';
import { english } from '../../../src/core/text/l10n';
import { Catalog } from '../../../src/core/catalog/catalog';
import { explainConstraint } from '../../../src/core/constraints';
import { renderDependencyHover } from '../../../src/core/hover/dependencyHover';
import { DependencyHoverService, NEEDS_REGISTRY, type HoverRequest } from '../../../src/core/hover/hoverService';
import type { TierAnswer } from '../../../src/core/hover/tierHover';
import type { ManifestDependency } from '../../../src/core/manifests/manifestTypes';
import type { PackageDescription } from '../../../src/core/registry/describe';
import type { RegistryListFacts } from '../../../src/core/registry/signals';
import { RegistryTiers } from '../../../src/core/registry/tiers';
import { loadTiers } from '../registry/loadTiers';

/** Markdown's backslash escapes removed: the text a user reads. */
const unescaped = (markdown: string): string => markdown.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:$])/g, '$1');

async function service(): Promise<{ hovers: DependencyHoverService; tiers: RegistryTiers }> {
    const { catalog, families, indexes } = await loadTiers();
    return { hovers: new DependencyHoverService(catalog, english), tiers: new RegistryTiers(catalog, families, indexes) };
}

/** The hover on `needle` in a manifest, asked as the host asks: first without the registry data. */
async function hoverOn(fileName: string, text: string, needle: string): Promise<string> {
    const { hovers, tiers } = await service();
    const request: HoverRequest = { key: `${fileName}:${text.length}:${needle}`, version: 1, fileName, offset: text.indexOf(needle) + 1, text: () => text, showUnknownPackages: true };
    const first = hovers.hover(request);
    const answer = first === NEEDS_REGISTRY ? hovers.hover({ ...request, registry: tiers }) : first;
    assert.ok(answer && answer !== NEEDS_REGISTRY, `no hover on ${needle}`);
    return answer.markdown;
}

const packageJson = (dependencies: Record<string, string>): string => JSON.stringify({ name: 'app', dependencies }, null, 2);

describe('hovers for dependencies without a curated entry', () => {
    it('does not ask for the registry data on a curated entry', async () => {
        const { hovers } = await service();
        const text = packageJson({ express: '^4.18.2' });
        const answer = hovers.hover({ key: 'curated', version: 1, fileName: 'package.json', offset: text.indexOf('express') + 1, text: () => text, showUnknownPackages: true });
        assert.ok(answer && answer !== NEEDS_REGISTRY);
        assert.match(answer.markdown, /^\*\*Express\*\*/);
    });

    it('asks for the registry data on any other registry dependency', async () => {
        const { hovers } = await service();
        const text = packageJson({ argparse: '^2.0.1' });
        const answer = hovers.hover({ key: 'index', version: 1, fileName: 'package.json', offset: text.indexOf('argparse') + 1, text: () => text, showUnknownPackages: true });
        assert.equal(answer, NEEDS_REGISTRY);
    });

    it('quotes an index package\'s description with its author and date, and measures the constraint against the latest release', async () => {
        const text = unescaped(await hoverOn('package.json', packageJson({ argparse: '^2.0.1' }), 'argparse'));
        assert.equal(text.split('\n\n')[0], '**argparse** — among the 100 most downloaded npm packages');
        assert.match(text, /^“CLI arguments parser\. Native port of python's argparse\.” — npm registry description, 2026-11-30$/m);
        assert.match(text, /^Version \^2\.0\.1: any 2\.x version from 2\.0\.1 up, below 3\.0\.0 \(>= 2\.0\.1, < 3\.0\.0\); the latest release as of 2026-11, 3\.0\.4, is outside this range\.$/m);
        assert.doesNotMatch(text, /Show in Stack Guide/);
    });

    it('says when the latest release is within the constraint', async () => {
        const text = unescaped(await hoverOn('package.json', packageJson({ argparse: '>=2' }), 'argparse'));
        assert.match(text, /the latest release as of 2026-11, 3\.0\.4, is within this range\.$/m);
    });

    it('names a family, the member\'s own words and the catalog entry it belongs to', async () => {
        const text = unescaped(await hoverOn('package.json', packageJson({ '@types/koa': '^2.0.0' }), '@types/koa'));
        assert.match(text, /^\*\*@types\/koa\*\* — member of a package family · among the 10,000 most downloaded npm packages$/m);
        assert.match(text, /^“.*koa.*” — npm registry description, 2026-11-30$/im);
        assert.match(text, /^Family: TypeScript type declarations .*DefinitelyTyped.*\.$/m);
        assert.match(text, /\[Show Koa in Stack Guide\]\(command:stackGuide\.showEntry\?%5B%22koa%22%5D\)$/);
    });

    it('gives the family sentence as its own words when the index does not know the member', async () => {
        const text = unescaped(await hoverOn('package.json', packageJson({ 'eslint-plugin-zz-not-published': '1.0.0' }), 'eslint-plugin'));
        assert.match(text, /^\*\*eslint-plugin-zz-not-published\*\* — an ESLint plugin$/m);
        assert.match(text, /^An ESLint plugin: extra lint rules/m);
        assert.doesNotMatch(text, /“|Family:/);
        assert.match(text, /\[Show ESLint in Stack Guide\]\(command:stackGuide\.showEntry\?%5B%22eslint%22%5D\)$/);
    });

    it('says "last release" for a PyPI package not released for three years', async () => {
        const text = unescaped(await hoverOn('requirements.txt', 'lockfile==0.12.2\n', 'lockfile'));
        assert.match(text, /^“Platform-independent file locking module” — PyPI registry description, 2026-11-30$/m);
        assert.match(text, /^\*\*lockfile\*\* — among the 1,000 most downloaded PyPI packages · last release 2015-11: possibly unmaintained$/m);
        assert.match(text, /the latest release as of 2026-11, 0\.12\.2, is within this range/);
    });

    it('labels Debian\'s words as Debian\'s and links an https homepage', async () => {
        const text = unescaped(await hoverOn('Gemfile', 'gem "abstract_type"\n', 'abstract_type'));
        assert.match(text, /^“Allow non obstrusive declaring of abstract_type classes and modules” — Debian's description, 2026-12-07$/m);
        assert.match(text, /\[Homepage\]\(https:\/\/github\.com\/dkubb\/abstract_type\)/);
    });

    it('warns of a likely typosquat, and says where an unknown name is not, without a negative headline', async () => {
        const express = unescaped(await hoverOn('package.json', packageJson({ expresss: '^4.0.0' }), 'expresss'));
        assert.match(express, /^\*\*expresss\*\*$/m);
        assert.match(express, /^\$\(warning\) \*\*Possible typosquat of express\*\*: /m);
        assert.match(express, /^Not among the 25,000 most downloaded npm packages: private, new or rarely used\.$/m);
        const requests = unescaped(await hoverOn('requirements.txt', 'reqeusts>=2\n', 'reqeusts'));
        assert.match(requests, /Possible typosquat of requests/);
        assert.match(requests, /Not among the 15,000 most downloaded PyPI packages: private, new or rarely used\./);
    });

    it('gives an unknown private name no warning', async () => {
        const text = unescaped(await hoverOn('package.json', packageJson({ '@acme/billing-core': '^1.0.0' }), '@acme/billing-core'));
        assert.match(text, /^\*\*@acme\/billing-core\*\*\n\nNot among the 25,000 most downloaded npm packages: private, new or rarely used\./);
        assert.doesNotMatch(text, /typosquat|not in the/i);
    });

    it('names local, workspace and Git packages as such, without the registry data', async () => {
        const { hovers } = await service();
        const text = packageJson({ 'expresss': 'workspace:*', shared: 'file:../shared', tool: 'link:../tool', forked: 'github:me/forked' });
        const headings = ['expresss', 'shared', 'tool', 'forked'].map((name) => {
            const answer = hovers.hover({ key: 'local', version: 1, fileName: 'package.json', offset: text.indexOf(`"${name}"`) + 1, text: () => text, showUnknownPackages: true });
            assert.ok(answer && answer !== NEEDS_REGISTRY, name);
            return unescaped(answer.markdown).split('\n\n')[0];
        });
        assert.deepEqual(headings, [
            '**expresss** — local package, not from the registry',
            '**shared** — local package, not from the registry',
            '**tool** — local package, not from the registry',
            '**forked** — Git dependency, not from the registry',
        ]);
    });
});

describe('hostile registry strings in hovers', () => {
    const hostile = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> **bold** $(bug) `code`\u0000\u001b[31m\u202e';
    const long = `${'A'.repeat(10_000)}[y](command:evil)`;
    const list: RegistryListFacts = { registry: 'npm', asOf: '2026-11-30', rankedSize: 25_000, size: 25_000, summaryAuthor: 'authors' };
    const dependency: ManifestDependency = { registry: 'npm', name: 'victim', nameSpan: { start: 0, end: 6 }, section: 'dependencies', constraint: '^1.0.0' };

    function render(tier: TierAnswer): string {
        return renderDependencyHover({ dependency, entry: undefined, catalog: new Catalog([]), constraint: explainConstraint('npm', '^1.0.0', english), markers: undefined, tier, l10n: english });
    }

    function assertInert(markdown: string): void {
        assert.doesNotMatch(markdown, /\]\(command:(?!stackGuide\.)/, 'a command link from the data');
        assert.doesNotMatch(markdown, /(^|[^\\])<img/, 'raw HTML');
        assert.doesNotMatch(markdown, /(^|[^\\])\*\*bold/, 'Markdown emphasis from the data');
        assert.doesNotMatch(markdown, /(^|[^\\])\$\(bug\)/, 'an icon from the data');
        assert.doesNotMatch(markdown, /(^|[^\\])\[[xy]\]/, 'a link from the data');
        // eslint-disable-next-line no-control-regex -- control characters are exactly what must not pass
        assert.doesNotMatch(markdown, /[\u0000-\u0008\u000b-\u001f\u007f\u202e]/, 'control characters');
        assert.ok(markdown.length < 3_000, `${markdown.length} characters`);
    }

    const described = (overrides: Partial<PackageDescription>): TierAnswer => ({
        kind: 'described',
        list,
        description: { name: 'victim', registry: 'npm', source: 'index', summary: hostile, summaryAuthor: 'authors', asOf: '2026-11-30', ...overrides },
    });

    it('keeps an index description, a family sentence and a typosquat target inert', () => {
        for (const summary of [hostile, long]) {
            assertInert(render(described({ summary })));
            assertInert(render(described({ summary, source: 'family', familyDescription: summary, entryId: 'parent' })));
            assertInert(render({ kind: 'unknown', list, typosquat: { name: 'victim', registry: 'npm', similarTo: summary } }));
        }
    });

    it('links only an https homepage and shows a strange version as text', () => {
        for (const homepage of ['javascript:alert(1)', 'command:workbench.action.quit', 'http://example.com']) {
            assert.doesNotMatch(render(described({ homepage })), /Homepage/);
        }
        const closing = render(described({ homepage: 'https://example.com/a)(b <img>', latestVersion: '1.0.0' }));
        assert.match(closing, /\[Homepage\]\(https:\/\/example\.com\/a%29%28b%20%3Cimg%3E\)/);
        assertInert(render(described({ latestVersion: '[z](command:x)' })));
    });
});
