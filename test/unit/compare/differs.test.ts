import * as assert from 'node:assert/strict';
import type { CellValue } from '../../../src/core/catalog/entryFacts';
import { buildTableModel, rowDiffers } from '../../../src/core/compare/tableModel';
import { catalogOf, entry } from './builders';

const items = (...values: string[]): CellValue => ({ text: values.join('; '), items: values });

describe('compare: which rows differ', () => {
    it('compares lists as sets: the same items in another order do not differ', () => {
        assert.equal(rowDiffers('list', [items('JavaScript', 'TypeScript'), items('TypeScript', 'JavaScript')]), false);
        assert.equal(rowDiffers('list', [items('JavaScript', 'TypeScript'), items('typescript ', 'JavaScript', 'TypeScript')]), false);
    });

    it('still marks lists that hold different items', () => {
        assert.equal(rowDiffers('list', [items('JavaScript', 'TypeScript'), items('TypeScript')]), true);
        assert.equal(rowDiffers('list', [items('Python'), { text: '' }]), true, 'a list against nothing stated');
        assert.equal(rowDiffers('list', [{ text: '' }, { text: '', items: [] }]), false, 'two empty lists');
    });

    it('never marks rows of links, whose values are different for every entry', () => {
        const homepage = (url: string): CellValue => ({ text: 'Homepage', links: [{ label: 'Homepage', url }] });
        assert.equal(rowDiffers('links', [homepage('https://a.example/'), homepage('https://b.example/')]), false);
        assert.equal(rowDiffers('links', [homepage('https://a.example/'), { text: '' }]), false);
    });

    it('compares facts and judgements by their value alone', () => {
        assert.equal(rowDiffers('fact', [{ text: 'MIT', source: 'https://a.example/' }, { text: 'MIT', source: 'https://b.example/' }]), false);
        assert.equal(rowDiffers('fact', [{ text: 'MIT' }, { text: 'BSD-3-Clause' }]), true);
        assert.equal(rowDiffers('judgement', [{ text: 'High', rationale: 'One.' }, { text: 'High', rationale: 'Two.' }]), false);
    });

    it('keeps the Languages row unmarked for entries written in the same languages in another order', () => {
        const express = entry('express', { name: 'Express', languages: ['javascript', 'typescript'] });
        const nestjs = entry('nestjs', { name: 'NestJS', languages: ['typescript', 'javascript'] });
        const javascript = entry('javascript', { name: 'JavaScript', kind: 'language', category: 'language', languages: [] });
        const typescript = entry('typescript', { name: 'TypeScript', kind: 'language', category: 'language', languages: [] });
        const model = buildTableModel([express, nestjs], catalogOf(express, nestjs, javascript, typescript));
        const languages = model.rows.find((row) => row.dimension.id === 'languages');
        assert.deepEqual(languages?.cells.map((cell) => cell.items), [
            ['JavaScript', 'TypeScript'],
            ['TypeScript', 'JavaScript'],
        ]);
        assert.equal(languages?.differs, false);
        const links = model.rows.find((row) => row.dimension.id === 'links');
        assert.equal(links?.differs, false);
    });
});
