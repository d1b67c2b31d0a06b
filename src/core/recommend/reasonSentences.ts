/**
 * Each reason of a ranking as one plain sentence a newcomer can read: what the catalog says and
 * why it matters for the answers, never the catalog field it was read from. The field stays in
 * the reason (`source`) for tests and the API; only these sentences reach the results page.
 */
import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS, categoryLabels, REGISTRY_LABELS } from '../catalog/labels';
import { USE_CASES, type Category, type UseCase } from '../catalog/vocabulary';
import type { L10n } from '../text/l10n';
import type { RankedStack, Reason, ReasonKind } from './scoring';

/** What a sentence may read besides the reason: the names in the catalog, the stack it belongs to, the display language. */
export interface SentenceContext {
    readonly catalog: Catalog;
    readonly stack: RankedStack;
    readonly l10n: L10n;
}

type Sentence = (reason: Reason, context: SentenceContext, l10n: L10n) => string;

/** How a sentence names each use case. */
function useCasePhrases(l10n: L10n): Readonly<Record<UseCase, string>> {
    return {
        'rest-api': l10n.t('REST APIs'),
        realtime: l10n.t('real-time apps (chat, collaboration, games)'),
        streaming: l10n.t('streaming'),
        'e-commerce': l10n.t('online shops'),
        'content-site': l10n.t('content sites'),
        'data-ml': l10n.t('data and machine-learning work'),
        microservices: l10n.t('microservices'),
        prototype: l10n.t('prototypes and MVPs'),
        desktop: l10n.t('desktop applications'),
    };
}

function useCasePhrase(value: string, l10n: L10n): string {
    const useCase = USE_CASES.find((candidate) => candidate === value);
    return useCase === undefined ? l10n.t('this kind of project') : useCasePhrases(l10n)[useCase];
}

const name = (context: SentenceContext, id: string): string => context.catalog.nameOf(id);

/**
 * A category label inside a sentence: "Testing" reads "testing", "ORM / ODM" and "API" keep
 * their capitals. A translated label stays as written: German capitalises its nouns.
 */
function roleWords(category: Category, l10n: L10n): string {
    const label = categoryLabels(l10n)[category];
    if (label !== CATEGORY_LABELS[category]) {
        return label;
    }
    return /^[A-Z]{2}/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** The role a framework fills itself: the category of whichever of the two entries is not the framework. */
function builtInRole(reason: Reason, context: SentenceContext): string {
    const other = reason.source.entry === context.stack.framework ? reason.source.value : reason.source.entry;
    const category = context.catalog.get(other)?.category;
    const { l10n } = context;
    return category ? roleWords(category, l10n) : l10n.t('this part');
}

function categoryOf(context: SentenceContext, id: string): string {
    const category = context.catalog.get(id)?.category;
    const { l10n } = context;
    return category ? roleWords(category, l10n) : l10n.t('library');
}

/** How a concurrency model serves requests, as the end of "X serves requests with …". */
function concurrency(value: string, l10n: L10n): string {
    switch (value) {
        case 'event-loop':
            return l10n.t('an event loop, which holds many open connections cheaply');
        case 'threads':
            return l10n.t('a thread per request, which costs more for each open connection');
        case 'processes':
            return l10n.t('a process per worker, which costs more for each open connection');
        case 'hybrid':
            return l10n.t('a mix of event loop and threads');
        default:
            return l10n.t('its own concurrency model');
    }
}

/** Whole sentences per value, so a translation may put the name where its language wants it. */
function batteries(entry: string, value: string, l10n: L10n): string {
    switch (value) {
        case 'full':
            return l10n.t('{0} comes with most parts an app needs (database access, sign-in, admin), so there is less to choose and wire together.', entry);
        case 'partial':
            return l10n.t('{0} comes with some of the parts an app needs; the rest are separate packages.', entry);
        case 'minimal':
            return l10n.t('{0} leaves most parts to separate packages: more to choose, wire together and keep up to date.', entry);
        default:
            return l10n.t('{0} has its own scope.', entry);
    }
}

function performance(entry: string, value: string, l10n: L10n): string {
    switch (value) {
        case 'high':
            return l10n.t('{0} is among the fastest choices (our judgement).', entry);
        case 'medium':
            return l10n.t('{0} is of average speed (our judgement).', entry);
        case 'low':
            return l10n.t('{0} is slower than most choices (our judgement).', entry);
        default:
            return l10n.t('{0} has its own speed (our judgement).', entry);
    }
}

function typing(entry: string, value: string, l10n: L10n): string {
    switch (value) {
        case 'static':
            return l10n.t('{0} checks types before the code runs (static typing).', entry);
        case 'gradual':
            return l10n.t('{0} lets you add type annotations that a checker verifies (gradual typing).', entry);
        case 'dynamic':
            return l10n.t('{0} checks types only while the code runs (dynamic typing).', entry);
        default:
            return l10n.t('{0} has its own typing.', entry);
    }
}

function learning(entry: string, value: string, l10n: L10n): string {
    switch (value) {
        case 'gentle':
            return l10n.t('{0} is quick to learn (our judgement).', entry);
        case 'moderate':
            return l10n.t('{0} takes some time to learn (our judgement).', entry);
        case 'steep':
            return l10n.t('{0} takes long to learn well (our judgement).', entry);
        default:
            return l10n.t('{0} has its own learning curve (our judgement).', entry);
    }
}

/** The download ranking's figures in words; a reason without them (built by hand) keeps its own words. */
function adoptionSentence(reason: Reason, framework: string, l10n: L10n): string {
    const figures = reason.adoption;
    if (figures === undefined) {
        return `${ownWords(reason)}.`;
    }
    const registry = REGISTRY_LABELS[figures.registry];
    const within = figures.within.toLocaleString('en-US');
    return figures.place === 1
        ? l10n.t('{0} is among the {1} most downloaded {2} packages, and the most downloaded of the {3} frameworks of its kind in the catalog.', framework, within, registry, figures.peers)
        : l10n.t('{0} is among the {1} most downloaded {2} packages, and number {3} by downloads of the {4} frameworks of its kind in the catalog.', framework, within, registry, figures.place, figures.peers);
}

/** The download ranking's date and what it is, for the reason's tooltip. */
export function adoptionDetail(reason: Reason, l10n: L10n): string | undefined {
    const figures = reason.adoption;
    return figures && l10n.t('From the {0} download ranking of {1}: registry data, not a judgement of ours.', REGISTRY_LABELS[figures.registry], figures.asOf);
}

/** The reason's own words after its topic ("ecosystem: "), for the one kind whose wording carries data of its own. */
function ownWords(reason: Reason): string {
    const colon = reason.text.indexOf(': ');
    return colon >= 0 ? reason.text.slice(colon + 2) : reason.text;
}

/** The team's ring in words; the team's note, when there is one, is the reason's detail. */
function teamRadarSentence(ring: string, entry: string, l10n: L10n): string {
    switch (ring) {
        case 'adopt':
            return l10n.t('Your team radar adopts {0}.', entry);
        case 'trial':
            return l10n.t('Your team radar is trialling {0}.', entry);
        case 'assess':
            return l10n.t('Your team radar is assessing {0}.', entry);
        case 'hold':
            return l10n.t('Your team radar puts {0} on hold, so this stack comes after every stack without a held part.', entry);
        default:
            return l10n.t('Your team radar names {0}.', entry);
    }
}

/** "serves requests with …: a good fit for what you are building", as the use case needs it or not. */
function concurrencyFit(r: Reason, c: SentenceContext, l10n: L10n): string {
    const model = concurrency(r.source.value, l10n);
    return r.polarity === 'plus'
        ? l10n.t('{0} serves requests with {1}: a good fit for what you are building.', name(c, r.source.entry), model)
        : l10n.t('{0} serves requests with {1}: a weaker fit for what you are building.', name(c, r.source.entry), model);
}

/** One sentence per kind; the compiler holds this table to ReasonKind, so a new kind cannot go unworded. */
const SENTENCES: Readonly<Record<ReasonKind, Sentence>> = {
    'use-case-listed': (r, c, l10n) => l10n.t('{0} is made for {1}.', name(c, r.source.entry), useCasePhrase(r.source.value, l10n)),
    'use-case-missing': (r, c, l10n) => l10n.t('{0} is not meant mainly for {1}.', name(c, r.source.entry), useCasePhrase(r.source.value, l10n)),
    'platform-use-case': (r, c, l10n) => l10n.t('{0} suits {1} well.', name(c, r.source.entry), useCasePhrase(r.source.value, l10n)),
    'use-case-concurrency': concurrencyFit,
    'use-case-library': (r, c, l10n) =>
        l10n.t('{0} ({1}) is made for this kind of project and works with {2}.', name(c, r.source.entry), categoryOf(c, r.source.entry), name(c, c.stack.language)),
    'built-in-role': (r, c, l10n) => l10n.t('{0} covers {1} itself, so you need no separate package for it.', name(c, c.stack.framework), builtInRole(r, c)),
    'team-knows': (r, c, l10n) => l10n.t('Your team already knows {0}.', name(c, r.source.value)),
    'team-knows-sibling': (r, c, l10n) => l10n.t('Your team knows {0}, which is close to {1}.', name(c, r.source.entry), name(c, c.stack.language)),
    'team-new': (r, c, l10n) => l10n.t('Your team would have to learn {0}.', name(c, r.source.value)),
    batteries: (r, c, l10n) => batteries(name(c, r.source.entry), r.source.value, l10n),
    performance: (r, c, l10n) => performance(name(c, r.source.entry), r.source.value, l10n),
    typing: (r, c, l10n) => typing(name(c, r.source.entry), r.source.value, l10n),
    'learning-curve': (r, c, l10n) => learning(name(c, r.source.entry), r.source.value, l10n),
    'prototype-use-case': (r, c, l10n) => l10n.t('{0} is made for quick prototypes.', name(c, r.source.entry)),
    'scalability-concurrency': (r, c, l10n) =>
        l10n.t('{0} serves requests with {1}, which helps it scale.', name(c, r.source.entry), concurrency(r.source.value, l10n)),
    'microservices-use-case': (r, c, l10n) => l10n.t('{0} is made for microservices.', name(c, r.source.entry)),
    // Its words carry the download ranking's figures, worded where the ranking is read (adoption.ts).
    adoption: (r, c, l10n) => adoptionSentence(r, name(c, r.source.entry), l10n),
    maturity: (r, c, l10n) => l10n.t('{0} has been around since {1}, so answers to most questions are already written.', name(c, r.source.entry), r.source.value),
    'notable-user': (r, c, l10n) => l10n.t('{0} runs on {1}.', r.source.value, name(c, r.source.entry)),
    'role-library': (r, c, l10n) => l10n.t('A well-known {0} library for {1} exists: {2}.', categoryOf(c, r.source.entry), name(c, c.stack.language), name(c, r.source.entry)),
    maintenance: (r, c, l10n) => l10n.t('{0} is in maintenance mode: it gets fixes but no new features.', name(c, r.source.entry)),
    // The team's note is said, not left to a tooltip: it is why the team decided (shown escaped, as every sentence).
    'team-radar': (r, c, l10n) =>
        teamRadarSentence(r.source.value, name(c, r.source.entry), l10n) + (r.detail === undefined ? '' : ` ${l10n.t("The team's note: “{0}”", r.detail)}`),
};

/** The reason as a sentence for the results page, in the display language. */
export function reasonSentence(reason: Reason, context: SentenceContext): string {
    return SENTENCES[reason.kind](reason, context, context.l10n);
}
