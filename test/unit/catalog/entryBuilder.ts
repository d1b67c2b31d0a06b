import type { CatalogEntry } from '../../../src/core/catalog/schema';

/** A valid entry for unit tests; each test overrides only what it is about. */
export function makeEntry(overrides: Partial<CatalogEntry> & Pick<CatalogEntry, 'id'>): CatalogEntry {
    return {
        name: overrides.id,
        kind: 'library',
        ecosystem: 'javascript',
        languages: [],
        category: 'utility',
        summary: `${overrides.id} in one sentence.`,
        description: `${overrides.id} described.`,
        firstRelease: { year: 2010, source: 'https://example.com/release' },
        license: { spdx: 'MIT', source: 'https://example.com/license' },
        links: { homepage: 'https://example.com' },
        packages: [],
        status: { value: 'active' },
        alternatives: [],
        useCases: [],
        strengths: [],
        tradeoffs: [],
        ...overrides,
    };
}
