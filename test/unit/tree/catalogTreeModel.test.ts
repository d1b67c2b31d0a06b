import * as assert from 'node:assert/strict';
import { english, type L10n } from '../../../src/core/text/l10n';
import { Catalog } from '../../../src/core/catalog/catalog';
import { buildCatalogTree, matchesFilter, type TreeNode } from '../../../src/core/tree/catalogTreeModel';
import { makeEntry } from '../catalog/entryBuilder';
import { realCatalog } from '../recommend/realCatalog';

const catalog = new Catalog([
    makeEntry({ id: 'python', name: 'Python', kind: 'language', category: 'language', ecosystem: 'python' }),
    makeEntry({ id: 'javascript', name: 'JavaScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'typescript', name: 'TypeScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'nodejs', name: 'Node.js', kind: 'runtime', category: 'runtime' }),
    makeEntry({ id: 'django', name: 'Django', kind: 'framework', category: 'web-framework', ecosystem: 'python', useCases: ['content-site'] }),
    makeEntry({ id: 'express', name: 'Express', kind: 'framework', category: 'web-framework', useCases: ['rest-api'] }),
    makeEntry({ id: 'nextjs', name: 'Next.js', kind: 'framework', category: 'fullstack-framework' }),
    makeEntry({ id: 'angular', name: 'Angular', kind: 'framework', category: 'frontend-framework' }),
    makeEntry({ id: 'electron', name: 'Electron', kind: 'framework', category: 'desktop-framework' }),
    makeEntry({ id: 'langchain-js', name: 'LangChain.js', kind: 'framework', category: 'ai-framework' }),
    makeEntry({ id: 'body-parser', name: 'body-parser', category: 'web-framework' }),
    makeEntry({ id: 'mongoose', name: 'Mongoose', category: 'orm' }),
    makeEntry({ id: 'prisma', name: 'Prisma', category: 'orm' }),
    makeEntry({ id: 'jest', name: 'Jest', kind: 'tool', category: 'testing' }),
    makeEntry({ id: 'mocha', name: 'Mocha', kind: 'framework', category: 'testing' }),
]);

function labels(nodes: readonly TreeNode[]): string[] {
    return nodes.map((node) => (node.type === 'entry' ? node.entry.name : node.label));
}

describe('catalog tree model', () => {
    it('puts each root language first, then its other languages and runtimes, frameworks and libraries by category', () => {
        const tree = buildCatalogTree(catalog, english);
        assert.deepEqual(labels(tree.roots), ['JavaScript', 'Python']);
        const javascript = tree.roots[0]!;
        assert.deepEqual(labels(javascript.children), ['TypeScript', 'Node.js', 'Frameworks', 'Libraries & Tools']);
        const libraries = javascript.children[3]!;
        assert.deepEqual(labels(libraries.children), ['ORM / ODM', 'Testing', 'Web framework']);
        assert.deepEqual(labels(libraries.children[0]!.children), ['Mongoose', 'Prisma']);
    });

    it('groups application frameworks by role, so Express has no front-end, desktop or AI peers', () => {
        const frameworks = buildCatalogTree(catalog, english).roots[0]!.children[2]!;
        assert.deepEqual(labels(frameworks.children), ['Web back end', 'Full-stack / meta-framework', 'Front end', 'Desktop', 'AI']);
        assert.deepEqual(frameworks.children.map((role) => labels(role.children)), [['Express'], ['Next.js'], ['Angular'], ['Electron'], ['LangChain.js']]);
        assert.ok(frameworks.children.every((role) => role.type === 'group' && role.expanded === true), 'roles open with Frameworks');
    });

    it('files a framework for one job with that job\'s libraries, and a library of a framework\'s world under Libraries', () => {
        const libraries = buildCatalogTree(catalog, english).roots[0]!.children[3]!;
        const testing = libraries.children.find((group) => group.type === 'group' && group.label === 'Testing')!;
        assert.deepEqual(labels(testing.children), ['Jest', 'Mocha']);
        const web = libraries.children.find((group) => group.type === 'group' && group.label === 'Web framework')!;
        assert.deepEqual(labels(web.children), ['body-parser']);
    });

    it('leaves out of a row\'s description the kind its group names', () => {
        const tree = buildCatalogTree(catalog, english);
        const implied = (id: string) => tree.nodesByEntry.get(id)?.impliedKind;
        assert.equal(implied('express'), 'framework');
        assert.equal(implied('mongoose'), 'library');
        assert.equal(implied('mocha'), 'library', 'Mocha is a framework among libraries: its row says so');
        assert.equal(implied('nodejs'), undefined);
        assert.equal(implied('javascript'), undefined);
    });

    it('omits empty groups', () => {
        const python = buildCatalogTree(catalog, english).roots[1]!;
        assert.deepEqual(labels(python.children), ['Frameworks']);
        assert.deepEqual(labels(python.children[0]!.children), ['Web back end']);
    });

    it('indexes parents and entries so a row can be revealed', () => {
        const tree = buildCatalogTree(catalog, english);
        const prisma = tree.nodesByEntry.get('prisma')!;
        const category = tree.parents.get(prisma.id)!;
        assert.equal(category.type === 'group' && category.label, 'ORM / ODM');
        const libraries = tree.parents.get(category.id)!;
        assert.equal(tree.parents.get(libraries.id), tree.roots[0]);
        assert.equal(tree.parents.get(tree.roots[0]!.id), undefined);
    });

    it('filters by name, category and use case, keeping the path to each match', () => {
        const byCategory = buildCatalogTree(catalog, english, 'orm');
        assert.deepEqual([...byCategory.nodesByEntry.keys()].sort(), ['javascript', 'mongoose', 'prisma']);
        const byUseCase = buildCatalogTree(catalog, english, 'REST');
        assert.deepEqual([...byUseCase.nodesByEntry.keys()].sort(), ['express', 'javascript']);
        const byLabel = buildCatalogTree(catalog, english, 'content site');
        assert.ok(byLabel.nodesByEntry.has('django'));
    });

    it('labels its groups and filters by category in the display language, and still by the English words', () => {
        const words: Record<string, string> = { Frameworks: 'Rahmenwerke', 'Libraries & Tools': 'Bibliotheken und Tools', Testing: 'Tests', 'Web back end': 'Web-Backend' };
        const german: L10n = { t: (message, ...args) => english.t(words[message] ?? message, ...args) };
        const javascript = buildCatalogTree(catalog, german).roots[0]!;
        assert.deepEqual(labels(javascript.children), ['TypeScript', 'Node.js', 'Rahmenwerke', 'Bibliotheken und Tools']);
        assert.deepEqual(labels(javascript.children[2]!.children).slice(0, 1), ['Web-Backend']);
        assert.deepEqual([...buildCatalogTree(catalog, german, 'tests').nodesByEntry.keys()].sort(), ['javascript', 'jest', 'mocha']);
        assert.deepEqual([...buildCatalogTree(catalog, german, 'testing').nodesByEntry.keys()].sort(), ['javascript', 'jest', 'mocha']);
    });

    it('marks the words a filter matched in each name, and nothing without a filter', () => {
        assert.deepEqual(buildCatalogTree(catalog, english, 'mong').nodesByEntry.get('mongoose')?.highlights, [[0, 4]]);
        assert.deepEqual(buildCatalogTree(catalog, english, 'orm').nodesByEntry.get('mongoose')?.highlights, []);
        assert.deepEqual(buildCatalogTree(catalog, english).nodesByEntry.get('mongoose')?.highlights, []);
    });

    it('matches words, not letters inside them', () => {
        assert.equal(buildCatalogTree(catalog, english, 'ongoose').nodesByEntry.has('mongoose'), false);
    });

    it('returns no roots when nothing matches', () => {
        assert.deepEqual(buildCatalogTree(catalog, english, 'zzz-nothing').roots, []);
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
        const tree = buildCatalogTree(withSuccessor, english);
        assert.deepEqual(tree.nodesByEntry.get('request')?.successorNames, ['Got']);
        assert.deepEqual(tree.nodesByEntry.get('got')?.successorNames, []);
    });
});

describe('catalog tree of the real catalog', () => {
    const groupLabelled = (nodes: readonly TreeNode[], label: string): TreeNode | undefined =>
        nodes.find((node) => node.type === 'group' && node.label === label);
    const entryIds = (node: TreeNode | undefined): string[] => (node?.children ?? []).flatMap((child) => (child.type === 'entry' ? [child.entry.id] : []));

    it('lists Express among back-end frameworks, and Angular, Next.js, Electron and LangChain.js each under its own role', async () => {
        const tree = buildCatalogTree(await realCatalog(), english);
        const javascript = tree.roots.find((root) => root.type === 'entry' && root.entry.id === 'javascript')!;
        const roles = groupLabelled(javascript.children, 'Frameworks')!.children;
        const backEnd = entryIds(groupLabelled(roles, 'Web back end'));
        assert.ok(backEnd.includes('express'));
        for (const [id, role] of [['angular', 'Front end'], ['nextjs', 'Full-stack / meta-framework'], ['electron', 'Desktop'], ['langchain-js', 'AI']] as const) {
            assert.ok(!backEnd.includes(id), `${id} is listed as a back-end framework`);
            assert.ok(entryIds(groupLabelled(roles, role)).includes(id), `${id} is not under ${role}`);
        }
    });

    it('files CanCanCan and Pundit under Authorization, apart from Devise under Authentication', async () => {
        const tree = buildCatalogTree(await realCatalog(), english);
        const ruby = tree.roots.find((root) => root.type === 'entry' && root.entry.id === 'ruby')!;
        const libraries = groupLabelled(ruby.children, 'Libraries & Tools')!.children;
        const authorization = entryIds(groupLabelled(libraries, 'Authorization'));
        assert.ok(authorization.includes('cancancan') && authorization.includes('pundit'), authorization.join(', '));
        const authentication = entryIds(groupLabelled(libraries, 'Authentication'));
        assert.ok(authentication.includes('devise') && !authentication.includes('cancancan'), authentication.join(', '));
    });
});
