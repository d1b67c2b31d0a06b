import * as assert from 'node:assert/strict';
import { english } from '../../../src/core/text/l10n';
import { Catalog } from '../../../src/core/catalog/catalog';
import { USE_CASES, type CatalogEntry, type UseCase } from '../../../src/core/catalog/schema';
import { PRIORITIES, type Answers, type Priority } from '../../../src/core/recommend/answers';
import { holdsPart, rankStacks, type RankedStack, type Reason } from '../../../src/core/recommend/scoring';
import { reasonSentence } from '../../../src/core/recommend/reasonSentences';
import { parseTeamFile } from '../../../src/core/team/parseTeamFile';
import { TeamCatalog } from '../../../src/core/team/teamCatalog';
import { RESULT_COUNT } from '../../../src/core/recommend/weights';
import type { RankLookup } from '../../../src/core/registry/popularity';
import { realCatalog } from './realCatalog';
import { realRanks } from './realRanks';

const answers = (useCase: UseCase, knownLanguages: string[] = [], priorities: Priority[] = []): Answers => ({ useCase, knownLanguages, priorities });

/** Every priority choice the picker allows: none, one, or two different ones. */
const PRIORITY_CHOICES: Priority[][] = [[], ...PRIORITIES.map((p) => [p]), ...PRIORITIES.flatMap((a, i) => PRIORITIES.slice(i + 1).map((b) => [a, b]))];
const TEAMS: string[][] = [[], ['javascript'], ['python'], ['ruby'], ['typescript'], ['ruby', 'python']];

function everyAnswer(): Answers[] {
    return USE_CASES.flatMap((useCase) => TEAMS.flatMap((team) => PRIORITY_CHOICES.map((priorities) => answers(useCase, team, priorities))));
}

/** Reads the cited field independently of the scoring code and checks it holds the value. */
function fieldHolds(entry: CatalogEntry, reason: Reason): boolean {
    const { field, value, absent } = reason.source;
    const has = ((): boolean => {
        switch (field) {
            case 'useCases':
                return (entry.useCases as string[]).includes(value);
            case 'languages':
                return entry.languages.includes(value);
            case 'alternatives':
                return entry.alternatives.includes(value);
            case 'ecosystem':
                return entry.ecosystem === value;
            case 'category':
                return entry.category === value;
            case 'status':
                return entry.status.value === value;
            case 'firstRelease':
                return String(entry.firstRelease.year) === value;
            case 'notableUsers':
                return (entry.notableUsers ?? []).some((user) => user.name === value);
            case 'attributes.concurrency':
                return entry.attributes?.concurrency?.value === value;
            case 'attributes.typing':
                return entry.attributes?.typing?.value === value;
            case 'judgements.batteriesIncluded':
                return entry.judgements?.batteriesIncluded?.value === value;
            case 'judgements.learningCurve':
                return entry.judgements?.learningCurve?.value === value;
            case 'judgements.performanceTier':
                return entry.judgements?.performanceTier?.value === value;
            case 'packages':
                return entry.packages.some((pkg) => pkg.name === value);
            case 'team-radar':
                // Not a catalog field: the team radar tests below check these reasons.
                return false;
        }
    })();
    return absent ? !has : has;
}

function describeStack(stack: RankedStack | undefined): string {
    return stack ? `${stack.language}/${stack.runtime ?? '-'}/${stack.framework} (${stack.score})` : 'nothing';
}

describe('recommendation scoring (real catalog)', () => {
    let catalog: Catalog;
    let ranks: RankLookup;

    before(async () => {
        [catalog, ranks] = await Promise.all([realCatalog(), realRanks()]);
    });

    describe("the source article's claims", () => {
        it('puts a Node.js stack first for real-time work with no language constraint', () => {
            for (const priorities of [[], ['time-to-market'], ['scalability'], ['performance']] as Priority[][]) {
                const [first] = rankStacks(catalog, answers('realtime', [], priorities), { ranks });
                assert.equal(first?.runtime, 'nodejs', `${priorities.join('+') || 'no priority'}: ${describeStack(first)}`);
                assert.ok(['javascript', 'typescript'].includes(first.language));
            }
        });

        it('puts a Python stack first for data and machine learning', () => {
            for (const priorities of PRIORITY_CHOICES) {
                const [first] = rankStacks(catalog, answers('data-ml', [], priorities), { ranks });
                assert.equal(first?.language, 'python', `${priorities.join('+') || 'no priority'}: ${describeStack(first)}`);
            }
        });

        it('puts Ruby on Rails first for e-commerce when the team knows Ruby', () => {
            for (const priorities of PRIORITY_CHOICES) {
                const [first] = rankStacks(catalog, answers('e-commerce', ['ruby'], priorities), { ranks });
                assert.equal(first?.framework, 'rails', `${priorities.join('+') || 'no priority'}: ${describeStack(first)}`);
            }
        });

        it('recommends Electron for a desktop app, and never a backend framework', () => {
            for (const team of TEAMS) {
                for (const priorities of PRIORITY_CHOICES) {
                    const stacks = rankStacks(catalog, answers('desktop', team, priorities), { ranks });
                    assert.ok(stacks.some((stack) => stack.framework === 'electron'), stacks.map(describeStack).join(', '));
                    for (const stack of stacks) {
                        assert.equal(catalog.get(stack.framework)?.category, 'desktop-framework', stack.framework);
                        assert.equal(stack.runtime, undefined, 'a desktop framework bundles its runtime');
                    }
                }
            }
        });

        it('never recommends Electron for a server use case', () => {
            for (const useCase of USE_CASES.filter((id) => id !== 'desktop')) {
                for (const stack of rankStacks(catalog, answers(useCase), { ranks })) {
                    const category = catalog.get(stack.framework)?.category;
                    assert.ok(category === 'web-framework' || category === 'fullstack-framework', `${useCase}: ${stack.framework} is a ${category}`);
                }
            }
        });
    });

    describe('cases where the answer is clear', () => {
        it('puts Rails first for a real-time chat when the team knows Ruby and time to market matters', () => {
            const [first] = rankStacks(catalog, answers('realtime', ['ruby'], ['time-to-market']), { ranks });
            assert.equal(first?.framework, 'rails');
            assert.ok(first.reasons.some((reason) => reason.text === 'the team knows Ruby' && reason.polarity === 'plus'));
        });

        it('puts Django first for e-commerce when the team knows Python', () => {
            assert.equal(rankStacks(catalog, answers('e-commerce', ['python']), { ranks })[0]?.framework, 'django');
        });

        it('puts a TypeScript stack first when type safety matters to a TypeScript team', () => {
            const [first] = rankStacks(catalog, answers('rest-api', ['typescript'], ['type-safety']), { ranks });
            assert.equal(first?.language, 'typescript');
        });

        it('puts a Node.js stack first for streaming', () => {
            assert.equal(rankStacks(catalog, answers('streaming'), { ranks })[0]?.runtime, 'nodejs');
        });

        it('penalises a language the team has not used, citing the framework\'s languages', () => {
            const stacks = rankStacks(catalog, answers('realtime', ['ruby']), { ranks });
            const other = stacks.find((stack) => stack.language !== 'ruby');
            assert.ok(other, stacks.map(describeStack).join(', '));
            const minus = other.reasons.find((reason) => reason.text.startsWith('the team has not used'));
            assert.equal(minus?.polarity, 'minus');
            assert.deepEqual(minus?.source, { entry: other.framework, field: 'languages', value: other.language });
        });

        it('gives a TypeScript stack partial credit for a JavaScript team', () => {
            const [first] = rankStacks(catalog, answers('realtime', ['javascript']), { ranks });
            const reason = first?.reasons.find((candidate) => candidate.source.field === 'ecosystem');
            if (first?.language === 'typescript') {
                assert.equal(reason?.text, 'the team knows JavaScript, of the same ecosystem as TypeScript');
            } else {
                assert.equal(first?.language, 'javascript');
            }
        });

        it('explains a real-time Node.js stack with its use case and its event loop', () => {
            const [first] = rankStacks(catalog, answers('realtime'), { ranks });
            const texts = first?.reasons.map((reason) => `${reason.source.entry}.${reason.source.field}=${reason.source.value}`) ?? [];
            assert.ok(texts.includes('nodejs.useCases=realtime'), texts.join(', '));
            assert.ok(texts.some((text) => text.endsWith('attributes.concurrency=event-loop')), texts.join(', '));
        });

        it('lets the framework fill a role it brings itself (Django has its own ORM)', () => {
            const django = rankStacks(catalog, answers('content-site', ['python']), { ranks }).find((stack) => stack.framework === 'django');
            assert.ok(django);
            assert.deepEqual(
                django.roles.find((role) => role.category === 'orm'),
                { category: 'orm', entry: 'django', byFramework: true },
            );
            assert.ok(!django.libraries.some((id) => catalog.get(id)?.category === 'orm'));
        });

        it('assembles a Python data stack with data-science and machine-learning libraries', () => {
            const [first] = rankStacks(catalog, answers('data-ml'), { ranks });
            const categories = first?.libraries.map((id) => catalog.get(id)?.category);
            assert.ok(categories?.includes('data-science'), String(categories));
            assert.ok(categories?.includes('machine-learning'), String(categories));
        });
    });

    describe('for every combination of answers', function () {
        // Ranks all 1,188 answer combinations two or three times: seconds of work, not a hang.
        this.timeout(120_000);
        let all: { answers: Answers; stacks: RankedStack[] }[];

        before(() => {
            all = everyAnswer().map((a) => ({ answers: a, stacks: rankStacks(catalog, a, { ranks }) }));
        });

        it('is deterministic and does not depend on the order of the catalog', () => {
            const reversed = new Catalog([...catalog.all()].reverse());
            for (const { answers: a, stacks } of all) {
                assert.deepEqual(rankStacks(catalog, a, { ranks }), stacks);
                assert.deepEqual(rankStacks(reversed, a, { ranks }), stacks, JSON.stringify(a));
            }
        });

        it('returns at most three stacks, each with a different framework, best first', () => {
            for (const { answers: a, stacks } of all) {
                assert.ok(stacks.length > 0 && stacks.length <= RESULT_COUNT, JSON.stringify(a));
                assert.equal(new Set(stacks.map((stack) => stack.framework)).size, stacks.length);
                stacks.slice(1).forEach((stack, index) => assert.ok(stack.score <= (stacks[index]?.score ?? Infinity)));
            }
        });

        it('backs every reason with the catalog field it cites', () => {
            for (const { answers: a, stacks } of all) {
                for (const stack of stacks) {
                    for (const reason of stack.reasons) {
                        const entry = catalog.get(reason.source.entry);
                        assert.ok(entry, `${reason.text}: no entry ${reason.source.entry}`);
                        assert.ok(fieldHolds(entry, reason), `${JSON.stringify(a)}: "${reason.text}" is not backed by ${JSON.stringify(reason.source)}`);
                        assert.equal(reason.polarity, reason.points > 0 ? 'plus' : 'minus');
                        assert.notEqual(reason.points, 0);
                    }
                    assert.equal(stack.score, stack.reasons.reduce((sum, reason) => sum + reason.points, 0));
                }
            }
        });

        it('says how each stack matches the team, and only when the answers name languages', () => {
            for (const { answers: a, stacks } of all) {
                for (const stack of stacks) {
                    const team = stack.reasons.filter((reason) => reason.text.startsWith('the team'));
                    assert.equal(team.length, a.knownLanguages.length > 0 ? 1 : 0, JSON.stringify(a));
                    const known = a.knownLanguages.includes(stack.language);
                    const sibling = a.knownLanguages.some((id) => catalog.get(id)?.ecosystem === catalog.get(stack.language)?.ecosystem);
                    if (team[0] && !known && !sibling) {
                        assert.equal(team[0].text, `the team has not used ${catalog.get(stack.language)?.name}`);
                        assert.equal(team[0].polarity, 'minus');
                    }
                }
            }
        });

        it('builds stacks from usable, consistent entries only', () => {
            for (const { stacks } of all) {
                for (const stack of stacks) {
                    const language = catalog.get(stack.language);
                    const framework = catalog.get(stack.framework);
                    assert.equal(language?.kind, 'language');
                    assert.ok(framework?.languages.includes(stack.language));
                    for (const id of [stack.framework, ...stack.libraries]) {
                        assert.notEqual(catalog.get(id)?.status.value, 'deprecated', id);
                    }
                    for (const id of stack.libraries) {
                        const library = catalog.get(id);
                        assert.ok(library && library.languages.includes(stack.language), `${id} is not usable from ${stack.language}`);
                        assert.equal(library.ecosystem, framework?.ecosystem);
                    }
                }
            }
        });

        it('never pairs a framework with another framework\'s plugin', () => {
            const plugins: [RegExp, string][] = [
                [/^flask-/, 'flask'],
                [/^(django-|dj-|drf-)/, 'django'],
                [/^channels/, 'django'],
            ];
            for (const { stacks } of all) {
                for (const stack of stacks) {
                    for (const id of stack.libraries) {
                        for (const [pattern, owner] of plugins) {
                            assert.ok(!pattern.test(id) || stack.framework === owner, `${id} in a ${stack.framework} stack`);
                        }
                    }
                }
            }
        });
    });
    describe('with a team radar', () => {
        const teamWith = (radar: unknown[]): TeamCatalog => new TeamCatalog([parseTeamFile('file:///w/.vscode/stack-guide.json', JSON.stringify({ radar }), english)], catalog);
        const partsOf = (stack: RankedStack): string[] => [stack.language, stack.runtime ?? '', stack.framework, ...stack.libraries];

        it('never ranks a stack with a held framework first, and says why', () => {
            const plain = rankStacks(catalog, answers('e-commerce', ['python']), { ranks });
            assert.equal(plain[0]?.framework, 'django', 'without a radar Django leads: the radar must move it');
            const team = teamWith([{ entry: 'django', ring: 'hold', note: 'We are moving to FastAPI.' }]);
            const ranked = rankStacks(catalog, answers('e-commerce', ['python']), { ranks, team, count: 50 });
            assert.notEqual(ranked[0]?.framework, 'django');
            const held = ranked.findIndex(holdsPart);
            assert.ok(held > 0 && ranked.slice(held).every(holdsPart), ranked.map(describeStack).join(', '));
            const reason = ranked[held]?.reasons.find((item) => item.kind === 'team-radar');
            assert.equal(reason?.detail, 'We are moving to FastAPI.');
            assert.equal(reason && reasonSentence(reason, { catalog, stack: ranked[held]!, l10n: english }), 'Your team radar puts Django on hold, so this stack comes after every stack without a held part. The team\'s note: “We are moving to FastAPI.”');
        });

        it('never picks a held library, and prefers an adopted one for its role', () => {
            const plain = rankStacks(catalog, answers('rest-api', ['typescript']), { ranks, count: 20 });
            const usual = plain.flatMap((stack) => stack.roles).find((role) => role.category === 'orm' && !role.byFramework)?.entry;
            assert.ok(usual, 'some TypeScript stack has an ORM library');
            const other = ['prisma', 'typeorm', 'drizzle-orm', 'sequelize'].find((id) => id !== usual)!;
            const team = teamWith([{ entry: usual, ring: 'hold' }, { entry: other, ring: 'adopt' }]);
            const ranked = rankStacks(catalog, answers('rest-api', ['typescript']), { ranks, team, count: 20 });
            assert.ok(ranked.every((stack) => !partsOf(stack).includes(usual)), `${usual} is held`);
            // Node.js stacks: the adopted ORM is a JavaScript library.
            const orms = ranked.filter((stack) => stack.runtime === 'nodejs').flatMap((stack) => stack.roles).filter((role) => role.category === 'orm' && !role.byFramework);
            assert.ok(orms.length > 0 && orms.every((role) => role.entry === other), JSON.stringify(orms));
            const adopted = ranked.find((stack) => stack.libraries.includes(other))?.reasons.find((item) => item.kind === 'team-radar');
            assert.equal(adopted?.points, 12);
            assert.equal(adopted.source.value, 'adopt');
        });

        it('lets an adopted framework lead when the answers allow it', () => {
            const team = teamWith([{ entry: 'fastify', ring: 'adopt' }]);
            const plain = rankStacks(catalog, answers('rest-api', ['javascript']), { ranks });
            assert.notEqual(plain[0]?.framework, 'fastify', 'Fastify must not lead without the radar for this to test anything');
            assert.equal(rankStacks(catalog, answers('rest-api', ['javascript']), { ranks, team })[0]?.framework, 'fastify');
        });
    });
});
