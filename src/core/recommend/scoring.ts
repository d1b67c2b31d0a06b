/**
 * Scores candidate stacks against the answers. Pure and deterministic: the same catalog and
 * answers always give the same list, and every point comes with a reason that cites the catalog
 * field it was read from. The numbers live in weights.ts.
 */
import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS, REGISTRY_LABELS, USE_CASE_LABELS } from '../catalog/labels';
import type { CatalogEntry, Category, UseCase } from '../catalog/schema';
import { PRIORITY_LABELS, type Answers, type Priority } from './answers';
import { StackAssembler, type RoleFill, type StackCandidate } from './stackAssembly';
import { compareCodeUnits } from '../text/order';
import { AdoptionTable, placeText, type Adoption } from './adoption';
import type { RankLookup } from '../registry/popularity';
import type { TeamRings } from '../team/teamCatalog';
import {
    ADOPTION,
    BATTERIES,
    LEARNING_CURVE,
    MATURITY,
    MICROSERVICES_USE_CASE,
    NOTABLE_USERS,
    PERFORMANCE_TIER,
    PROTOTYPE_USE_CASE,
    RESULT_COUNT,
    ROLE_COVERED,
    SCALABILITY_CONCURRENCY,
    SERVER_ROLES,
    STATUS,
    TEAM,
    TEAM_RADAR,
    TYPING,
    USE_CASE,
    USE_CASE_CONCURRENCY,
    USE_CASE_LIBRARY_CATEGORIES,
} from './weights';

/** The catalog fields a reason can rest on. */
export type CitedField =
    | 'useCases'
    | 'languages'
    | 'ecosystem'
    | 'category'
    | 'alternatives'
    | 'status'
    | 'firstRelease'
    | 'notableUsers'
    /** The framework's package in its registry's download ranking (registry data, not a catalog fact). */
    | 'packages'
    | 'attributes.concurrency'
    | 'attributes.typing'
    | 'judgements.batteriesIncluded'
    | 'judgements.learningCurve'
    | 'judgements.performanceTier'
    /** The team radar's ring for the entry: the team's own file, not the catalog. */
    | 'team-radar';

export interface ReasonSource {
    /** The catalog entry the reason reads. */
    entry: string;
    field: CitedField;
    /** The value the reason rests on, as the field holds it (a year or a user's name as text). */
    value: string;
    /** Set when the reason rests on the value missing from a list field. */
    absent?: true;
}

export type Polarity = 'plus' | 'minus';

/** What a reason is about; each kind has its own plain-language sentence (reasonSentences.ts). */
export type ReasonKind =
    | 'use-case-listed'
    | 'use-case-missing'
    | 'platform-use-case'
    | 'use-case-concurrency'
    | 'use-case-library'
    /** The framework fills a role itself (its own ORM, its own test runner). */
    | 'built-in-role'
    | 'team-knows'
    | 'team-knows-sibling'
    | 'team-new'
    | 'batteries'
    | 'performance'
    | 'typing'
    | 'learning-curve'
    | 'prototype-use-case'
    | 'scalability-concurrency'
    | 'microservices-use-case'
    | 'adoption'
    | 'maturity'
    | 'notable-user'
    /** A library of the catalog fills one of the stack's server roles. */
    | 'role-library'
    | 'maintenance'
    /** The team radar adopts, trials or holds a part of the stack. */
    | 'team-radar';

export interface Reason {
    kind: ReasonKind;
    /** Without the sign: "real-time: NestJS lists it among its use cases". */
    text: string;
    polarity: Polarity;
    /** What the reason adds to the score (negative for a minus). */
    points: number;
    source: ReasonSource;
    /** The catalog's own sentence behind it: a fact's detail, a judgement's rationale, a status note. */
    detail?: string;
    /** An adoption reason's figures, for its sentence in the display language. */
    adoption?: Pick<Adoption, 'registry' | 'within' | 'place' | 'peers' | 'asOf'>;
}

/** How one key role of the stack is filled. */
export interface StackRole {
    category: Category;
    /** The library's entry id, or the framework's when it fills the role itself. */
    entry: string;
    byFramework: boolean;
}

export interface RankedStack {
    /** Entry ids throughout. */
    language: string;
    /** The runtime a server stack runs on, when the catalog has one for the language (Node.js). */
    runtime?: string;
    framework: string;
    /** The libraries filling the stack's key roles, in role order. */
    libraries: string[];
    roles: StackRole[];
    /** The sum of the reasons' points. */
    score: number;
    reasons: Reason[];
}

/** "Real-time (chat, collaboration, games)" becomes "real-time"; "REST API" keeps its capitals. */
function useCaseTopic(useCase: UseCase): string {
    return lowerFirst(USE_CASE_LABELS[useCase].replace(/\s*\(.*\)$/, ''));
}

function priorityTopic(priority: Priority): string {
    return lowerFirst(PRIORITY_LABELS[priority]);
}

/** Lower-cases the first letter unless it starts an acronym. */
function lowerFirst(text: string): string {
    return /^[A-Z](?![A-Z])/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const CONCURRENCY_PHRASES = {
    'event-loop': 'event-loop concurrency',
    threads: 'thread-based concurrency',
    processes: 'process-based concurrency',
    hybrid: 'hybrid concurrency',
} as const;

const BATTERIES_PHRASES = {
    full: 'includes most parts an app needs',
    partial: 'includes some parts an app needs',
    minimal: 'leaves most parts to other packages',
} as const;

/** Collects reasons; a rule worth no points gives no reason. */
class Reasons {
    readonly items: Reason[] = [];

    /** The reason added, or undefined when it is worth no points. */
    add(kind: ReasonKind, points: number, text: string, source: ReasonSource, detail?: string): Reason | undefined {
        if (points === 0) {
            return undefined;
        }
        const reason: Reason = { kind, text, polarity: points > 0 ? 'plus' : 'minus', points, source };
        if (detail !== undefined) {
            reason.detail = detail;
        }
        this.items.push(reason);
        return reason;
    }
}

/** The entry whose concurrency model the stack runs on: the framework's, else its platform's. */
function concurrencyOf(stack: StackCandidate): { entry: CatalogEntry; value: keyof typeof CONCURRENCY_PHRASES; detail: string } | undefined {
    for (const entry of [stack.framework, stack.runtime, stack.language]) {
        const concurrency = entry?.attributes?.concurrency;
        if (entry && concurrency) {
            return { entry, value: concurrency.value, detail: concurrency.detail };
        }
    }
    return undefined;
}

/** The runtime when the stack has one, else the language. */
const platformOf = (stack: StackCandidate): CatalogEntry => stack.runtime ?? stack.language;

function useCaseReasons(out: Reasons, stack: StackCandidate, fills: readonly RoleFill[], useCase: UseCase): void {
    const topic = useCaseTopic(useCase);
    const { framework } = stack;
    if (framework.useCases.includes(useCase)) {
        out.add('use-case-listed', USE_CASE.frameworkLists, `${topic}: ${framework.name} lists it among its use cases`, { entry: framework.id, field: 'useCases', value: useCase });
    } else {
        out.add('use-case-missing', USE_CASE.frameworkLacks, `${topic}: ${framework.name} does not list it among its use cases`, {
            entry: framework.id,
            field: 'useCases',
            value: useCase,
            absent: true,
        });
    }
    const platform = platformOf(stack);
    if (platform.useCases.includes(useCase)) {
        out.add('platform-use-case', USE_CASE.platformLists, `${topic}: ${platform.name} lists it among its use cases`, { entry: platform.id, field: 'useCases', value: useCase });
    }
    const concurrency = concurrencyOf(stack);
    const concurrencyPoints = concurrency ? USE_CASE_CONCURRENCY[useCase]?.[concurrency.value] : undefined;
    if (concurrency && concurrencyPoints !== undefined) {
        out.add(
            'use-case-concurrency',
            concurrencyPoints,
            `${topic}: ${concurrency.entry.name} uses ${CONCURRENCY_PHRASES[concurrency.value]}`,
            { entry: concurrency.entry.id, field: 'attributes.concurrency', value: concurrency.value },
            concurrency.detail,
        );
    }
    useCaseRoleReasons(out, stack, fills, useCase, topic);
}

/**
 * Points for the use case's own roles (API for a REST API), up to `USE_CASE.maxLibraries`: a
 * library that lists the use case, or the framework when it fills the role itself and lists the
 * use case. Without the second, FastAPI would lose to Litestar the point for an API role only
 * because gRPC names FastAPI, not Litestar, as its alternative.
 */
function useCaseRoleReasons(out: Reasons, stack: StackCandidate, fills: readonly RoleFill[], useCase: UseCase, topic: string): void {
    const { framework, language } = stack;
    const useCaseCategories = USE_CASE_LIBRARY_CATEGORIES[useCase];
    // A plugin merely present for the framework says nothing about how well the stack suits the use case.
    const serving = fills.filter(
        (fill) => useCaseCategories.includes(fill.category) && (fill.by === 'library' ? fill.library.useCases : framework.useCases).includes(useCase),
    );
    for (const fill of serving.slice(0, USE_CASE.maxLibraries)) {
        const role = CATEGORY_LABELS[fill.category];
        if (fill.by === 'library') {
            const { library } = fill;
            out.add('use-case-library', USE_CASE.library, `${topic}: ${library.name} (${role}) serves it in ${language.name}`, { entry: library.id, field: 'useCases', value: useCase }, library.summary);
        } else {
            out.add('built-in-role', USE_CASE.library, `${topic}: ${framework.name} provides ${role} itself`, { entry: fill.citing.id, field: 'alternatives', value: fill.named });
        }
    }
}

function teamReasons(out: Reasons, catalog: Catalog, stack: StackCandidate, knownLanguages: readonly string[]): void {
    if (knownLanguages.length === 0) {
        return;
    }
    const { language, framework } = stack;
    if (knownLanguages.includes(language.id)) {
        out.add('team-knows', TEAM.knows, `the team knows ${language.name}`, { entry: framework.id, field: 'languages', value: language.id });
        return;
    }
    const sibling = knownLanguages.map((id) => catalog.get(id)).find((known) => known?.ecosystem === language.ecosystem);
    if (sibling) {
        out.add('team-knows-sibling', TEAM.knowsSameEcosystem, `the team knows ${sibling.name}, of the same ecosystem as ${language.name}`, {
            entry: sibling.id,
            field: 'ecosystem',
            value: language.ecosystem,
        });
        return;
    }
    out.add('team-new', TEAM.unknown, `the team has not used ${language.name}`, { entry: framework.id, field: 'languages', value: language.id });
}

function batteriesReason(out: Reasons, priority: 'time-to-market' | 'low-ops', framework: CatalogEntry): void {
    const batteries = framework.judgements?.batteriesIncluded;
    if (batteries) {
        out.add(
            'batteries',
            BATTERIES[priority][batteries.value],
            `${priorityTopic(priority)}: ${framework.name} ${BATTERIES_PHRASES[batteries.value]}`,
            { entry: framework.id, field: 'judgements.batteriesIncluded', value: batteries.value },
            batteries.rationale,
        );
    }
}

function performanceReason(out: Reasons, topic: string, entry: CatalogEntry, points: (tier: 'high' | 'medium' | 'low') => number): void {
    const tier = entry.judgements?.performanceTier;
    if (tier) {
        out.add(
            'performance',
            points(tier.value),
            `${topic}: ${entry.name} is in the ${tier.value} performance tier`,
            { entry: entry.id, field: 'judgements.performanceTier', value: tier.value },
            tier.rationale,
        );
    }
}

function typingReason(out: Reasons, topic: string, entry: CatalogEntry, points: Record<'static' | 'gradual' | 'dynamic', number>): void {
    const typing = entry.attributes?.typing;
    if (typing) {
        out.add('typing', points[typing.value], `${topic}: ${entry.name} has ${typing.value} typing`, { entry: entry.id, field: 'attributes.typing', value: typing.value }, typing.detail);
    }
}

function timeToMarketReasons(out: Reasons, topic: string, framework: CatalogEntry): void {
    batteriesReason(out, 'time-to-market', framework);
    const curve = framework.judgements?.learningCurve;
    if (curve) {
        out.add(
            'learning-curve',
            LEARNING_CURVE[curve.value],
            `${topic}: ${framework.name} has a ${curve.value} learning curve`,
            { entry: framework.id, field: 'judgements.learningCurve', value: curve.value },
            curve.rationale,
        );
    }
    if (framework.useCases.includes('prototype')) {
        out.add('prototype-use-case', PROTOTYPE_USE_CASE, `${topic}: ${framework.name} lists prototypes among its use cases`, { entry: framework.id, field: 'useCases', value: 'prototype' });
    }
}

function scalabilityReasons(out: Reasons, topic: string, stack: StackCandidate): void {
    const { framework } = stack;
    const concurrency = concurrencyOf(stack);
    if (concurrency) {
        out.add(
            'scalability-concurrency',
            SCALABILITY_CONCURRENCY[concurrency.value],
            `${topic}: ${concurrency.entry.name} uses ${CONCURRENCY_PHRASES[concurrency.value]}`,
            { entry: concurrency.entry.id, field: 'attributes.concurrency', value: concurrency.value },
            concurrency.detail,
        );
    }
    if (framework.useCases.includes('microservices')) {
        out.add('microservices-use-case', MICROSERVICES_USE_CASE, `${topic}: ${framework.name} lists microservices among its use cases`, {
            entry: framework.id,
            field: 'useCases',
            value: 'microservices',
        });
    }
    performanceReason(out, topic, framework, (tier) => (tier === 'high' ? PERFORMANCE_TIER.scalabilityHigh : 0));
}

function adoptionReason(out: Reasons, topic: string, framework: CatalogEntry, adoption: AdoptionTable): void {
    const found = adoption.of(framework.id);
    if (!found) {
        return;
    }
    const reason = out.add(
        'adoption',
        Math.round(ADOPTION.spread * (1 - 2 * adoption.standing(framework.id))),
        `${topic}: ${framework.name} is ${found.band}, ${placeText(found, CATEGORY_LABELS[framework.category])}`,
        { entry: framework.id, field: 'packages', value: found.packageName },
        `From the ${REGISTRY_LABELS[found.registry]} download ranking of ${found.asOf}: registry data, not a judgement of ours.`,
    );
    if (reason) {
        const { registry, within, place, peers, asOf } = found;
        reason.adoption = { registry, within, place, peers, asOf };
    }
}

function ecosystemReasons(out: Reasons, topic: string, stack: StackCandidate, fills: readonly RoleFill[], adoption: AdoptionTable): void {
    const { framework } = stack;
    adoptionReason(out, topic, framework, adoption);
    const year = framework.firstRelease.year;
    const maturity = MATURITY.find((step) => year <= step.releasedBy);
    if (maturity) {
        out.add('maturity', maturity.points, `${topic}: ${framework.name} has been released since ${year}`, { entry: framework.id, field: 'firstRelease', value: String(year) });
    }
    for (const user of (framework.notableUsers ?? []).slice(0, NOTABLE_USERS.max)) {
        out.add('notable-user', NOTABLE_USERS.each, `${topic}: ${framework.name} is used by ${user.name}`, { entry: framework.id, field: 'notableUsers', value: user.name });
    }
    rolesCoveredReasons(out, topic, stack, fills);
}

/** A point for each server role the catalog can fill for the stack, by a library or by the framework. */
function rolesCoveredReasons(out: Reasons, topic: string, stack: StackCandidate, fills: readonly RoleFill[]): void {
    const { framework, language } = stack;
    for (const fill of fills) {
        if (!SERVER_ROLES.includes(fill.category)) {
            continue;
        }
        const role = CATEGORY_LABELS[fill.category];
        if (fill.by === 'library') {
            out.add('role-library', ROLE_COVERED, `${topic}: the catalog has ${fill.library.name} (${role}) for ${language.name}`, {
                entry: fill.library.id,
                field: 'category',
                value: fill.category,
            });
        } else {
            out.add('built-in-role', ROLE_COVERED, `${topic}: ${framework.name} provides ${role} itself`, { entry: fill.citing.id, field: 'alternatives', value: fill.named });
        }
    }
}

function priorityReasons(out: Reasons, stack: StackCandidate, fills: readonly RoleFill[], priority: Priority, adoption: AdoptionTable): void {
    const topic = priorityTopic(priority);
    const { framework, language } = stack;
    switch (priority) {
        case 'time-to-market':
            timeToMarketReasons(out, topic, framework);
            return;
        case 'performance':
            performanceReason(out, topic, framework, (tier) => PERFORMANCE_TIER.framework[tier]);
            performanceReason(out, topic, platformOf(stack), (tier) => PERFORMANCE_TIER.platform[tier]);
            return;
        case 'scalability':
            scalabilityReasons(out, topic, stack);
            return;
        case 'type-safety':
            typingReason(out, topic, language, TYPING.language);
            typingReason(out, topic, framework, TYPING.framework);
            return;
        case 'ecosystem':
            ecosystemReasons(out, topic, stack, fills, adoption);
            return;
        case 'low-ops':
            batteriesReason(out, priority, framework);
            return;
    }
}

function statusReasons(out: Reasons, entries: readonly CatalogEntry[]): void {
    for (const entry of entries) {
        if (entry.status.value === 'maintenance') {
            out.add('maintenance', STATUS.maintenance, `${entry.name} is in maintenance mode`, { entry: entry.id, field: 'status', value: 'maintenance' }, entry.status.note);
        }
    }
}

/** What the team radar says of each part of the stack: adopt and trial add points, hold takes them away. */
function teamRadarReasons(out: Reasons, entries: readonly CatalogEntry[], team: TeamRings | undefined): void {
    for (const entry of entries) {
        const ring = team?.ringOfEntry(entry.id);
        if (ring) {
            out.add('team-radar', TEAM_RADAR[ring.ring], `team radar: ${entry.name} is in the ${ring.ring} ring`, { entry: entry.id, field: 'team-radar', value: ring.ring }, ring.note);
        }
    }
}

/** Whether the team radar holds a part of the stack: such a stack ranks after every stack without one. */
export function holdsPart(stack: Pick<RankedStack, 'reasons'>): boolean {
    return stack.reasons.some((reason) => reason.kind === 'team-radar' && reason.source.value === 'hold');
}

/** Scores one candidate: use case, team, priorities, status, then the team radar, in that order of reasons. */
function scoreStack(catalog: Catalog, assembler: StackAssembler, stack: StackCandidate, answers: Answers, adoption: AdoptionTable, team: TeamRings | undefined): RankedStack {
    const fills = assembler.roles(stack, answers, team);
    const libraries = fills.flatMap((fill) => (fill.by === 'library' ? [fill.library] : []));
    const reasons = new Reasons();
    useCaseReasons(reasons, stack, fills, answers.useCase);
    teamReasons(reasons, catalog, stack, answers.knownLanguages);
    for (const priority of answers.priorities) {
        priorityReasons(reasons, stack, fills, priority, adoption);
    }
    const components = [stack.language, stack.runtime, stack.framework, ...libraries].filter((entry): entry is CatalogEntry => entry !== undefined);
    statusReasons(reasons, components);
    teamRadarReasons(reasons, components, team);

    const ranked: RankedStack = {
        language: stack.language.id,
        framework: stack.framework.id,
        libraries: libraries.map((library) => library.id),
        roles: fills.map((fill) =>
            fill.by === 'library'
                ? { category: fill.category, entry: fill.library.id, byFramework: false }
                : { category: fill.category, entry: stack.framework.id, byFramework: true },
        ),
        score: reasons.items.reduce((sum, reason) => sum + reason.points, 0),
        reasons: reasons.items,
    };
    if (stack.runtime) {
        ranked.runtime = stack.runtime.id;
    }
    return ranked;
}

export interface RankOptions {
    /** Download ranks from the registry index, for the ecosystem priority and the tie-break. */
    ranks?: RankLookup;
    /** The team files' rings: adopted parts preferred, held libraries never picked, held stacks last. */
    team?: TeamRings;
    count?: number;
}

/**
 * The best stacks for the answers, one per framework: higher score first; on a tie the
 * framework with more sourced notable users (applications known to run on it), then the
 * longer-released one, then the one standing higher by downloads among its own registry's
 * frameworks, then ids, so the order never depends on the catalog's file order. Downloads come
 * late: they count every install that pulls a package in (Starlette's through FastAPI, Hono's
 * through the SDKs that bundle it), so they say less about a framework's own users. Which of
 * them are shown is pickShown's rule. Before all of this, a stack with a part the team radar
 * holds comes after every stack without one: the team's word outranks any score.
 */
export function rankStacks(catalog: Catalog, answers: Answers, options: RankOptions = {}): RankedStack[] {
    const assembler = StackAssembler.for(catalog);
    const candidates = assembler.candidates(answers.useCase);
    const frameworks = [...new Set(candidates.map((candidate) => candidate.framework))];
    const adoption = options.ranks ? AdoptionTable.build(frameworks, options.ranks) : AdoptionTable.NONE;
    const scored = candidates.map((candidate) => ({ candidate, ranked: scoreStack(catalog, assembler, candidate, answers, adoption, options.team) }));
    scored.sort(
        (a, b) =>
            Number(holdsPart(a.ranked)) - Number(holdsPart(b.ranked)) ||
            b.ranked.score - a.ranked.score ||
            (b.candidate.framework.notableUsers?.length ?? 0) - (a.candidate.framework.notableUsers?.length ?? 0) ||
            a.candidate.framework.firstRelease.year - b.candidate.framework.firstRelease.year ||
            adoption.standing(a.candidate.framework.id) - adoption.standing(b.candidate.framework.id) ||
            compareCodeUnits(a.candidate.framework.id, b.candidate.framework.id) ||
            // The framework's first-listed language is its main one.
            a.candidate.framework.languages.indexOf(a.candidate.language.id) - b.candidate.framework.languages.indexOf(b.candidate.language.id) ||
            compareCodeUnits(a.candidate.runtime?.id ?? '', b.candidate.runtime?.id ?? ''),
    );
    return pickShown(
        scored.map(({ ranked }) => ranked),
        answers.knownLanguages,
        options.count ?? RESULT_COUNT,
    );
}

/**
 * The stacks shown, from the ranked list: one per framework, best first. When the team knows
 * several languages, each of them gets its best stack in, even if another language's stacks all
 * score higher: ticking TypeScript and Python must not answer with Node.js alone. So `count`
 * grows when the team knows more languages than it allows.
 */
export function pickShown(ranked: readonly RankedStack[], knownLanguages: readonly string[], count: number): RankedStack[] {
    const taken = new Set<string>();
    const picked = new Set<RankedStack>();
    const take = (stack: RankedStack): void => {
        taken.add(stack.framework);
        picked.add(stack);
    };
    if (knownLanguages.length > 1) {
        // In the order of each language's best stack, so the strongest languages come first.
        const best = knownLanguages
            .map((language) => ranked.findIndex((stack) => stack.language === language))
            .filter((index) => index >= 0)
            .sort((a, b) => a - b);
        for (const index of best) {
            const language = ranked[index]!.language;
            const stack = ranked.find((candidate) => candidate.language === language && !taken.has(candidate.framework));
            if (stack) {
                take(stack);
            }
        }
    }
    for (const stack of ranked) {
        if (picked.size >= count) {
            break;
        }
        if (!taken.has(stack.framework)) {
            take(stack);
        }
    }
    return ranked.filter((stack) => picked.has(stack));
}
