import * as assert from 'node:assert/strict';
import { buildPickerOptions, buildPickRows } from '../../../src/core/compare/pickItems';
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
        const rows = buildPickRows(catalog.all(), catalog, new Set(['flask']));
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
});
