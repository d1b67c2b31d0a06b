/**
 * Each reason of a ranking as one plain sentence a newcomer can read: what the catalog says and
 * why it matters for the answers, never the catalog field it was read from. The field stays in
 * the reason (`source`) for tests and the API; only these sentences reach the results page.
 */
import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS } from '../catalog/labels';
import { USE_CASES, type Category, type UseCase } from '../catalog/vocabulary';
import type { RankedStack, Reason, ReasonKind } from './scoring';

/** What a sentence may read besides the reason: the names in the catalog and the stack it belongs to. */
export interface SentenceContext {
    readonly catalog: Catalog;
    readonly stack: RankedStack;
}

type Sentence = (reason: Reason, context: SentenceContext) => string;

/** How a sentence names each use case. */
const USE_CASE_PHRASES: Readonly<Record<UseCase, string>> = {
    'rest-api': 'REST APIs',
    realtime: 'real-time apps (chat, collaboration, games)',
    streaming: 'streaming',
    'e-commerce': 'online shops',
    'content-site': 'content sites',
    'data-ml': 'data and machine-learning work',
    microservices: 'microservices',
    prototype: 'prototypes and MVPs',
    desktop: 'desktop applications',
};

function useCasePhrase(value: string): string {
    const useCase = USE_CASES.find((candidate) => candidate === value);
    return useCase === undefined ? 'this kind of project' : USE_CASE_PHRASES[useCase];
}

const name = (context: SentenceContext, id: string): string => context.catalog.nameOf(id);

/** A category label inside a sentence: "Testing" reads "testing", "ORM / ODM" and "API" keep their capitals. */
function roleWords(category: Category): string {
    const label = CATEGORY_LABELS[category];
    return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The role a framework fills itself: the category of whichever of the two entries is not the framework. */
function builtInRole(reason: Reason, context: SentenceContext): string {
    const other = reason.source.entry === context.stack.framework ? reason.source.value : reason.source.entry;
    const category = context.catalog.get(other)?.category;
    return category ? roleWords(category) : 'this part';
}

function categoryOf(context: SentenceContext, id: string): string {
    const category = context.catalog.get(id)?.category;
    return category ? roleWords(category) : 'library';
}

const CONCURRENCY: Readonly<Record<string, string>> = {
    'event-loop': 'an event loop, which holds many open connections cheaply',
    threads: 'a thread per request, which costs more for each open connection',
    processes: 'a process per worker, which costs more for each open connection',
    hybrid: 'a mix of event loop and threads',
};

const BATTERIES: Readonly<Record<string, string>> = {
    full: 'comes with most parts an app needs (database access, sign-in, admin), so there is less to choose and wire together',
    partial: 'comes with some of the parts an app needs; the rest are separate packages',
    minimal: 'leaves most parts to separate packages: more to choose, wire together and keep up to date',
};

const PERFORMANCE: Readonly<Record<string, string>> = {
    high: 'is among the fastest choices',
    medium: 'is of average speed',
    low: 'is slower than most choices',
};

const TYPING: Readonly<Record<string, string>> = {
    static: 'checks types before the code runs (static typing)',
    gradual: 'lets you add type annotations that a checker verifies (gradual typing)',
    dynamic: 'checks types only while the code runs (dynamic typing)',
};

const LEARNING: Readonly<Record<string, string>> = {
    gentle: 'is quick to learn',
    moderate: 'takes some time to learn',
    steep: 'takes long to learn well',
};

/** The reason's own words after its topic ("ecosystem: "), for the one kind whose wording carries data of its own. */
function ownWords(reason: Reason): string {
    const colon = reason.text.indexOf(': ');
    return colon >= 0 ? reason.text.slice(colon + 2) : reason.text;
}

const judged = (text: string): string => `${text} (our judgement).`;

/** The team's ring in words; the team's note, when there is one, is the reason's detail. */
const TEAM_RADAR_SENTENCES: Readonly<Record<string, (entry: string) => string>> = {
    adopt: (entry) => `Your team radar adopts ${entry}.`,
    trial: (entry) => `Your team radar is trialling ${entry}.`,
    assess: (entry) => `Your team radar is assessing ${entry}.`,
    hold: (entry) => `Your team radar puts ${entry} on hold, so this stack comes after every stack without a held part.`,
};

/** One sentence per kind; the compiler holds this table to ReasonKind, so a new kind cannot go unworded. */
const SENTENCES: Readonly<Record<ReasonKind, Sentence>> = {
    'use-case-listed': (r, c) => `${name(c, r.source.entry)} is made for ${useCasePhrase(r.source.value)}.`,
    'use-case-missing': (r, c) => `${name(c, r.source.entry)} is not meant mainly for ${useCasePhrase(r.source.value)}.`,
    'platform-use-case': (r, c) => `${name(c, r.source.entry)} suits ${useCasePhrase(r.source.value)} well.`,
    'use-case-concurrency': (r, c) =>
        `${name(c, r.source.entry)} serves requests with ${CONCURRENCY[r.source.value] ?? 'its own concurrency model'}: ${r.polarity === 'plus' ? 'a good fit' : 'a weaker fit'} for what you are building.`,
    'use-case-library': (r, c) => `${name(c, r.source.entry)} (${categoryOf(c, r.source.entry)}) is made for this kind of project and works with ${name(c, c.stack.language)}.`,
    'built-in-role': (r, c) => `${name(c, c.stack.framework)} covers ${builtInRole(r, c)} itself, so you need no separate package for it.`,
    'team-knows': (r, c) => `Your team already knows ${name(c, r.source.value)}.`,
    'team-knows-sibling': (r, c) => `Your team knows ${name(c, r.source.entry)}, which is close to ${name(c, c.stack.language)}.`,
    'team-new': (r, c) => `Your team would have to learn ${name(c, r.source.value)}.`,
    batteries: (r, c) => `${name(c, r.source.entry)} ${BATTERIES[r.source.value] ?? 'has its own scope'}.`,
    performance: (r, c) => judged(`${name(c, r.source.entry)} ${PERFORMANCE[r.source.value] ?? 'has its own speed'}`),
    typing: (r, c) => `${name(c, r.source.entry)} ${TYPING[r.source.value] ?? 'has its own typing'}.`,
    'learning-curve': (r, c) => judged(`${name(c, r.source.entry)} ${LEARNING[r.source.value] ?? 'has its own learning curve'}`),
    'prototype-use-case': (r, c) => `${name(c, r.source.entry)} is made for quick prototypes.`,
    'scalability-concurrency': (r, c) => `${name(c, r.source.entry)} serves requests with ${CONCURRENCY[r.source.value] ?? 'its own concurrency model'}, which helps it scale.`,
    'microservices-use-case': (r, c) => `${name(c, r.source.entry)} is made for microservices.`,
    adoption: (r) => `${ownWords(r)}.`,
    maturity: (r, c) => `${name(c, r.source.entry)} has been around since ${r.source.value}, so answers to most questions are already written.`,
    'notable-user': (r, c) => `${r.source.value} runs on ${name(c, r.source.entry)}.`,
    'role-library': (r, c) => `A well-known ${categoryOf(c, r.source.entry)} library for ${name(c, c.stack.language)} exists: ${name(c, r.source.entry)}.`,
    maintenance: (r, c) => `${name(c, r.source.entry)} is in maintenance mode: it gets fixes but no new features.`,
    // The team's note is said, not left to a tooltip: it is why the team decided (shown escaped, as every sentence).
    'team-radar': (r, c) =>
        (TEAM_RADAR_SENTENCES[r.source.value]?.(name(c, r.source.entry)) ?? `Your team radar names ${name(c, r.source.entry)}.`) +
        (r.detail === undefined ? '' : ` The team's note: “${r.detail}”`),
};

/** The reason as a sentence for the results page. */
export function reasonSentence(reason: Reason, context: SentenceContext): string {
    return SENTENCES[reason.kind](reason, context);
}
