import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { explainConstraint } from '../../../src/core/constraints';
import { renderDependencyHover } from '../../../src/core/hover/dependencyHover';
import { HOVER_COMMANDS } from '../../../src/core/contributions';
import { registryPage } from '../../../src/core/hover/registryLinks';
import type { ManifestDependency } from '../../../src/core/manifests/manifestTypes';
import { markdownLink } from '../../../src/core/text/markdown';
import { makeEntry } from '../catalog/entryBuilder';

const catalog = new Catalog([
    makeEntry({
        id: 'request',
        name: 'request',
        category: 'http-client',
        packages: [{ registry: 'npm', name: 'request' }],
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
        constraint: dep.constraint === undefined ? undefined : explainConstraint(dep.registry, dep.constraint),
        markers,
    });
}

describe('dependency hover Markdown', () => {
    it('puts the deprecation and its successors before the summary', () => {
        const text = render(dependency('request', '^2.88.0'));
        const lines = text.split('\n\n');
        assert.match(lines[0]!, /^\*\*request\*\* · library · HTTP client$/);
        assert.match(lines[1]!, /^\$\(warning\) \*\*Deprecated\*\*: .*Consider Got\.$/);
        assert.match(text, /Version \^2\\\.88\\\.0: any 2\\\.x version/);
        assert.match(text, /\[Compare with alternatives\]\(command:stackGuide\.compare\?/);
        assert.match(text, /\[Show in Stack Guide\]\(command:stackGuide\.showEntry\?%5B%22request%22%5D\)/);
        assert.match(text, /\[Got\]\(command:stackGuide\.compare\?/);
        // The constraint comes before the alternatives, as users read it.
        assert.ok(text.indexOf('Version ') < text.indexOf('Alternatives: '));
    });

    it('marks maintenance mode', () => {
        assert.match(render(dependency('moment')), /\$\(info\) \*\*In maintenance mode\*\*: Finished, not developed further\\\./);
    });

    it('warns that an unmaintained package has no maintainer, even with no successor named', () => {
        const lines = render(dependency('abandoned')).split('\n\n');
        assert.equal(lines[1], '$(warning) **Unmaintained**: The author stopped maintaining it\\.');
    });

    it('says when a package is unknown and links its registry page', () => {
        const text = render(dependency('@scope/left-pad', '1.x'));
        assert.match(text, /^\*\*@scope\/left\\-pad\*\* is not in the Stack Guide catalog\./);
        assert.match(text, /\[npm\]\(https:\/\/www\.npmjs\.com\/package\/@scope\/left-pad\)/);
        assert.doesNotMatch(text, /command:/);
    });

    it('explains non-registry sources instead of a constraint', () => {
        assert.match(render(dependency('got', undefined, { source: 'git' })), /Installed from a Git repository, not the registry\./);
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
