import * as assert from 'node:assert/strict';
import { findIntegrityProblems } from '../../../src/build/integrity';
import { entrySchema } from '../../../src/core/catalog/schema';
import { makeEntry } from './entryBuilder';

describe('catalog aliases', () => {
    it('accepts short lower-case words and rejects anything else', () => {
        for (const aliases of [['ror'], ['pg', 'postgresql'], ['socket.io', 'c++']]) {
            assert.equal(entrySchema.safeParse(makeEntry({ id: 'x', aliases })).success, true, aliases.join());
        }
        for (const aliases of [['Rails'], ['ruby on rails'], [''], ['-x'], ['a'.repeat(25)], ['<b>']]) {
            assert.equal(entrySchema.safeParse(makeEntry({ id: 'x', aliases })).success, false, aliases.join());
        }
    });

    it('lets one word name at most one entry per ecosystem, by alias or by name', () => {
        const node = makeEntry({ id: 'nodejs', name: 'Node.js', aliases: ['node'] });
        assert.deepEqual(findIntegrityProblems([node]), []);
        assert.deepEqual(findIntegrityProblems([node, makeEntry({ id: 'other', aliases: ['node'] })]), [
            'other: alias "node" already names "nodejs" in javascript',
        ]);
        assert.deepEqual(findIntegrityProblems([node, makeEntry({ id: 'node-thing', name: 'Node' })]), [
            'nodejs: alias "node" already names "node-thing" in javascript',
        ]);
    });

    it('lets the same word name an entry in each ecosystem', () => {
        const javascriptPg = makeEntry({ id: 'pg', name: 'node-postgres', aliases: ['postgres'] });
        const pythonPg = makeEntry({ id: 'psycopg', ecosystem: 'python', aliases: ['pg', 'postgres'] });
        assert.deepEqual(findIntegrityProblems([javascriptPg, pythonPg]), []);
    });
});
