import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { MatchRank, matchEntry, parseQuery, searchEntries, type Query } from '../../../src/core/catalog/entrySearch';
import { realCatalog } from '../recommend/realCatalog';
import { makeEntry } from './entryBuilder';

const query = (text: string): Query => {
    const parsed = parseQuery(text);
    assert.ok(parsed, `"${text}" is a query`);
    return parsed;
};

describe('entry search', () => {
    let catalog: Catalog;
    const names = (text: string): string[] => searchEntries(catalog.all(), query(text)).map((match) => match.entry.name);

    before(async () => {
        catalog = await realCatalog();
    });

    it('puts the entry a common name or alias names first', () => {
        const firsts: [string, string][] = [
            ['rails', 'Ruby on Rails'],
            ['Rails', 'Ruby on Rails'],
            ['ror', 'Ruby on Rails'],
            ['ruby on', 'Ruby on Rails'],
            ['node', 'Node.js'],
            ['drf', 'Django REST framework'],
            ['ar', 'Active Record'],
            ['sqla', 'SQLAlchemy'],
            ['django', 'Django'],
        ];
        for (const [text, first] of firsts) {
            assert.equal(names(text)[0], first, `"${text}" lists ${names(text).slice(0, 3).join(', ')} first`);
        }
    });

    it('offers each language\'s PostgreSQL driver for "pg"', () => {
        const exact = searchEntries(catalog.all(), query('pg')).filter((match) => match.rank === MatchRank.exact);
        assert.deepEqual(exact.map((match) => match.entry.ecosystem).sort(), ['javascript', 'python', 'ruby']);
    });

    it('matches "orm" by word, not inside formidable, Prettier, SQL Formatter or form-data', () => {
        const found = names('orm');
        for (const unrelated of ['formidable', 'Prettier', 'SQL Formatter', 'form-data']) {
            assert.ok(!found.includes(unrelated), `"orm" matches ${unrelated}`);
        }
        for (const orm of ['SQLAlchemy', 'Active Record', 'Mongoose', 'Prisma ORM']) {
            assert.ok(found.includes(orm), `"orm" misses ${orm}`);
        }
    });

    it('ranks name matches before category and use-case matches', () => {
        const matches = searchEntries(catalog.all(), query('orm'));
        const ranks = matches.map((match) => match.rank);
        assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
        assert.equal(matches.find((match) => match.entry.name === 'Prisma ORM')?.rank, MatchRank.name);
        assert.equal(matches.find((match) => match.entry.name === 'Mongoose')?.rank, MatchRank.topic);
    });
});

describe('entry matching', () => {
    const entry = makeEntry({ id: 'rails-admin', name: 'RailsAdmin', category: 'admin', useCases: ['realtime'] });

    it('matches word starts, camel-case parts and run-together words', () => {
        assert.equal(matchEntry(entry, query('admin'))?.rank, MatchRank.name);
        assert.equal(matchEntry(entry, query('rails adm'))?.rank, MatchRank.name);
        assert.equal(matchEntry(entry, query('realtime'))?.rank, MatchRank.topic);
        assert.equal(matchEntry(entry, query('ails')), undefined);
    });

    it('highlights where the query starts words of the name', () => {
        assert.deepEqual(matchEntry(entry, query('admin'))?.highlights, [[5, 10]]);
        assert.deepEqual(matchEntry(entry, query('rai adm'))?.highlights, [[0, 3], [5, 8]]);
        assert.deepEqual(matchEntry(entry, query('realtime'))?.highlights, []);
        const rails = makeEntry({ id: 'rails', name: 'Ruby on Rails', aliases: ['ror'] });
        assert.deepEqual(matchEntry(rails, query('rails'))?.highlights, [[8, 13]]);
    });

    it('treats blank or punctuation-only text as no query', () => {
        assert.equal(parseQuery('   '), undefined);
        assert.equal(parseQuery(' -/ '), undefined);
    });
});
