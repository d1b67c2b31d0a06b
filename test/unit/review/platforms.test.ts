import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { listPhrases, platformPhrases } from '../../../src/core/review/platforms';
import { english } from '../../../src/core/text/l10n';
import { makeEntry } from '../catalog/entryBuilder';

const catalog = new Catalog([
    makeEntry({ id: 'ruby', name: 'Ruby', kind: 'language', category: 'language', ecosystem: 'ruby' }),
    makeEntry({ id: 'python', name: 'Python', kind: 'language', category: 'language', ecosystem: 'python' }),
    makeEntry({ id: 'javascript', name: 'JavaScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'typescript', name: 'TypeScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'nodejs', name: 'Node.js', kind: 'runtime', category: 'runtime' }),
    makeEntry({ id: 'deno', name: 'Deno', kind: 'runtime', category: 'runtime' }),
]);

const row = (languages: string[], runtimes: string[] = []): string => listPhrases(platformPhrases(catalog, languages, runtimes, english), english);
const sentence = (languages: string[], runtimes: string[] = []): string => listPhrases(platformPhrases(catalog, languages, runtimes, english), english, { and: true });

describe('platform wording', () => {
    it('puts each runtime right after the languages that run on it, never after another ecosystem\'s', () => {
        assert.equal(row(['ruby', 'javascript', 'python'], ['nodejs']), 'Ruby; JavaScript on Node.js; Python');
        assert.equal(sentence(['ruby', 'javascript', 'python'], ['nodejs']), 'Ruby; JavaScript on Node.js; and Python');
    });

    it('names one language, with or without its runtime', () => {
        assert.equal(row(['python']), 'Python');
        assert.equal(row(['javascript'], ['nodejs']), 'JavaScript on Node.js');
        assert.equal(sentence(['javascript'], ['nodejs']), 'JavaScript on Node.js');
    });

    it('joins the languages and the runtimes of one ecosystem as lists', () => {
        assert.equal(row(['javascript', 'typescript'], ['nodejs']), 'JavaScript and TypeScript on Node.js');
        assert.equal(row(['javascript'], ['nodejs', 'deno']), 'JavaScript on Node.js and Deno');
        assert.equal(row(['javascript', 'typescript', 'ruby'], ['nodejs']), 'JavaScript and TypeScript on Node.js; Ruby');
    });

    it('lists single names with commas and a sentence\'s final "and"', () => {
        assert.equal(row(['ruby', 'python']), 'Ruby, Python');
        assert.equal(sentence(['ruby', 'python']), 'Ruby and Python');
        assert.equal(sentence(['ruby', 'python', 'javascript']), 'Ruby, Python and JavaScript');
    });

    it('names a runtime whose languages were not detected on its own', () => {
        assert.equal(row(['python'], ['nodejs']), 'Python, Node.js');
        assert.equal(row([], ['nodejs']), 'Node.js');
    });

    it('says nothing for nothing, and skips ids the catalog does not know', () => {
        assert.equal(row([]), '');
        assert.equal(row(['cobol'], ['jvm']), '');
        assert.equal(row(['ruby', 'cobol']), 'Ruby');
    });
});
