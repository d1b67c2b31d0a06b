import { Catalog } from '../../../src/core/catalog/catalog';
import type { CatalogEntry } from '../../../src/core/catalog/schema';

/**
 * A complete, schema-valid entry with every optional part filled, so each test only states
 * the fields it is about. Hostile tests override fields with values the schema would reject.
 */
export function entry(id: string, overrides: Partial<CatalogEntry> = {}): CatalogEntry {
    const name = id.charAt(0).toUpperCase() + id.slice(1);
    return {
        id,
        name,
        kind: 'framework',
        ecosystem: 'python',
        languages: ['python'],
        category: 'web-framework',
        summary: `${name} is a web framework.`,
        description: `${name} is a web framework used in tests.`,
        firstRelease: { year: 2005, source: `https://example.com/${id}/history` },
        license: { spdx: 'BSD-3-Clause', source: `https://example.com/${id}/license` },
        links: {
            homepage: `https://example.com/${id}`,
            docs: `https://example.com/${id}/docs`,
            repository: `https://example.com/${id}/code`,
        },
        packages: [{ registry: 'pypi', name: id }],
        status: { value: 'active' },
        alternatives: [],
        useCases: ['rest-api'],
        strengths: ['Mature'],
        tradeoffs: ['Heavy'],
        notableUsers: [{ name: 'Example Corp', source: `https://example.com/${id}/users` }],
        attributes: {
            concurrency: { value: 'threads', detail: 'Runs under WSGI workers.', source: `https://example.com/${id}/wsgi` },
            typing: { value: 'dynamic', detail: 'Python is dynamically typed.', source: `https://example.com/${id}/typing` },
        },
        judgements: {
            batteriesIncluded: { value: 'full', rationale: 'It ships an ORM and an admin.' },
            learningCurve: { value: 'moderate', rationale: 'There is a lot to learn.' },
            performanceTier: { value: 'medium', rationale: 'Fast enough for most sites.' },
        },
        ...overrides,
    };
}

export const python = entry('python', {
    name: 'Python',
    kind: 'language',
    languages: [],
    category: 'language',
    packages: [],
    license: { spdx: 'PSF-2.0', source: 'https://example.com/python/license' },
});

export function catalogOf(...entries: CatalogEntry[]): Catalog {
    return new Catalog([python, ...entries.filter((item) => item.id !== 'python')]);
}
