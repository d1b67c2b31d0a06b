import * as assert from 'node:assert/strict';
import { entrySchema } from '../../../src/core/catalog/schema';
import { DIMENSIONS, type Dimension } from '../../../src/core/catalog/entryFacts';
import { buildTableModel } from '../../../src/core/compare/tableModel';
import { visibleRows } from '../../../src/core/compare/protocol';
import { catalogOf, entry } from './builders';

const django = entry('django', {
    name: 'Django',
    alternatives: ['flask', 'unknown-thing'],
    status: {
        value: 'deprecated',
        successors: ['flask'],
        note: 'Replaced in this test.',
        source: 'https://example.com/django/deprecated',
    },
});
const flask = entry('flask', {
    name: 'Flask',
    firstRelease: { year: 2010, source: 'https://example.com/flask/history' },
    alternatives: ['django'],
    judgements: {
        batteriesIncluded: { value: 'minimal', rationale: 'Bring your own ORM.' },
        learningCurve: { value: 'moderate', rationale: 'Small core, different reason.' },
    },
});
const catalog = catalogOf(django, flask);

const row = (model: ReturnType<typeof buildTableModel>, id: string) => {
    const found = model.rows.find((candidate) => candidate.dimension.id === id);
    assert.ok(found, `no row ${id}`);
    return found;
};

describe('compare table model', () => {
    it('uses schema-valid fixtures', () => {
        for (const fixture of [django, flask]) {
            assert.equal(entrySchema.safeParse(fixture).success, true, fixture.id);
        }
    });

    it('has one row per dimension, in the order the dimension list gives', () => {
        const model = buildTableModel([django, flask], catalog);
        assert.deepEqual(
            model.rows.map((item) => item.dimension.label),
            [
                'Kind',
                'Languages',
                'First release',
                'Licence',
                'Status and successors',
                'Concurrency model',
                'Typing',
                'Batteries included',
                'Learning curve',
                'Performance tier',
                'Typical use cases',
                'Strengths',
                'Trade-offs',
                'Alternatives',
                'Extends',
                'Built on',
                'Works with',
                'Notable users',
                'Links',
            ],
        );
        assert.deepEqual(model.columns.map((column) => column.id), ['django', 'flask']);
        for (const item of model.rows) {
            assert.equal(item.cells.length, 2);
        }
    });

    it('marks the rows whose values differ and only those', () => {
        const model = buildTableModel([django, flask], catalog);
        const differing = model.rows.filter((item) => item.differs).map((item) => item.dimension.id);
        assert.deepEqual(differing, [
            'firstRelease',
            'status',
            'batteriesIncluded',
            'performanceTier',
            'alternatives',
        ]);
    });

    it('compares values, not their sources, details or rationales', () => {
        const model = buildTableModel([django, flask], catalog);
        assert.equal(row(model, 'license').differs, false, 'same licence, different source pages');
        assert.equal(row(model, 'learningCurve').differs, false, 'same judgement, different rationale');
        assert.equal(row(model, 'concurrency').differs, false);
    });

    it('hides equal rows when only differences are asked for', () => {
        const model = buildTableModel([django, flask], catalog);
        assert.equal(visibleRows(model, false).length, DIMENSIONS.length);
        const shown = visibleRows(model, true);
        assert.ok(shown.length > 0 && shown.length < DIMENSIONS.length);
        assert.ok(shown.every((item) => item.differs));
    });

    it('never marks a difference with fewer than two columns', () => {
        assert.ok(buildTableModel([django], catalog).rows.every((item) => !item.differs));
        assert.deepEqual(buildTableModel([], catalog).columns, []);
    });

    it('names the entries behind ids, keeping an unknown id as it is', () => {
        const model = buildTableModel([django, flask], catalog);
        assert.deepEqual(row(model, 'alternatives').cells[0]?.items, ['Flask', 'unknown-thing']);
        assert.deepEqual(row(model, 'languages').cells[0]?.items, ['Python']);
        assert.equal(row(model, 'status').cells[0]?.text, 'Deprecated; successors: Flask');
        assert.equal(row(model, 'status').cells[0]?.detail, 'Replaced in this test.');
    });

    it('gives facts their source and judgements their rationale', () => {
        const model = buildTableModel([django, flask], catalog);
        assert.deepEqual(row(model, 'license').cells[0], { text: 'BSD-3-Clause', source: 'https://example.com/django/license' });
        assert.deepEqual(row(model, 'learningCurve').cells[1], { text: 'Moderate', rationale: 'Small core, different reason.' });
        assert.equal(row(model, 'learningCurve').dimension.kind, 'judgement');
        assert.equal(row(model, 'performanceTier').cells[1]?.text, '', 'a missing judgement is an empty cell');
    });

    it('shows a language as its own language and without a licence when it has none', () => {
        const javascript = entry('javascript', { name: 'JavaScript', kind: 'language', category: 'language', languages: [] });
        delete (javascript as { license?: unknown }).license;
        const model = buildTableModel([javascript], catalogOf(javascript));
        assert.deepEqual(row(model, 'languages').cells[0]?.items, ['JavaScript']);
        assert.equal(row(model, 'license').cells[0]?.text, '');
        assert.equal(row(model, 'kind').cells[0]?.text, 'Language');
        assert.equal(buildTableModel([django], catalog).rows[0]?.cells[0]?.text, 'Framework (Web framework)');
    });

    it('takes its rows from the dimension list it is given', () => {
        const extra: Dimension = { id: 'summary', label: 'Summary', kind: 'fact', cell: (item) => ({ text: item.summary }) };
        const model = buildTableModel([django, flask], catalog, [...DIMENSIONS, extra]);
        assert.equal(model.rows.at(-1)?.dimension.label, 'Summary');
        assert.equal(model.rows.at(-1)?.differs, true);
    });
});
