import * as assert from 'node:assert/strict';
import { english } from '../../../src/core/text/l10n';
import { Catalog } from '../../../src/core/catalog/catalog';
import { explainConstraint } from '../../../src/core/constraints';
import { renderDependencyHover, roleOf } from '../../../src/core/hover/dependencyHover';
import { HOVER_COMMANDS } from '../../../src/core/contributions';
import { registryPage } from '../../../src/core/hover/registryLinks';
import { DependencyHoverService, NEEDS_REGISTRY } from '../../../src/core/hover/hoverService';
import { sourceLink } from '../../../src/core/hover/sourceLinks';
import type { CatalogEntry } from '../../../src/core/catalog/schema';
import type { ManifestDependency } from '../../../src/core/manifests/manifestTypes';
import { markdownLink } from '../../../src/core/text/markdown';
import { makeEntry } from '../catalog/entryBuilder';

const catalog = new Catalog([
    makeEntry({
        id: 'request',
        name: 'request',
        category: 'http-client',
        packages: [{ registry: 'npm', name: 'request' }, { registry: 'npm', name: 'request-promise' }],
        status: { value: 'deprecated', successors: ['got'], note: 'The maintainers deprecated it in 2020.', source: 'https://example.com/notice' },
        alternatives: ['got'],
        links: { homepage: 'https://example.com/request', repository: 'https://example.com/request.git' },
    }),
    makeEntry({ id: 'got', name: 'Got', category: 'http-client', packages: [{ registry: 'npm', name: 'got' }], alternatives: ['request'] }),
    makeEntry({
        id: 'moment',
        name: 'Moment.js',
        category: 'date-time',
        status: { value: 'maintenance', note: 'Finished, not developed further.', source: 'https://momentjs.com/docs/#/-project-status/' },
    }),
    makeEntry({
        id: 'abandoned',
        name: 'abandoned',
        packages: [{ registry: 'npm', name: 'abandoned' }],
        status: { value: 'unmaintained', note: 'The author stopped maintaining it.', source: 'https://example.com/readme' },
    }),
    makeEntry({
        id: 'evil',
        name: '[x](command:workbench.action.quit) <img src=x onerror=alert(1)>',
        summary: '**bold** $(bug) `code`',
        links: { homepage: 'https://example.com/a)(b', docs: 'https://example.com/docs' },
        alternatives: [],
    }),
]);

function dependency(name: string, constraint?: string, extra: Partial<ManifestDependency> = {}): ManifestDependency {
    return { registry: 'npm', name, nameSpan: { start: 0, end: name.length }, section: 'dependencies', ...(constraint ? { constraint } : {}), ...extra };
}

function render(dep: ManifestDependency, markers?: string): string {
    return renderDependencyHover({
        dependency: dep,
        entry: catalog.findPackage(dep.registry, dep.name) ?? catalog.get(dep.name),
        catalog,
        constraint: dep.constraint === undefined ? undefined : explainConstraint(dep.registry, dep.constraint, english),
        markers,
        l10n: english,
    });
}

describe('dependency hover Markdown', () => {
    it('is compact: a headline, the deprecation with its successors, the summary, the constraint, one row of links', () => {
        const text = render(dependency('request', '^2.88.0'));
        const lines = text.split('\n\n');
        assert.equal(lines.length, 5, text);
        assert.equal(lines[0], '**request** — HTTP client · MIT · first released 2010');
        assert.match(lines[1]!, /^\$\(warning\) \*\*Deprecated\*\*: .*Consider Got\.$/);
        assert.equal(lines[2], 'request in one sentence\\.');
        assert.match(lines[3]!, /^Version \^2\\\.88\\\.0: any 2\\\.x version/);
        assert.match(lines[4]!, /^\[Homepage\]\(https:\/\/example\.com\/request\) · \[Repository\]\(.+\) · \[npm\]\(https:\/\/www\.npmjs\.com\/package\/request\) · \[Compare with Got\]\(command:stackGuide\.compare\?.+\) · \[Show in Stack Guide\]\(command:stackGuide\.showEntry\?%5B%22request%22%5D\)$/);
    });

    it('names a package the entry lists after its own, without the entry\'s licence and first release', () => {
        const text = render(dependency('request-promise', '~4.2.0'));
        const lines = text.split('\n\n');
        assert.equal(lines[0], '**request\\-promise** — one of request’s packages (HTTP client)');
        assert.equal(lines[2], 'request: request in one sentence\\.');
        assert.doesNotMatch(text, /MIT|first released/);
        assert.match(text, /^\[request homepage\]\(https:\/\/example\.com\/request\) · \[request repository\]\(.+\) · \[npm\]\(https:\/\/www\.npmjs\.com\/package\/request-promise\) · /m);
        assert.match(text, /\[Show request in Stack Guide\]\(command:stackGuide\.showEntry\?%5B%22request%22%5D\)/);
    });

    it('says a role in words: the category, and the kind when it adds one', () => {
        const role = (category: CatalogEntry['category'], kind: CatalogEntry['kind']): string => roleOf(makeEntry({ id: 'x', category, kind }), english);
        assert.equal(role('web-framework', 'framework'), 'web framework');
        assert.equal(role('testing', 'tool'), 'testing tool');
        assert.equal(role('orm', 'library'), 'ORM / ODM library');
        assert.equal(role('build-tool', 'tool'), 'build tool');
        assert.equal(role('frontend-framework', 'library'), 'front-end framework');
        assert.equal(role('http-client', 'library'), 'HTTP client');
    });
    it('marks maintenance mode', () => {
        assert.match(render(dependency('moment')), /\$\(info\) \*\*In maintenance mode\*\*: Finished, not developed further\\\./);
    });

    it('warns that an unmaintained package has no maintainer, even with no successor named', () => {
        const lines = render(dependency('abandoned')).split('\n\n');
        assert.equal(lines[1], '$(warning) **Unmaintained**: The author stopped maintaining it\\.');
    });

    it('gives an unknown package no negative headline: its name, its constraint and its registry page', () => {
        const text = render(dependency('@scope/left-pad', '1.x'));
        assert.equal(text, String.raw`**@scope/left\-pad**` + '\n\n' + String.raw`Version 1\.x: any 1\.x version (\>= 1\.0\.0, \< 2\.0\.0).` + '\n\n[npm](https://www.npmjs.com/package/@scope/left-pad)');
        assert.doesNotMatch(text, /not in|command:/);
    });

    it('links a Git dependency to its repository and a local one to its folder, never to a registry page', () => {
        const git = render(dependency('db2fog', undefined, { registry: 'rubygems', source: 'git', sourceLocation: 'github:someone/db2fog' }));
        assert.match(git, /^\*\*db2fog\*\* — Git dependency, not from the registry/);
        assert.match(git, /\[Repository\]\(https:\/\/github\.com\/someone\/db2fog\)$/);
        const local = renderDependencyHover({
            dependency: dependency('catalog', undefined, { registry: 'rubygems', source: 'path', sourceLocation: './engines/catalog' }),
            entry: undefined, catalog, constraint: undefined, markers: undefined, manifestUri: 'file:///work/app/Gemfile', l10n: english,
        });
        assert.match(local, /\[Open \\\.\/engines\/catalog\]\(file:\/\/\/work\/app\/engines\/catalog\)$/);
        for (const text of [git, local]) {
            assert.doesNotMatch(text, /rubygems\.org/);
        }
    });

    it('links no folder that leaves the manifest\'s scheme or host, and no repository that is not https', () => {
        const links = (source: 'git' | 'path', sourceLocation: string): ReturnType<typeof sourceLink> =>
            sourceLink(dependency('x', undefined, { source, sourceLocation }), 'file:///work/app/Gemfile', english);
        for (const location of ['command:workbench.action.quit', 'https://example.com/x', '//evil.example/share', 'javascript:alert(1)']) {
            assert.equal(links('path', location), undefined, location);
        }
        for (const location of ['http://example.com/x.git', 'javascript:alert(1)', 'command:x', 'file:///etc']) {
            assert.equal(links('git', location), undefined, location);
        }
        assert.equal(links('git', 'git@github.com:someone/thing.git')?.url, 'https://github.com/someone/thing');
        assert.equal(links('path', '../shared')?.url, 'file:///work/shared');
        assert.equal(links('path', '..\\vendor\\gem')?.url, 'file:///work/vendor/gem');
    });

    it('renders environment markers as a sentence', () => {
        assert.match(render(dependency('got', '1.0.0'), 'only when python_version < "3.11"'), /Only when python\\_version \\< "3\\\.11"\./);
    });

    it('escapes every catalog string and keeps links closed', () => {
        const text = render(dependency('evil'));
        assert.doesNotMatch(text, /\]\(command:workbench/);
        assert.doesNotMatch(text, /(^|[^\\])<img/);
        assert.doesNotMatch(text, /(^|[^\\])\*\*bold/);
        assert.doesNotMatch(text, /(^|[^\\])\$\(bug\)/);
        assert.match(text, /\[Documentation\]\(https:\/\/example\.com\/docs\)/);
    });

    it('enables only its own commands', () => {
        assert.deepEqual([...HOVER_COMMANDS], ['stackGuide.showEntry', 'stackGuide.compare']);
    });
});

describe('hovers on Gemfile sources', () => {
    const gemfile = 'gem "catalog", path: "./engines/catalog"\ngem "db2fog", github: "someone/db2fog", branch: "main"\npath "vendor" do\n  gem "inhouse"\nend\n';

    function hoverOn(needle: string): string {
        const answer = new DependencyHoverService(catalog, english).hover({
            key: 'Gemfile', version: 1, fileName: 'Gemfile', offset: gemfile.indexOf(needle) + 1, text: () => gemfile,
            showUnknownPackages: true, manifestUri: 'file:///work/app/Gemfile',
        });
        assert.ok(answer && answer !== NEEDS_REGISTRY, needle);
        return answer.markdown;
    }

    it('opens a path gem\'s folder and a git gem\'s repository, as written in the Gemfile', () => {
        assert.match(hoverOn('"catalog"'), /\[Open \\\.\/engines\/catalog\]\(file:\/\/\/work\/app\/engines\/catalog\)$/);
        assert.match(hoverOn('"db2fog"'), /\[Repository\]\(https:\/\/github\.com\/someone\/db2fog\)$/);
        assert.match(hoverOn('"inhouse"'), /\[Open vendor\]\(file:\/\/\/work\/app\/vendor\)$/);
    });
});

describe('links', () => {
    it('encodes what would end a Markdown link target', () => {
        assert.equal(markdownLink('a', 'https://x.org/a)(b c'), '[a](https://x.org/a%29%28b%20c)');
    });

    it('builds each registry\'s page', () => {
        assert.deepEqual(registryPage('pypi', 'Django'), { label: 'PyPI', url: 'https://pypi.org/project/Django/' });
        assert.deepEqual(registryPage('rubygems', 'rails'), { label: 'RubyGems', url: 'https://rubygems.org/gems/rails' });
        assert.equal(registryPage('npm', '@nestjs/core').url, 'https://www.npmjs.com/package/@nestjs/core');
    });
});
