import * as assert from 'node:assert/strict';
import { languagesToTick } from '../../../src/core/recommend/manifestLanguages';

const CATALOG_LANGUAGES = ['javascript', 'python', 'ruby', 'typescript'];

describe('languages pre-ticked from the workspace manifests', () => {
    it('ticks each language whose manifest was found, in the catalog order', () => {
        assert.deepEqual(languagesToTick(['ruby', 'javascript', 'python'], CATALOG_LANGUAGES), ['javascript', 'python', 'ruby']);
    });

    it('takes a package.json beside a tsconfig.json for TypeScript alone', () => {
        assert.deepEqual(languagesToTick(['typescript', 'javascript'], CATALOG_LANGUAGES), ['typescript']);
        assert.deepEqual(languagesToTick(['javascript'], CATALOG_LANGUAGES), ['javascript']);
    });

    it('ticks nothing the catalog does not offer, and nothing for an empty folder', () => {
        assert.deepEqual(languagesToTick(['python'], ['javascript', 'typescript']), []);
        assert.deepEqual(languagesToTick([], CATALOG_LANGUAGES), []);
    });
});
