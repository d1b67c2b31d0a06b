import * as assert from 'node:assert/strict';
import { buildPickerOptions, buildPickRows, buildSearchRows, inPickOrder } from '../../../src/core/compare/pickItems';
import { english } from '../../../src/core/text/l10n';
import { catalogOf, entry, python } from './builders';

const express = entry('express', { name: 'Express', ecosystem: 'javascript', languages: ['javascript'] });
const node = entry('node', { name: 'Node.js', kind: 'runtime', category: 'runtime', ecosystem: 'javascript', languages: ['javascript'] });
const javascript = entry('javascript', {
    name: 'JavaScript',
    kind: 'language',
    category: 'language',
    ecosystem: 'javascript',
    languages: [],
});
const flask = entry('flask', { name: 'Flask' });
const django = entry('django', { name: 'Django' });
const requests = entry('requests', { name: 'Requests', kind: 'library', category: 'http-client' });
const all = [flask, express, requests, node, javascript, django];
const catalog = catalogOf(...all);

describe('compare entry pick rows', () => {
    it('groups entries by language and kind under separators, sorted by name', () => {
        const rows = buildPickRows(catalog.all(), catalog, new Set(['flask']), english);
        assert.deepEqual(
            rows.map((row) => (row.kind === 'separator' ? `-- ${row.label}` : `${row.label}${row.picked ? ' *' : ''}`)),
            [
                '-- Python · Languages',
                'Python',
                '-- Python · Frameworks',
                'Django',
                'Flask *',
                '-- Python · Libraries',
                'Requests',
                '-- JavaScript · Languages',
                'JavaScript',
                '-- JavaScript · Runtimes',
                'Node.js',
                '-- JavaScript · Frameworks',
                'Express',
            ],
        );
        const requestsRow = rows.find((row) => row.kind === 'entry' && row.id === 'requests');
        assert.deepEqual(requestsRow, {
            kind: 'entry',
            id: 'requests',
            label: 'Requests',
            description: 'HTTP client',
            detail: 'Requests is a web framework.',
            picked: false,
        });
    });

    it('offers the entries not shown, telling equal names apart by id', () => {
        const twin = entry('flask-twin', { name: 'Flask' });
        const options = buildPickerOptions([python, flask, twin, django], new Set(['django']));
        assert.deepEqual(options, [
            { id: 'flask', label: 'Flask (flask)' },
            { id: 'flask-twin', label: 'Flask (flask-twin)' },
            { id: 'python', label: 'Python' },
        ]);
    });

    const show = (rows: ReturnType<typeof buildSearchRows>): string[] =>
        rows.map((row) => (row.kind === 'separator' ? `-- ${row.label}` : `${row.label}${row.picked ? ' *' : ''}`));

    it('shows what is already ticked first, in the order it was picked, and not again below', () => {
        const rows = buildSearchRows(catalog.all(), catalog, ['flask', 'express'], '', english);
        assert.deepEqual(show(rows).slice(0, 3), ['-- Selected', 'Flask *', 'Express *']);
        assert.equal(show(rows).filter((label) => label.startsWith('Flask')).length, 1);
        assert.equal(rows[1]?.kind === 'entry' && rows[1].description, 'Python · Web framework');
    });

    it('lists the matches for typed text, best first, keeping the ticked ones in view', () => {
        const rails = entry('rails', { name: 'Ruby on Rails', aliases: ['ror'] });
        const railsI18n = entry('rails-i18n', { name: 'rails-i18n', kind: 'library', category: 'i18n' });
        const coffee = entry('coffee-rails', { name: 'coffee-rails', kind: 'library', category: 'build-tool' });
        const withRails = catalogOf(...all, coffee, railsI18n, rails);
        assert.deepEqual(show(buildSearchRows(withRails.all(), withRails, ['django'], 'rails', english)), [
            '-- Selected',
            'Django *',
            '-- Best match',
            'Ruby on Rails',
            '-- Names',
            'rails-i18n',
            'coffee-rails',
        ]);
        assert.deepEqual(show(buildSearchRows(withRails.all(), withRails, [], 'ror', english)), ['-- Best match', 'Ruby on Rails']);
        assert.deepEqual(show(buildSearchRows(withRails.all(), withRails, [], 'zzzqqq', english)), []);
    });

    it('keeps the order in which entries were ticked', () => {
        let order: string[] = [];
        for (const selection of [['django'], ['django', 'rails'], ['nestjs', 'django', 'rails']]) {
            order = inPickOrder(order, selection);
        }
        assert.deepEqual(order, ['django', 'rails', 'nestjs']);
        assert.deepEqual(inPickOrder(order, ['nestjs', 'rails']), ['rails', 'nestjs']);
    });
});
