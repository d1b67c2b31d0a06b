import * as assert from 'node:assert/strict';
import { MAX_COLUMNS, selectIds, withAdded, withMoved, withRemoved } from '../../../src/core/compare/selection';
import { catalogOf, entry } from './builders';
import { english } from '../../../src/core/text/l10n';

const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
const catalog = catalogOf(...ids.map((id) => entry(id)));

describe('compare selection', () => {
    it('keeps known ids once each, in the order asked', () => {
        assert.deepEqual(selectIds(['b', 'a', 'b'], catalog, english), { ids: ['b', 'a'] });
        assert.deepEqual(selectIds([], catalog, english), { ids: [] });
    });

    it('says which ids the catalog does not know', () => {
        assert.deepEqual(selectIds(['a', 'nope', 'b'], catalog, english), { ids: ['a', 'b'], notice: 'Not in the catalog: nope.' });
    });

    it(`shows at most ${MAX_COLUMNS} entries and says so`, () => {
        const selection = selectIds(ids, catalog, english);
        assert.deepEqual(selection.ids, ['a', 'b', 'c', 'd', 'e']);
        assert.match(selection.notice ?? '', /6 entries were asked for, but a comparison shows at most 5/);
    });

    it('adds an entry at the end unless it is there already or the table is full', () => {
        assert.deepEqual(withAdded(['a'], 'b', catalog, english), { ids: ['a', 'b'] });
        assert.deepEqual(withAdded(['a', 'b'], 'a', catalog, english), { ids: ['a', 'b'], notice: 'A is already in the comparison.' });
        const full = withAdded(['a', 'b', 'c', 'd', 'e'], 'f', catalog, english);
        assert.deepEqual(full.ids, ['a', 'b', 'c', 'd', 'e']);
        assert.match(full.notice ?? '', /at most 5 entries: remove one to add F/);
        assert.deepEqual(withAdded(['a'], 'nope', catalog, english), { ids: ['a'], notice: 'Not in the catalog: nope.' });
    });

    it('removes and moves columns, leaving the ends in place', () => {
        assert.deepEqual(withRemoved(['a', 'b', 'c'], 'b'), ['a', 'c']);
        assert.deepEqual(withRemoved(['a'], 'z'), ['a']);
        assert.deepEqual(withMoved(['a', 'b', 'c'], 'b', -1), ['b', 'a', 'c']);
        assert.deepEqual(withMoved(['a', 'b', 'c'], 'b', 1), ['a', 'c', 'b']);
        assert.deepEqual(withMoved(['a', 'b', 'c'], 'a', -1), ['a', 'b', 'c']);
        assert.deepEqual(withMoved(['a', 'b', 'c'], 'c', 1), ['a', 'b', 'c']);
        assert.deepEqual(withMoved(['a', 'b'], 'z', 1), ['a', 'b']);
    });
});
