import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import type { CatalogEntry } from '../../../src/core/catalog/schema';
import { detectStack, folderOf } from '../../../src/core/review/detect';
import { makeEntry } from '../catalog/entryBuilder';
import { manifestFile } from './fixtures';
import { english } from '../../../src/core/text/l10n';

const npm = (id: string, overrides: Partial<CatalogEntry> = {}): CatalogEntry =>
    makeEntry({ id, name: id.charAt(0).toUpperCase() + id.slice(1), packages: [{ registry: 'npm', name: id }], languages: ['javascript'], ...overrides });

const catalog = new Catalog([
    makeEntry({ id: 'javascript', kind: 'language', category: 'language', license: undefined }),
    makeEntry({ id: 'nodejs', kind: 'runtime', category: 'runtime', languages: ['javascript'] }),
    makeEntry({ id: 'python', kind: 'language', category: 'language', ecosystem: 'python', license: undefined }),
    npm('webby', { kind: 'framework', category: 'web-framework', alternatives: ['servy'] }),
    npm('servy', { kind: 'framework', category: 'web-framework', alternatives: ['webby'] }),
    npm('lonely', { kind: 'framework', category: 'web-framework', alternatives: ['webby'] }),
    npm('clocky', { category: 'date-time' }),
    npm('timey', { category: 'date-time' }),
    npm('fetchy', { category: 'http-client', alternatives: ['getty'] }),
    npm('getty', { category: 'http-client', alternatives: ['fetchy'] }),
    npm('fetchy-retry', { category: 'http-client', alternatives: ['fetchy'], summary: 'Adds retries to fetchy.' }),
    // Each names the other as an alternative, yet a relation says they are used together.
    npm('hosty', { category: 'mocking', alternatives: ['pluggy', 'pally', 'basey', 'rivaly'] }),
    npm('pluggy', { category: 'mocking', alternatives: ['hosty'], extends: ['hosty'] }),
    npm('pally', { category: 'mocking', alternatives: ['hosty'], worksWith: ['hosty'] }),
    npm('basey', { category: 'mocking', alternatives: ['hosty', 'wrappy', 'rivaly'] }),
    npm('wrappy', { category: 'mocking', alternatives: ['basey', 'rivaly'], builtOn: ['basey'] }),
    npm('rivaly', { category: 'mocking', alternatives: ['hosty', 'wrappy', 'basey'] }),
    npm('oldie', {
        category: 'utility',
        status: { value: 'deprecated', successors: ['newbie'], note: 'Replaced.', source: 'https://example.com/oldie' },
    }),
    npm('newbie', { category: 'utility' }),
    npm('sleepy', { category: 'logging', status: { value: 'maintenance', note: 'Only security fixes.', source: 'https://example.com/sleepy' } }),
    npm('ghosty', { category: 'caching', status: { value: 'unmaintained', note: 'Archived.', source: 'https://example.com/ghosty' } }),
    makeEntry({ id: 'requests-py', name: 'Requests', ecosystem: 'python', languages: ['python'], category: 'http-client', packages: [{ registry: 'pypi', name: 'requests' }] }),
]);

const packageJson = (dependencies: Record<string, string>, extra: Record<string, unknown> = {}): string =>
    JSON.stringify({ dependencies, ...extra }, null, 2);

describe('stack detection rules', () => {
    it('flags two entries of one category that name each other as alternatives', () => {
        const detection = detectStack([manifestFile('package.json', packageJson({ webby: '1', servy: '1', lonely: '1' }))], catalog, { l10n: english });
        // lonely names webby, but webby does not name lonely: not the same role by the catalog's own account.
        assert.deepEqual(detection.sameRoleFindings.map((finding) => finding.entries), [['webby', 'servy']]);
        assert.deepEqual(detection.sameRoleFindings[0]?.packages, ['npm:webby', 'npm:servy']);
        assert.equal(
            detection.sameRoleFindings[0]?.message,
            'Webby and Servy play the same role (Web framework): the catalog lists them as alternatives, and a project usually needs only one.',
        );
    });

    it('does not flag two libraries only for sharing a category', () => {
        const detection = detectStack([manifestFile('package.json', packageJson({ clocky: '1', timey: '1' }))], catalog, { l10n: english });
        assert.deepEqual(detection.sameRoleFindings, []);
    });

    it('never pairs a plugin with its host, nor companions, even when they name each other as alternatives', () => {
        const detection = detectStack([manifestFile('package.json', packageJson({ hosty: '1', pluggy: '1', pally: '1' }))], catalog, { l10n: english });
        assert.deepEqual(detection.sameRoleFindings, []);
    });

    it('never groups a library with one built on it through a rival of both', () => {
        const detection = detectStack([manifestFile('package.json', packageJson({ basey: '1', rivaly: '1', wrappy: '1' }))], catalog, { l10n: english });
        // rivaly is a rival of basey and of wrappy, but wrappy is built on basey.
        assert.deepEqual(detection.sameRoleFindings.map((finding) => finding.entries), [['basey', 'rivaly']]);
    });

    it('never pairs a library with a plugin made for it', () => {
        const detection = detectStack([manifestFile('package.json', packageJson({ fetchy: '1', 'fetchy-retry': '1' }))], catalog, { l10n: english });
        assert.deepEqual(detection.sameRoleFindings, []);
    });

    it('keeps projects apart: the same role in two folders is not a finding', () => {
        const detection = detectStack([
                manifestFile('a/package.json', packageJson({ fetchy: '1' })),
                manifestFile('b/package.json', packageJson({ getty: '1' })),
            ], catalog, { l10n: english });
        assert.deepEqual(detection.sameRoleFindings, []);
        assert.deepEqual(detection.projects.map((project) => project.folder), ['a', 'b']);
    });

    it('never pairs entries of different ecosystems in one folder', () => {
        const detection = detectStack([
                manifestFile('package.json', packageJson({ fetchy: '1' })),
                manifestFile('requirements.txt', 'requests==2.31.0\n'),
            ], catalog, { l10n: english });
        assert.deepEqual(detection.sameRoleFindings, []);
        assert.deepEqual(detection.stack.languages, ['javascript', 'python']);
    });

    it('reports deprecated and maintenance-only entries with successors, notes and sources', () => {
        const text = packageJson({ oldie: '1', sleepy: '1' });
        const detection = detectStack([manifestFile('package.json', text)], catalog, { l10n: english });
        assert.deepEqual(
            detection.statusFindings.map(({ package: name, status, successors, note, source, message }) => ({ name, status, successors, note, source, message })),
            [
                {
                    name: 'oldie',
                    status: 'deprecated',
                    successors: ['newbie'],
                    note: 'Replaced.',
                    source: 'https://example.com/oldie',
                    message: 'oldie is deprecated; the catalog suggests Newbie instead.',
                },
                {
                    name: 'sleepy',
                    status: 'maintenance',
                    successors: [],
                    note: 'Only security fixes.',
                    source: 'https://example.com/sleepy',
                    message: 'sleepy is in maintenance mode.',
                },
            ],
        );
        assert.deepEqual(detection.statusFindings[0]?.location, { uri: 'test-workspace:/package.json', path: 'package.json', line: 2, character: 5, length: 5 });
    });

    it('reports an unmaintained entry with the words a reader needs', () => {
        const [finding] = detectStack([manifestFile('package.json', packageJson({ ghosty: '1' }))], catalog, { l10n: english }).statusFindings;
        assert.equal(finding?.status, 'unmaintained');
        assert.equal(finding.message, 'ghosty is no longer maintained.');
    });

    it('ignores overrides, resolutions, local paths and the workspace\'s own packages', () => {
        const files = [
            manifestFile('package.json', packageJson({ '@acme/lib': '*', local: 'file:../local', stranger: '1' }, { overrides: { oldie: '2' }, resolutions: { sleepy: '1' } })),
            manifestFile('lib/package.json', JSON.stringify({ name: '@acme/lib' })),
        ];
        const detection = detectStack(files, catalog, { l10n: english });
        assert.deepEqual(detection.unknown.map((dependency) => dependency.name), ['stranger']);
        assert.equal(detection.dependencyCount, 1);
        assert.deepEqual(detection.statusFindings, []);
    });

    it('counts a package declared twice once, and records where it first appears', () => {
        const files = [
            manifestFile('package.json', packageJson({ stranger: '1', webby: '1' })),
            manifestFile('sub/package.json', packageJson({ stranger: '2', webby: '2' })),
        ];
        const detection = detectStack(files, catalog, { l10n: english });
        assert.equal(detection.dependencyCount, 2);
        assert.equal(detection.unknown.length, 1);
        assert.equal(detection.declaredAt['webby']?.path, 'package.json');
        assert.deepEqual(detection.stack.frameworks, ['webby']);
    });

    it('implies the platform from the manifest even with no known package', () => {
        const detection = detectStack([manifestFile('package.json', '{}')], catalog, { l10n: english });
        assert.deepEqual(detection.stack.languages, ['javascript']);
        assert.deepEqual(detection.stack.runtimes, ['nodejs']);
    });

    it('skips files no format reads and survives malformed manifests', () => {
        const detection = detectStack([
                manifestFile('README.md', '# hello'),
                manifestFile('package.json', '{ "dependencies": { "webby": '),
            ], catalog, { l10n: english });
        assert.deepEqual(detection.manifests.map((manifest) => manifest.path), ['package.json']);
    });

    it('finds a file\'s folder with either separator', () => {
        assert.equal(folderOf('a/b/package.json'), 'a/b');
        assert.equal(folderOf('a\\b\\Gemfile'), 'a\\b');
        assert.equal(folderOf('Pipfile'), '');
    });
});
