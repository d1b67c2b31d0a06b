import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import type { UseCase } from '../../../src/core/catalog/schema';
import type { Priority } from '../../../src/core/recommend/answers';
import { rankStacks, type RankedStack } from '../../../src/core/recommend/scoring';
import type { RankLookup } from '../../../src/core/registry/popularity';
import { realCatalog } from './realCatalog';
import { realRanks } from './realRanks';

/**
 * What a senior engineer would answer, kept as regression tests of the ranking. Each scenario
 * names the framework expected first or among the three shown, the picks that would be plainly
 * wrong first, and why: what the real applications we track are built with, or the framework's
 * documented purpose.
 */
interface Scenario {
    useCase: UseCase;
    known: string[];
    priorities: Priority[];
    /** Frameworks expected in the top `within` (1 or 3). */
    expect: string[];
    within: 1 | 3;
    /** Frameworks that must not come first. */
    notFirst?: string[];
    why: string;
}

const META_FRAMEWORKS = ['nextjs', 'nuxt', 'remix'];

const SCENARIOS: Scenario[] = [
    { useCase: 'rest-api', known: [], priorities: ['performance'], expect: ['fastify'], within: 3, notFirst: META_FRAMEWORKS, why: 'Fastify is built for low per-request overhead; Next.js, Nuxt and Remix render pages first' },
    { useCase: 'rest-api', known: ['javascript'], priorities: ['performance'], expect: ['fastify', 'hono'], within: 3, notFirst: META_FRAMEWORKS, why: 'the two Node.js frameworks designed for speed' },
    { useCase: 'rest-api', known: ['typescript'], priorities: ['performance'], expect: ['fastify', 'hono'], within: 3, notFirst: META_FRAMEWORKS, why: 'the same for a TypeScript team' },
    { useCase: 'rest-api', known: ['javascript'], priorities: [], expect: ['express', 'nestjs'], within: 3, notFirst: META_FRAMEWORKS, why: 'Ghost, n8n and Directus serve their APIs with Express; Immich and the cal.com API v2 with NestJS' },
    { useCase: 'rest-api', known: ['typescript'], priorities: ['type-safety'], expect: ['nestjs'], within: 1, why: 'Immich and the cal.com API v2 are NestJS, TypeScript-first' },
    { useCase: 'rest-api', known: ['python'], priorities: [], expect: ['django', 'fastapi'], within: 3, why: 'PostHog, Sentry and NetBox serve APIs from Django; Mealie and the FastAPI template from FastAPI' },
    { useCase: 'rest-api', known: ['python'], priorities: ['performance'], expect: ['fastapi'], within: 1, why: 'FastAPI is an ASGI API framework in the high tier' },
    { useCase: 'rest-api', known: ['python'], priorities: ['time-to-market'], expect: ['django'], within: 1, why: 'Django brings the ORM, admin and auth an API needs' },
    { useCase: 'rest-api', known: ['ruby'], priorities: [], expect: ['rails'], within: 3, why: 'GitLab, Discourse and Mastodon serve their APIs from Rails' },
    { useCase: 'rest-api', known: [], priorities: [], expect: [], within: 3, notFirst: META_FRAMEWORKS, why: 'a JSON API is not what a React or Vue meta-framework is for' },
    { useCase: 'microservices', known: ['python'], priorities: ['scalability', 'low-ops'], expect: ['fastapi'], within: 1, why: 'FastAPI is the Python API framework the tracked apps use; Litestar and Sanic none' },
    { useCase: 'microservices', known: ['typescript'], priorities: [], expect: ['nestjs'], within: 3, why: 'NestJS documents microservice transports as a first-class module' },
    { useCase: 'microservices', known: ['javascript'], priorities: ['scalability'], expect: ['nestjs', 'fastify'], within: 3, notFirst: META_FRAMEWORKS, why: 'event-loop API frameworks that list microservices' },
    { useCase: 'streaming', known: [], priorities: [], expect: ['fastify', 'hono'], within: 3, notFirst: ['express'], why: 'both document streaming responses (Fastify Reply streams, Hono streaming helper)' },
    { useCase: 'streaming', known: ['javascript'], priorities: ['performance'], expect: ['fastify', 'hono'], within: 3, why: 'documented streaming on a fast event loop' },
    { useCase: 'streaming', known: ['python'], priorities: [], expect: ['tornado'], within: 1, why: "Tornado holds long-lived connections and streams bodies; Zulip's event server runs on it" },
    { useCase: 'realtime', known: ['python'], priorities: [], expect: ['tornado'], within: 1, why: "Zulip's real-time push runs on Tornado" },
    { useCase: 'realtime', known: ['ruby'], priorities: [], expect: ['rails'], within: 1, why: 'Action Cable; Mastodon, Discourse and Chatwoot are Rails' },
    { useCase: 'realtime', known: ['typescript'], priorities: [], expect: ['nestjs'], within: 3, why: 'Immich pushes updates through NestJS gateways' },
    { useCase: 'e-commerce', known: ['python'], priorities: [], expect: ['django'], within: 1, why: 'Saleor is built on Django' },
    { useCase: 'e-commerce', known: ['ruby'], priorities: [], expect: ['rails'], within: 1, why: 'Spree is a Rails engine' },
    { useCase: 'e-commerce', known: ['javascript'], priorities: ['performance'], expect: ['nextjs'], within: 3, why: 'storefronts are what Next.js is for: server-rendered, cacheable pages' },
    { useCase: 'content-site', known: ['ruby'], priorities: [], expect: ['rails'], within: 1, why: 'Discourse, Forem and Lobsters are Rails' },
    { useCase: 'content-site', known: ['python'], priorities: ['time-to-market'], expect: ['django'], within: 1, why: 'Django ships templates, admin and auth; healthchecks and NetBox are Django' },
    { useCase: 'content-site', known: ['javascript'], priorities: [], expect: ['express'], within: 3, why: 'Ghost serves its sites from Express' },
    { useCase: 'data-ml', known: ['python'], priorities: ['time-to-market'], expect: ['streamlit'], within: 3, why: 'Streamlit turns a data script into an app' },
    { useCase: 'prototype', known: ['ruby'], priorities: ['time-to-market'], expect: ['rails'], within: 1, why: 'generators and conventions' },
    { useCase: 'prototype', known: ['python'], priorities: ['time-to-market'], expect: ['django'], within: 3, why: 'batteries included' },
    { useCase: 'desktop', known: [], priorities: ['performance'], expect: ['tauri'], within: 1, why: 'the system webview and a Rust core, no bundled browser' },
    { useCase: 'desktop', known: ['javascript'], priorities: ['ecosystem'], expect: ['electron'], within: 1, why: 'the longest-released, with sourced notable users' },
];

const label = (s: Scenario): string => `${s.useCase} for [${s.known.join(', ')}] with [${s.priorities.join(', ')}]`;
const describeStacks = (stacks: readonly RankedStack[]): string => stacks.map((stack) => `${stack.framework} (${stack.score})`).join(', ');

describe('recommendation scenarios (real catalog)', () => {
    let catalog: Catalog;
    let ranks: RankLookup;

    before(async () => {
        [catalog, ranks] = await Promise.all([realCatalog(), realRanks()]);
    });

    it('holds at least 25 scenarios, each with a reason', () => {
        assert.ok(SCENARIOS.length >= 25);
        for (const scenario of SCENARIOS) {
            assert.ok(scenario.why.length > 0 && (scenario.expect.length > 0 || (scenario.notFirst ?? []).length > 0), label(scenario));
        }
    });

    for (const scenario of SCENARIOS) {
        it(`${label(scenario)}: ${scenario.why}`, () => {
            const stacks = rankStacks(catalog, { useCase: scenario.useCase, knownLanguages: scenario.known, priorities: scenario.priorities }, { ranks });
            const top = stacks.slice(0, scenario.within).map((stack) => stack.framework);
            for (const id of scenario.expect) {
                assert.ok(top.includes(id), `${id} expected in the top ${scenario.within}: ${describeStacks(stacks)}`);
            }
            for (const id of scenario.notFirst ?? []) {
                assert.notEqual(stacks[0]?.framework, id, `${id} ranked first: ${describeStacks(stacks)}`);
            }
        });
    }

    it('gives a streaming pick no reason against the use case', () => {
        for (const stack of rankStacks(catalog, { useCase: 'streaming', knownLanguages: [], priorities: [] }, { ranks })) {
            const against = stack.reasons.filter((reason) => reason.source.field === 'useCases' && reason.polarity === 'minus');
            assert.deepEqual(against, [], `${stack.framework}: ${against.map((reason) => reason.text).join('; ')}`);
        }
    });

    it('no longer calls Next.js a REST API framework', () => {
        assert.ok(!catalog.get('nextjs')?.useCases.includes('rest-api'));
    });
});
