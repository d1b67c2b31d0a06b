import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { pickShown, rankStacks, type RankedStack } from '../../../src/core/recommend/scoring';
import type { RankLookup } from '../../../src/core/registry/popularity';
import { realCatalog } from './realCatalog';
import { realRanks } from './realRanks';

const stack = (framework: string, language: string, score: number): RankedStack => ({ language, framework, libraries: [], roles: [], score, reasons: [] });

/** Already ranked: three Node.js stacks ahead of the best Python and Ruby ones. */
const RANKED = [
    stack('nestjs', 'typescript', 90),
    stack('nestjs', 'javascript', 88),
    stack('feathers', 'typescript', 85),
    stack('sails', 'typescript', 80),
    stack('fastapi', 'python', 70),
    stack('django', 'python', 65),
    stack('rails', 'ruby', 60),
];
const frameworks = (stacks: readonly RankedStack[]): string[] => stacks.map((shown) => `${shown.framework}/${shown.language}`);

describe('recommendation diversity', () => {
    it('shows the top stacks, one per framework, for one known language or none', () => {
        assert.deepEqual(frameworks(pickShown(RANKED, [], 3)), ['nestjs/typescript', 'feathers/typescript', 'sails/typescript']);
        assert.deepEqual(frameworks(pickShown(RANKED, ['typescript'], 3)), ['nestjs/typescript', 'feathers/typescript', 'sails/typescript']);
    });

    it('brings in the best stack of every known language, in rank order', () => {
        assert.deepEqual(frameworks(pickShown(RANKED, ['typescript', 'python'], 3)), ['nestjs/typescript', 'feathers/typescript', 'fastapi/python']);
        assert.deepEqual(frameworks(pickShown(RANKED, ['python', 'ruby', 'typescript'], 3)), ['nestjs/typescript', 'fastapi/python', 'rails/ruby']);
    });

    it('shows more stacks than the count rather than leave out a known language', () => {
        assert.deepEqual(frameworks(pickShown(RANKED, ['ruby', 'python', 'typescript'], 2)), ['nestjs/typescript', 'fastapi/python', 'rails/ruby']);
    });

    it('gives a second language sharing the first one frameworks its best other framework', () => {
        assert.deepEqual(frameworks(pickShown([...RANKED, stack('express', 'javascript', 50)], ['typescript', 'javascript'], 3)), [
            'nestjs/typescript',
            'feathers/typescript',
            'express/javascript',
        ]);
    });

    it('skips a known language the ranking has no stack for', () => {
        assert.deepEqual(frameworks(pickShown(RANKED, ['typescript', 'go'], 3)), ['nestjs/typescript', 'feathers/typescript', 'sails/typescript']);
    });

    describe('on the real catalog', () => {
        let catalog: Catalog;
        let ranks: RankLookup;

        before(async () => {
            [catalog, ranks] = await Promise.all([realCatalog(), realRanks()]);
        });

        it('answers TypeScript and Python for real-time with a Python stack too, not Node.js alone', () => {
            const stacks = rankStacks(catalog, { useCase: 'realtime', knownLanguages: ['typescript', 'python'], priorities: ['performance', 'type-safety'] }, { ranks });
            const languages = new Set(stacks.map((shown) => shown.language));
            assert.ok(languages.has('typescript') && languages.has('python'), frameworks(stacks).join(', '));
            assert.equal(stacks.length, 3);
        });

        it('gives every pair of known languages its best stack for each use case', () => {
            for (const useCase of ['rest-api', 'realtime', 'content-site', 'microservices'] as const) {
                const stacks = rankStacks(catalog, { useCase, knownLanguages: ['ruby', 'javascript'], priorities: [] }, { ranks });
                assert.deepEqual([...new Set(stacks.map((shown) => shown.language))].sort(), ['javascript', 'ruby'], `${useCase}: ${frameworks(stacks).join(', ')}`);
            }
        });
    });
});
