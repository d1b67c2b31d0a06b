import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { buildCatalogTree, matchesFilter, type TreeNode } from '../../../src/core/tree/catalogTreeModel';
import { makeEntry } from '../catalog/entryBuilder';

const catalog = new Catalog([
    makeEntry({ id: 'python', name: 'Python', kind: 'language', category: 'language', ecosystem: 'python' }),
    makeEntry({ id: 'javascript', name: 'JavaScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'typescript', name: 'TypeScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'nodejs', name: 'Node.js', kind: 'runtime', category: 'runtime' }),
    makeEntry({ id: 'django', name: 'Django', kind: 'framework', category: 'web-framework', ecosystem: 'python', useCases: ['content-site'] }),
    makeEntry({ id: 'express', name: 'Express', kind: 'framework', category: 'web-framework', useCases: ['rest-api'] }),
    makeEntry({ id: 'mongoose', name: 'Mongoose', category: 'orm' }),
    makeEntry({ id: 'prisma', name: 'Prisma', category: 'orm' }),
    makeEntry({ id: 'jest', name: 'Jest', kind: 'tool', category: 'testing' }),
]);

function labels(nodes: readonly TreeNode[]): string[] {
    return nodes.map((node) => (node.type === 'entry' ? node.entry.name : node.label));
}

describe('catalog tree model', () => {
    it('puts each root language first, then its related languages, frameworks and libraries by category', () => {
        const tree = buildCatalogTree(catalog);
        assert.deepEqual(labels(tree.roots), ['JavaScript', 'Python']);
        const javascript = tree.roots[0]!;
        assert.deepEqual(labels(javascript.children), ['Languages & Runtimes', 'Frameworks', 'Libraries & Tools']);
        assert.deepEqual(labels(javascript.children[0]!.children), ['Node.js', 'TypeScript']);
        assert.deepEqual(labels(javascript.children[1]!.children), ['Express']);
        const libraries = javascript.children[2]!;
        assert.deepEqual(labels(libraries.children), ['ORM / ODM', 'Testing']);
        assert.deepEqual(labels(libraries.children[0]!.children), ['Mongoose', 'Prisma']);
    });

    it('omits empty groups', () => {
        const python = buildCatalogTree(catalog).roots[1]!;
        assert.deepEqual(labels(python.children), ['Frameworks']);
    });

    it('indexes parents and entries so a row can be revealed', () => {
        const tree = buildCatalogTree(catalog);
        const prisma = tree.nodesByEntry.get('prisma')!;
        const category = tree.parents.get(prisma.id)!;
        assert.equal(category.type === 'group' && category.label, 'ORM / ODM');
        const libraries = tree.parents.get(category.id)!;
        assert.equal(tree.parents.get(libraries.id), tree.roots[0]);
        assert.equal(tree.parents.get(tree.roots[0]!.id), undefined);
    });

    it('filters by name, category and use case, keeping the path to each match', () => {
        const byCategory = buildCatalogTree(catalog, 'orm');
        assert.deepEqual([...byCategory.nodesByEntry.keys()].sort(), ['javascript', 'mongoose', 'prisma']);
        const byUseCase = buildCatalogTree(catalog, 'REST');
        assert.deepEqual([...byUseCase.nodesByEntry.keys()].sort(), ['express', 'javascript']);
        const byLabel = buildCatalogTree(catalog, 'content site');
        assert.ok(byLabel.nodesByEntry.has('django'));
    });

    it('marks the words a filter matched in each name, and nothing without a filter', () => {
        assert.deepEqual(buildCatalogTree(catalog, 'mong').nodesByEntry.get('mongoose')?.highlights, [[0, 4]]);
        assert.deepEqual(buildCatalogTree(catalog, 'orm').nodesByEntry.get('mongoose')?.highlights, []);
        assert.deepEqual(buildCatalogTree(catalog).nodesByEntry.get('mongoose')?.highlights, []);
    });

    it('matches words, not letters inside them', () => {
        assert.equal(buildCatalogTree(catalog, 'ongoose').nodesByEntry.has('mongoose'), false);
    });

    it('returns no roots when nothing matches', () => {
        assert.deepEqual(buildCatalogTree(catalog, 'zzz-nothing').roots, []);
    });

    it('treats a blank filter as no filter', () => {
        assert.equal(matchesFilter(makeEntry({ id: 'x' }), '   '), true);
    });

    it('resolves successor names into the row, so drawing it needs no catalog', () => {
        const withSuccessor = new Catalog([
            makeEntry({ id: 'javascript', name: 'JavaScript', kind: 'language', category: 'language' }),
            makeEntry({ id: 'request', category: 'http-client', status: { value: 'deprecated', successors: ['got'], note: 'n', source: 'https://x.org' } }),
            makeEntry({ id: 'got', name: 'Got', category: 'http-client' }),
        ]);
        const tree = buildCatalogTree(withSuccessor);
        assert.deepEqual(tree.nodesByEntry.get('request')?.successorNames, ['Got']);
        assert.deepEqual(tree.nodesByEntry.get('got')?.successorNames, []);
    });
});
