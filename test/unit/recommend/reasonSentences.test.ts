import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import type { UseCase } from '../../../src/core/catalog/schema';
import { USE_CASES } from '../../../src/core/catalog/vocabulary';
import { PRIORITIES } from '../../../src/core/recommend/answers';
import { adoptionDetail, reasonSentence } from '../../../src/core/recommend/reasonSentences';
import { rankStacks, type RankedStack, type Reason, type ReasonKind } from '../../../src/core/recommend/scoring';
import { makeEntry } from '../catalog/entryBuilder';
import { realCatalog } from './realCatalog';
import { realRanks } from './realRanks';
import { english, type L10n } from '../../../src/core/text/l10n';

const catalog = new Catalog([
    makeEntry({ id: 'typescript', name: 'TypeScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'javascript', name: 'JavaScript', kind: 'language', category: 'language' }),
    makeEntry({ id: 'nodejs', name: 'Node.js', kind: 'runtime', category: 'runtime' }),
    makeEntry({ id: 'nestjs', name: 'NestJS', kind: 'framework', category: 'web-framework' }),
    makeEntry({ id: 'typeorm', name: 'TypeORM', category: 'orm' }),
    makeEntry({ id: 'socket-io', name: 'Socket.IO', category: 'realtime' }),
]);

const stack: RankedStack = { language: 'typescript', runtime: 'nodejs', framework: 'nestjs', libraries: [], roles: [], score: 0, reasons: [] };

function reason(kind: ReasonKind, points: number, source: Reason['source'], text = 'topic: words'): Reason {
    return { kind, text, polarity: points > 0 ? 'plus' : 'minus', points, source };
}

const say = (r: Reason): string => reasonSentence(r, { catalog, stack, l10n: english });

/** What the old result list showed and a reader could not act on: catalog field names. */
const INTERNAL = /›|judgements\.|attributes\.|useCases|notableUsers|firstRelease|\balternatives\b|undefined|\[object/;

describe('reason sentences', () => {
    it('says each kind of reason in plain words, naming entries by name', () => {
        const cases: [Reason, string][] = [
            [reason('use-case-listed', 30, { entry: 'nestjs', field: 'useCases', value: 'realtime' }), 'NestJS is made for real-time apps (chat, collaboration, games).'],
            [reason('use-case-missing', -10, { entry: 'nestjs', field: 'useCases', value: 'rest-api', absent: true }), 'NestJS is not meant mainly for REST APIs.'],
            [reason('platform-use-case', 12, { entry: 'nodejs', field: 'useCases', value: 'streaming' }), 'Node.js suits streaming well.'],
            [
                reason('use-case-concurrency', 12, { entry: 'nodejs', field: 'attributes.concurrency', value: 'event-loop' }),
                'Node.js serves requests with an event loop, which holds many open connections cheaply: a good fit for what you are building.',
            ],
            [reason('built-in-role', 1, { entry: 'typeorm', field: 'alternatives', value: 'nestjs' }), 'NestJS covers ORM / ODM itself, so you need no separate package for it.'],
            [reason('team-knows', 20, { entry: 'nestjs', field: 'languages', value: 'typescript' }), 'Your team already knows TypeScript.'],
            [reason('team-knows-sibling', 10, { entry: 'javascript', field: 'ecosystem', value: 'javascript' }), 'Your team knows JavaScript, which is close to TypeScript.'],
            [reason('team-new', -15, { entry: 'nestjs', field: 'languages', value: 'typescript' }), 'Your team would have to learn TypeScript.'],
            [reason('performance', 4, { entry: 'nestjs', field: 'judgements.performanceTier', value: 'medium' }), 'NestJS is of average speed (our judgement).'],
            [reason('typing', 8, { entry: 'typescript', field: 'attributes.typing', value: 'static' }), 'TypeScript checks types before the code runs (static typing).'],
            [reason('notable-user', 2, { entry: 'nestjs', field: 'notableUsers', value: 'Immich' }), 'Immich runs on NestJS.'],
            [reason('maturity', 3, { entry: 'nestjs', field: 'firstRelease', value: '2017' }), 'NestJS has been around since 2017, so answers to most questions are already written.'],
            [reason('role-library', 1, { entry: 'typeorm', field: 'category', value: 'orm' }), 'A well-known ORM / ODM library for TypeScript exists: TypeORM.'],
            [reason('maintenance', -5, { entry: 'typeorm', field: 'status', value: 'maintenance' }), 'TypeORM is in maintenance mode: it gets fixes but no new features.'],
        ];
        for (const [given, expected] of cases) {
            assert.equal(say(given), expected);
        }
    });

    it('tells a concurrency model that hurts the use case from one that helps', () => {
        const threads = say(reason('use-case-concurrency', -4, { entry: 'nestjs', field: 'attributes.concurrency', value: 'threads' }));
        assert.match(threads, /a weaker fit/);
    });

    it('says the download figures of an adoption reason in words of the display language', () => {
        const text = 'ecosystem: NestJS is among the 1,000 most downloaded npm packages, the 2nd by downloads of the 9 npm web frameworks in the catalog';
        const adoption = { ...reason('adoption', 3, { entry: 'nestjs', field: 'packages', value: '@nestjs/core' }, text), adoption: { registry: 'npm' as const, within: 1000, place: 2, peers: 9, asOf: '2026-11' } };
        assert.equal(say(adoption), 'NestJS is among the 1,000 most downloaded npm packages, and number 2 by downloads of the 9 frameworks of its kind in the catalog.');
        assert.equal(adoptionDetail(adoption, english), 'From the npm download ranking of 2026-11: registry data, not a judgement of ours.');
        const marked: L10n = { t: (message, ...args) => `[${english.t(message, ...args)}]` };
        assert.match(reasonSentence(adoption, { catalog, stack, l10n: marked }), /^\[NestJS is among .*\]$/);
    });

    it('never shows a field path or a raw value for any reason the real catalog gives', async () => {
        const [real, ranks] = await Promise.all([realCatalog(), realRanks()]);
        let checked = 0;
        for (const useCase of USE_CASES as readonly UseCase[]) {
            for (const priority of PRIORITIES) {
                for (const stack of rankStacks(real, { useCase, knownLanguages: ['python', 'ruby'], priorities: [priority] }, { ranks })) {
                    for (const r of stack.reasons) {
                        const sentence = reasonSentence(r, { catalog: real, stack, l10n: english });
                        assert.doesNotMatch(sentence, INTERNAL, `${r.kind}: ${sentence}`);
                        // Names may start in lower case (pytest, aiokafka); every sentence ends as one.
                        assert.match(sentence, /^\S.{10,}\.$/, `${r.kind} is not a sentence: ${sentence}`);
                        checked++;
                    }
                }
            }
        }
        assert.ok(checked > 100, `only ${checked} reasons checked`);
    });
});
