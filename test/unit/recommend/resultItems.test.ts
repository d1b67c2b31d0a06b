import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { reasonCitation, resultRows, rolesLine, stackTitle } from '../../../src/core/recommend/resultItems';
import type { RankedStack } from '../../../src/core/recommend/scoring';
import { makeEntry } from '../catalog/entryBuilder';

const catalog = new Catalog([
    makeEntry({ id: 'typescript', name: 'TypeScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'nodejs', name: 'Node.js', kind: 'runtime', category: 'runtime' }),
    makeEntry({ id: 'nestjs', name: 'NestJS', kind: 'framework', category: 'web-framework' }),
    makeEntry({ id: 'mongoose', name: 'Mongoose', category: 'orm' }),
    makeEntry({ id: 'ruby', name: 'Ruby', kind: 'language', category: 'language' }),
    makeEntry({ id: 'rails', name: 'Ruby on Rails', kind: 'framework', category: 'web-framework' }),
]);

const nest: RankedStack = {
    language: 'typescript',
    runtime: 'nodejs',
    framework: 'nestjs',
    libraries: ['mongoose'],
    roles: [{ category: 'orm', entry: 'mongoose', byFramework: false }],
    score: 42,
    reasons: [
        { text: 'real-time: NestJS lists it among its use cases', polarity: 'plus', points: 30, source: { entry: 'nestjs', field: 'useCases', value: 'realtime' } },
        { text: 'the team has not used TypeScript', polarity: 'minus', points: -15, source: { entry: 'nestjs', field: 'languages', value: 'typescript' } },
    ],
};
const rails: RankedStack = {
    language: 'ruby',
    framework: 'rails',
    libraries: [],
    roles: [{ category: 'orm', entry: 'rails', byFramework: true }],
    score: 30,
    reasons: [
        {
            text: 'performance: Ruby on Rails is in the medium performance tier',
            polarity: 'plus',
            points: 4,
            source: { entry: 'rails', field: 'judgements.performanceTier', value: 'medium' },
        },
    ],
};

describe('recommendation result rows', () => {
    it('names a stack by language, runtime and framework, and its roles', () => {
        assert.equal(stackTitle(nest, catalog), 'TypeScript · Node.js · NestJS');
        assert.equal(stackTitle(rails, catalog), 'Ruby · Ruby on Rails');
        assert.equal(rolesLine(nest, catalog), 'ORM / ODM: Mongoose');
        assert.equal(rolesLine(rails, catalog), 'ORM / ODM: built into Ruby on Rails');
    });

    it('cites each reason\'s points and field, and labels judgements', () => {
        assert.equal(reasonCitation(nest.reasons[0]!, catalog), '+30 · NestJS › useCases');
        assert.equal(reasonCitation(nest.reasons[1]!, catalog), '\u221215 · NestJS › languages');
        assert.equal(reasonCitation(rails.reasons[0]!, catalog), '+4 · Ruby on Rails › judgements.performanceTier (our judgement)');
    });

    it('offers the comparison first, then each stack with its reasons', () => {
        const rows = resultRows([nest, rails], catalog);
        assert.deepEqual(
            rows.map((row) => `${row.kind}: ${row.label}`),
            [
                'compare: $(split-horizontal) Compare NestJS and Ruby on Rails',
                'separator: 1 · score 42',
                'stack: $(layers) TypeScript · Node.js · NestJS',
                'reason: $(add) real-time: NestJS lists it among its use cases',
                'reason: $(remove) the team has not used TypeScript',
                'separator: 2 · score 30',
                'stack: $(layers) Ruby · Ruby on Rails',
                'reason: $(add) performance: Ruby on Rails is in the medium performance tier',
            ],
        );
        const compare = rows[0];
        assert.deepEqual(compare?.kind === 'compare' ? compare.action : undefined, { type: 'compare', ids: ['nestjs', 'rails'] });
        const stack = rows[2];
        assert.deepEqual(stack?.kind === 'stack' ? [stack.action, stack.documentationName] : undefined, [{ type: 'documentation', entry: 'nestjs' }, 'NestJS']);
        const reason = rows[3];
        assert.deepEqual(reason?.kind === 'reason' ? reason.action : undefined, { type: 'show', entry: 'nestjs' });
    });

    it('has nothing to compare with a single stack', () => {
        assert.ok(!resultRows([rails], catalog).some((row) => row.kind === 'compare'));
        assert.deepEqual(resultRows([], catalog), []);
    });
});
