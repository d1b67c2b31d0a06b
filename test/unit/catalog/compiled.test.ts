import * as assert from 'node:assert/strict';
import { catalogFromCompiled, compileEntries, entriesOfCompiled, type CompiledCatalogFile } from '../../../src/core/catalog/compiled';
import { makeEntry } from './entryBuilder';

const REPO = 'https://github.com/acme/orm';
const withRepository = makeEntry({
    id: 'orm',
    aliases: ['orm'],
    links: { homepage: 'https://orm.example', repository: REPO, docs: `${REPO}/wiki` },
    firstRelease: { year: 2019, source: `${REPO}/releases/tag/v1.0.0` },
    license: { spdx: 'MIT', source: `${REPO}/blob/72c040f056c1af9284044f6720fd6ad718e69b4c/LICENSE` },
    notableUsers: [{ name: 'Shop', source: `${REPO}-users/blob/main/README.md` }],
    strengths: [`Written up at ${REPO}/wiki/why, in a sentence.`],
});
const without = makeEntry({ id: 'plain', firstRelease: { year: 2001, source: `${REPO}/releases` } });

/** The compiled file as the extension reads it: JSON text, back to bytes. */
const roundTrip = (file: CompiledCatalogFile): CompiledCatalogFile => JSON.parse(JSON.stringify(file)) as CompiledCatalogFile;

describe('compiled catalog', () => {
    it('reads back exactly the entries it was compiled from, absent fields absent', () => {
        const entries = [withRepository, without];
        const read = entriesOfCompiled(roundTrip(compileEntries(entries)));
        assert.deepEqual(read, entries);
        assert.ok(!('aliases' in (read[1] ?? {})), 'a field one entry lacks is not added to it');
    });

    it('writes a URL under the entry\'s own repository without that prefix, and nothing else', () => {
        const text = JSON.stringify(compileEntries([withRepository, without]));
        assert.equal(text.split(REPO).length - 1, 4, `the repository itself, the -users URL, the sentence and the other entry's source only: ${text}`);
        assert.ok(text.includes('"~/blob/72c040f056c1af9284044f6720fd6ad718e69b4c/LICENSE"'));
        assert.ok(text.includes(`"${REPO}/releases"`), 'an entry without a repository keeps its URLs whole');
    });

    it('leaves the entries it compiles as they were', () => {
        const before = structuredClone(withRepository);
        compileEntries([withRepository]);
        assert.deepEqual(withRepository, before);
    });

    it('refuses a string that would read back as another, and a file of another format', () => {
        assert.throws(() => compileEntries([makeEntry({ id: 'odd', strengths: ['~/ looks like a mark'] })]), /reserves/);
        assert.throws(() => entriesOfCompiled({ ...compileEntries([without]), format: 1 } as unknown as CompiledCatalogFile), /run the build again/);
    });

    it('indexes what it reads', () => {
        const bytes = new TextEncoder().encode(JSON.stringify(compileEntries([withRepository])));
        assert.equal(catalogFromCompiled(bytes).get('orm')?.license?.source, `${REPO}/blob/72c040f056c1af9284044f6720fd6ad718e69b4c/LICENSE`);
    });
});
