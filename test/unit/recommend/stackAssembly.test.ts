import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import type { CatalogEntry } from '../../../src/core/catalog/schema';
import type { Answers } from '../../../src/core/recommend/answers';
import { frameworkCategories, StackAssembler, type RoleFill } from '../../../src/core/recommend/stackAssembly';
import { makeEntry } from '../catalog/entryBuilder';

const py = (id: string, overrides: Partial<CatalogEntry>): CatalogEntry =>
    makeEntry({ id, name: id.charAt(0).toUpperCase() + id.slice(1), ecosystem: 'python', languages: ['python'], packages: [{ registry: 'pypi', name: id }], ...overrides });

const catalog = new Catalog([
    makeEntry({ id: 'python', kind: 'language', category: 'language', ecosystem: 'python', license: undefined }),
    makeEntry({ id: 'javascript', kind: 'language', category: 'language', license: undefined }),
    makeEntry({ id: 'nodejs', kind: 'runtime', category: 'runtime', languages: ['javascript'] }),
    makeEntry({ id: 'express', kind: 'framework', category: 'web-framework', languages: ['javascript'], packages: [{ registry: 'npm', name: 'express' }] }),
    makeEntry({ id: 'electron', kind: 'framework', category: 'desktop-framework', languages: ['javascript'], packages: [{ registry: 'npm', name: 'electron' }] }),
    py('flask', { kind: 'framework', category: 'web-framework' }),
    py('django', { kind: 'framework', category: 'web-framework' }),
    py('legacy', {
        kind: 'framework',
        category: 'web-framework',
        status: { value: 'deprecated', successors: ['flask'], note: 'Gone.', source: 'https://example.com/legacy' },
    }),
    py('alchemy', { category: 'orm', alternatives: ['django'], useCases: ['rest-api'] }),
    py('flask-alchemy', { category: 'orm', packages: [{ registry: 'pypi', name: 'Flask-Alchemy' }] }),
    py('flask-login', { category: 'auth', packages: [{ registry: 'pypi', name: 'Flask-Login' }] }),
    py('ghostauth', {
        category: 'auth',
        useCases: ['rest-api'],
        firstRelease: { year: 2001, source: 'https://example.com/r' },
        status: { value: 'unmaintained', note: 'Archived.', source: 'https://example.com/ghostauth' },
    }),
    py('jwtlib', { category: 'auth', useCases: ['rest-api'], firstRelease: { year: 2015, source: 'https://example.com/r' } }),
    py('oldauth', { category: 'auth', useCases: ['rest-api'], firstRelease: { year: 2008, source: 'https://example.com/r' } }),
    py('deadauth', {
        category: 'auth',
        useCases: ['rest-api'],
        status: { value: 'deprecated', successors: ['jwtlib'], note: 'Gone.', source: 'https://example.com/deadauth' },
    }),
    py('pytest', { kind: 'tool', category: 'testing' }),
    py('nosey', { kind: 'tool', category: 'testing', alternatives: ['pytest'] }),
    py('grpc', { category: 'api', useCases: ['microservices'] }),
]);

const answers = (useCase: Answers['useCase'], priorities: Answers['priorities'] = []): Answers => ({ useCase, knownLanguages: [], priorities });
const describeFill = (fill: RoleFill): string => `${fill.category}:${fill.by === 'library' ? fill.library.id : `${fill.citing.id}>${fill.named}`}`;

describe('stack assembly', () => {
    const assembler = StackAssembler.for(catalog);
    const stackOf = (framework: string, language: string, runtime?: string) => ({
        framework: catalog.get(framework)!,
        language: catalog.get(language)!,
        runtime: runtime === undefined ? undefined : catalog.get(runtime),
    });

    it('is built once per catalog', () => {
        assert.equal(StackAssembler.for(catalog), assembler);
    });

    it('offers web frameworks for server use cases and desktop frameworks for desktop apps', () => {
        assert.deepEqual(frameworkCategories('desktop'), ['desktop-framework']);
        assert.deepEqual(frameworkCategories('realtime'), ['web-framework', 'fullstack-framework']);
        assert.deepEqual(
            assembler.candidates('rest-api').map((stack) => `${stack.language.id}/${stack.runtime?.id ?? '-'}/${stack.framework.id}`),
            ['javascript/nodejs/express', 'python/-/flask', 'python/-/django'],
        );
        assert.deepEqual(
            assembler.candidates('desktop').map((stack) => `${stack.language.id}/${stack.runtime?.id ?? '-'}/${stack.framework.id}`),
            ['javascript/-/electron'],
        );
    });

    it('leaves a role to the framework when the catalog pairs them as alternatives', () => {
        const fills = assembler.roles(stackOf('django', 'python'), answers('rest-api')).map(describeFill);
        assert.ok(fills.includes('orm:alchemy>django'), fills.join(', '));
    });

    it('prefers a library made for the framework, and never uses another framework\'s plugin', () => {
        assert.deepEqual(assembler.roles(stackOf('flask', 'python'), answers('rest-api')).map(describeFill), ['orm:flask-alchemy', 'auth:flask-login', 'testing:pytest']);
        const django = assembler.roles(stackOf('django', 'python'), answers('rest-api')).map(describeFill);
        assert.ok(!django.some((fill) => fill.includes('flask-')), django.join(', '));
    });

    it('breaks ties by how often the catalog names a library, then by age, and skips deprecated and unmaintained ones', () => {
        const django = assembler.roles(stackOf('django', 'python'), answers('rest-api')).map(describeFill);
        assert.ok(django.includes('auth:oldauth'), django.join(', '));
        // ghostauth would win on age, but nobody maintains it.
        assert.ok(!django.includes('auth:ghostauth'), django.join(', '));
        assert.ok(django.includes('testing:pytest'), 'nosey names pytest, so pytest is the reference runner');
    });

    it('fills a use case\'s own categories only with libraries that serve it', () => {
        assert.ok(!assembler.roles(stackOf('flask', 'python'), answers('rest-api')).some((fill) => fill.category === 'api'));
        assert.ok(assembler.roles(stackOf('flask', 'python'), answers('microservices')).some((fill) => fill.category === 'api'));
    });

    it('gives a desktop stack only the roles a desktop app has', () => {
        assert.deepEqual(assembler.roles(stackOf('electron', 'javascript'), answers('desktop')), []);
    });

    it('lets priorities pick among libraries of a role', () => {
        const withTyping = new Catalog([
            ...catalog.all(),
            py('typedauth', { category: 'auth', attributes: { typing: { value: 'static', detail: 'Typed.', source: 'https://example.com/t' } } }),
        ]);
        const fills = StackAssembler.for(withTyping).roles(stackOf('django', 'python'), answers('rest-api', ['type-safety'])).map(describeFill);
        assert.ok(fills.includes('auth:oldauth'), 'listing the use case still outweighs one priority');
        const content = StackAssembler.for(withTyping).roles(stackOf('django', 'python'), answers('content-site', ['type-safety'])).map(describeFill);
        assert.ok(content.includes('auth:typedauth'), content.join(', '));
    });
});
