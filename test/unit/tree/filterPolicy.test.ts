import * as assert from 'node:assert/strict';
import { english } from '../../../src/core/text/l10n';
import { Catalog } from '../../../src/core/catalog/catalog';
import { buildCatalogTree } from '../../../src/core/tree/catalogTreeModel';
import { filterViewState, normalizeFilter, revealStep } from '../../../src/core/tree/filterPolicy';
import { makeEntry } from '../catalog/entryBuilder';

const catalog = new Catalog([
    makeEntry({ id: 'javascript', name: 'JavaScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'express', name: 'Express', kind: 'framework', category: 'web-framework' }),
    makeEntry({ id: 'prisma', name: 'Prisma', category: 'orm' }),
]);

describe('catalog filter and reveal policy', () => {
    it('applies what was typed without its surrounding spaces', () => {
        assert.equal(normalizeFilter('  orm \t'), 'orm');
        assert.equal(normalizeFilter('   '), '');
    });

    it('names the filter beside the title and offers to clear it', () => {
        assert.deepEqual(filterViewState('orm', buildCatalogTree(catalog, english, 'orm'), english), {
            description: 'filter: orm',
            filterActive: true,
            filterEmpty: false,
        });
        assert.deepEqual(filterViewState('', buildCatalogTree(catalog, english), english), { description: undefined, filterActive: false, filterEmpty: false });
    });

    it('shows the welcome text when the filter matches nothing', () => {
        assert.equal(filterViewState('no-such-thing', buildCatalogTree(catalog, english, 'no-such-thing'), english).filterEmpty, true);
    });

    it('reveals a shown entry, clears a filter that hides it, and gives up on an unknown id', () => {
        const step = revealStep(buildCatalogTree(catalog, english, 'orm'), 'orm', 'prisma');
        assert.equal(step.kind === 'reveal' && step.node.entry.id, 'prisma');
        assert.deepEqual(revealStep(buildCatalogTree(catalog, english, 'orm'), 'orm', 'express'), { kind: 'clear-filter' });
        assert.equal(revealStep(buildCatalogTree(catalog, english), '', 'express').kind, 'reveal');
        assert.deepEqual(revealStep(buildCatalogTree(catalog, english), '', 'no-such-entry'), { kind: 'missing' });
    });
});
