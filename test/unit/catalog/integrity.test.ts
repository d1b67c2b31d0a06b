import * as assert from 'node:assert/strict';
import { findIntegrityProblems } from '../../../src/build/integrity';
import type { CatalogEntry } from '../../../src/core/catalog/schema';
import { makeEntry } from './entryBuilder';

const host = makeEntry({ id: 'coverage', category: 'testing' });
const plugin = makeEntry({ id: 'coverage-lcov', category: 'testing', extends: ['coverage'] });
const rival = makeEntry({ id: 'other-coverage', category: 'testing', alternatives: ['coverage'] });

const problemsWith = (...planted: CatalogEntry[]): string[] => findIntegrityProblems([host, plugin, rival, ...planted]);

describe('catalog integrity: alternatives', () => {
    it('accepts a catalog whose alternatives do the same job', () => {
        assert.deepEqual(problemsWith(), []);
    });

    it('rejects a plugin\'s host listed as the plugin\'s alternative, and the plugin as the host\'s', () => {
        const problems = findIntegrityProblems([
            { ...host, alternatives: ['coverage-lcov'] },
            { ...plugin, alternatives: ['coverage'] },
            rival,
        ]);
        assert.deepEqual(problems, [
            'coverage: alternative "coverage-lcov" names it in extends (a host or base is no alternative)',
            'coverage-lcov: "coverage" is listed both as an alternative and in extends',
        ]);
    });

    it('rejects an alternative that the entry also names as a companion or base', () => {
        const scheduler = makeEntry({ id: 'scheduler', category: 'job-queue', alternatives: ['results'], worksWith: ['results'] });
        const results = makeEntry({ id: 'results', category: 'job-queue' });
        assert.deepEqual(problemsWith(scheduler, results), ['scheduler: "results" is listed both as an alternative and in worksWith']);
    });

    it('rejects an alternative of another category that shares no use case', () => {
        const headers = makeEntry({ id: 'headers', category: 'security', alternatives: ['pdf-maker'] });
        const pdf = makeEntry({ id: 'pdf-maker', category: 'file-handling' });
        assert.deepEqual(problemsWith(headers, pdf), [
            'headers: alternative "pdf-maker" is a file-handling entry sharing no use case with this security entry',
        ]);
    });

    it('allows another category when the entries share a use case or the pairing is allowed explicitly', () => {
        const api = makeEntry({ id: 'api-kit', category: 'api', useCases: ['rest-api'], alternatives: ['web-kit'] });
        const web = makeEntry({ id: 'web-kit', category: 'web-framework', useCases: ['rest-api'] });
        const driver = makeEntry({ id: 'driver', category: 'database-driver', alternatives: ['mapper'] });
        const mapper = makeEntry({ id: 'mapper', category: 'orm' });
        assert.deepEqual(problemsWith(api, web, driver, mapper), []);
    });

    it('rejects relations that name unknown entries', () => {
        assert.deepEqual(problemsWith({ ...rival, id: 'orphan', builtOn: ['missing'] }), ['orphan: builtOn names unknown id "missing"']);
    });
});
