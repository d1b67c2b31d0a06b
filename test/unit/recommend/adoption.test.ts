import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import type { CatalogEntry, Registry } from '../../../src/core/catalog/schema';
import { AdoptionTable, placeText } from '../../../src/core/recommend/adoption';
import type { RankLookup } from '../../../src/core/registry/popularity';
import { rankStacks } from '../../../src/core/recommend/scoring';
import { makeEntry } from '../catalog/entryBuilder';
import { realCatalog } from './realCatalog';
import { realRanks } from './realRanks';

const framework = (id: string, registry: Registry, category: CatalogEntry['category'] = 'web-framework'): CatalogEntry =>
    makeEntry({ id, kind: 'framework', category, packages: [{ registry, name: id }] });

/** Ranks from a fixed table, as a registry list of 1,000 packages dated 2026-11-30 would give them. */
function ranksOf(table: Record<string, number>): RankLookup {
    return (_registry, name) => (table[name] === undefined ? undefined : { rank: table[name], listSize: 1000, asOf: '2026-11-30' });
}

describe('adoption from download ranks', () => {
    const frameworks = [framework('alpha', 'npm'), framework('beta', 'npm'), framework('gamma', 'npm'), framework('delta', 'pypi'), framework('epsilon', 'pypi'), framework('zeta', 'rubygems')];
    const table = AdoptionTable.build(frameworks, ranksOf({ alpha: 300, beta: 20, gamma: 900, delta: 950, epsilon: 5 }));

    it('places a framework among the frameworks of its own registry only', () => {
        assert.deepEqual([table.of('beta')?.place, table.of('alpha')?.place, table.of('gamma')?.place], [1, 2, 3]);
        assert.equal(table.of('beta')?.peers, 3);
        // delta is far below every npm framework in raw rank, yet second of the two PyPI ones, not fifth.
        assert.deepEqual([table.of('epsilon')?.place, table.of('delta')?.place, table.of('delta')?.peers], [1, 2, 2]);
    });

    it('gives a framework without a rank no standing either way', () => {
        assert.equal(table.of('zeta'), undefined);
        assert.equal(table.standing('zeta'), 0.5);
        assert.deepEqual([table.standing('beta'), table.standing('alpha'), table.standing('gamma')], [0, 0.5, 1]);
    });

    it('keeps web and desktop frameworks apart', () => {
        const mixed = AdoptionTable.build([framework('web', 'npm'), framework('desk', 'npm', 'desktop-framework')], ranksOf({ web: 10, desk: 1 }));
        assert.equal(mixed.of('web')?.place, 1);
        assert.equal(mixed.of('desk')?.peers, 1);
        assert.equal(mixed.standing('desk'), 0.5, 'alone in its group, so nothing to stand above or below');
    });

    it('says where a framework stands in words, with the band of the list', () => {
        const beta = table.of('beta');
        const alpha = table.of('alpha');
        assert.ok(beta && alpha);
        assert.equal(beta.band, 'among the 100 most downloaded npm packages');
        assert.equal(placeText(beta, 'Web framework'), 'the most downloaded of the 3 npm web frameworks in the catalog');
        assert.equal(placeText(alpha, 'Web framework'), '2nd by downloads of the 3 npm web frameworks in the catalog');
    });

    it('has no entries without registry data', () => {
        assert.equal(AdoptionTable.NONE.of('alpha'), undefined);
        assert.equal(AdoptionTable.NONE.standing('alpha'), 0.5);
    });
});

describe('adoption in the real recommendations', () => {
    let catalog: Catalog;
    let ranks: RankLookup;

    before(async () => {
        [catalog, ranks] = await Promise.all([realCatalog(), realRanks()]);
    });

    const adoptionReasons = (stack: ReturnType<typeof rankStacks>[number]) => stack.reasons.filter((reason) => reason.source.field === 'packages');

    it('cites the download band when the ecosystem matters, for npm and PyPI frameworks', () => {
        const stacks = rankStacks(catalog, { useCase: 'rest-api', knownLanguages: ['python'], priorities: ['ecosystem'] }, { ranks, count: 12 });
        const fastapi = stacks.find((stack) => stack.framework === 'fastapi');
        assert.ok(fastapi);
        const [reason] = adoptionReasons(fastapi);
        assert.match(reason?.text ?? '', /^ecosystem: FastAPI is among the 100 most downloaded PyPI packages, .* of the \d+ PyPI web frameworks in the catalog$/);
        assert.match(reason?.detail ?? '', /PyPI download ranking of 2026-11-30/);
        const express = rankStacks(catalog, { useCase: 'rest-api', knownLanguages: ['javascript'], priorities: ['ecosystem'] }, { ranks })[0];
        assert.equal(express?.framework, 'express');
        assert.equal(adoptionReasons(express)[0]?.polarity, 'plus');
    });

    it('gives Ruby frameworks, which the gem data does not rank, no download reason at all', () => {
        for (const stack of rankStacks(catalog, { useCase: 'rest-api', knownLanguages: ['ruby'], priorities: ['ecosystem'] }, { ranks, count: 40 })) {
            if (stack.language === 'ruby') {
                assert.deepEqual(adoptionReasons(stack), [], stack.framework);
            }
        }
    });

    it('reads downloads only under the ecosystem priority', () => {
        for (const stack of rankStacks(catalog, { useCase: 'rest-api', knownLanguages: [], priorities: ['performance'] }, { ranks, count: 40 })) {
            assert.deepEqual(adoptionReasons(stack), [], stack.framework);
        }
    });

    it('never proposes a library of the framework category (Rack, aiohttp, Werkzeug) as a stack\'s framework', () => {
        for (const useCase of ['rest-api', 'e-commerce', 'realtime', 'microservices'] as const) {
            for (const stack of rankStacks(catalog, { useCase, knownLanguages: [], priorities: [] }, { ranks, count: 100 })) {
                assert.equal(catalog.get(stack.framework)?.kind, 'framework', `${useCase}: ${stack.framework}`);
            }
        }
    });
});
