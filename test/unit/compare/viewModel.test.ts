import * as assert from 'node:assert/strict';
import { buildViewModel, panelTitle } from '../../../src/core/compare/viewModel';
import { selectIds } from '../../../src/core/compare/selection';
import { catalogOf, entry } from './builders';
import { english } from '../../../src/core/text/l10n';

const django = entry('django', { name: 'Django' });
const flask = entry('flask', { name: 'Flask' });
const fastapi = entry('fastapi', { name: 'FastAPI' });
const catalog = catalogOf(django, flask, fastapi);

describe('compare view model', () => {
    it('shows the selected entries in the order chosen, with one cell per column', () => {
        const model = buildViewModel({ ids: ['flask', 'django'] }, catalog, 7, english);
        assert.equal(model.revision, 7);
        assert.deepEqual(model.table.columns.map((column) => column.name), ['Flask', 'Django']);
        assert.ok(model.table.rows.length > 0);
        for (const row of model.table.rows) {
            assert.equal(row.cells.length, 2);
        }
        assert.deepEqual([model.minColumns, model.maxColumns], [2, 5]);
    });

    it('offers every entry not shown, and none that is', () => {
        const model = buildViewModel({ ids: ['flask', 'django'] }, catalog, 1, english);
        assert.deepEqual(model.addable, [
            { id: 'fastapi', label: 'FastAPI' },
            { id: 'python', label: 'Python' },
        ]);
    });

    it('passes on why the selection differs from what was asked, and only then', () => {
        const asked = buildViewModel(selectIds(['django', 'nope'], catalog, english), catalog, 1, english);
        assert.equal(asked.notice, 'Not in the catalog: nope.');
        assert.deepEqual(asked.table.columns.map((column) => column.id), ['django']);
        assert.ok(!('notice' in buildViewModel({ ids: ['django', 'flask'] }, catalog, 1, english)));
    });

    it('quietly leaves out an id the catalog does not know', () => {
        const model = buildViewModel({ ids: ['django', 'gone', 'flask'] }, catalog, 1, english);
        assert.deepEqual(model.table.columns.map((column) => column.id), ['django', 'flask']);
    });
});

describe('compare panel title', () => {
    const columns = (...names: string[]) => names.map((name) => ({ name }));

    it('says only "Compare" until there is something to compare', () => {
        assert.equal(panelTitle(columns(), english), 'Compare');
        assert.equal(panelTitle(columns('Django'), english), 'Compare');
    });

    it('names up to three entries, then counts the rest, in one form for every count', () => {
        assert.equal(panelTitle(columns('Django', 'Flask'), english), 'Compare: Django · Flask');
        assert.equal(panelTitle(columns('Django', 'Flask', 'FastAPI'), english), 'Compare: Django · Flask · FastAPI');
        assert.equal(panelTitle(columns('A', 'B', 'C', 'D'), english), 'Compare: A · B · C +1');
        assert.equal(panelTitle(columns('A', 'B', 'C', 'D', 'E'), english), 'Compare: A · B · C +2');
    });
});
