/**
 * Every number the recommendation scoring uses, in one place. A stack's score is the sum of
 * the points of its reasons, so each weight below is also what one reason adds or removes.
 *
 * The weights are our judgement. They are tuned so that the catalog's own data decides: a
 * framework that lists the use case beats one that does not, knowing the language matters about
 * as much as that, and each priority can reorder close candidates without overriding the use case.
 */
import type { CatalogEntry, Category, UseCase } from '../catalog/schema';
import type { Ring } from '../team/teamTypes';
import type { Priority } from './answers';

type Attributes = NonNullable<CatalogEntry['attributes']>;
type Judgements = NonNullable<CatalogEntry['judgements']>;
type Concurrency = NonNullable<Attributes['concurrency']>['value'];
type Typing = NonNullable<Attributes['typing']>['value'];
type Batteries = NonNullable<Judgements['batteriesIncluded']>['value'];
type LearningCurve = NonNullable<Judgements['learningCurve']>['value'];
type PerformanceTier = NonNullable<Judgements['performanceTier']>['value'];
/** Points for each value of a closed vocabulary. */
type Points<T extends string> = Record<T, number>;

/** How many stacks a recommendation returns. */
export const RESULT_COUNT = 3;

/** Fit with what is being built: read from `useCases` and `attributes.concurrency`. */
export const USE_CASE = {
    /** The framework's `useCases` lists the use case: the strongest single signal. */
    frameworkLists: 30,
    /** The framework's `useCases` does not list it; a small minus, since the lists are not exhaustive. */
    frameworkLacks: -10,
    /** The runtime (or, without one, the language) lists it: the platform suits the job. */
    platformLists: 12,
    /**
     * Per library of the stack in a use-case category (below) that itself lists the use case
     * (pandas for data and ML), or per such role the framework fills itself while listing the
     * use case, up to `maxLibraries` of them.
     */
    library: 5,
    maxLibraries: 2,
} as const;

/**
 * Concurrency models that help or hurt a use case, read from the framework's
 * `attributes.concurrency` (else its runtime's, else its language's). Real-time and streaming
 * hold many mostly idle connections, which an event loop serves cheaply and a thread or process
 * per request does not.
 */
export const USE_CASE_CONCURRENCY: Partial<Record<UseCase, Partial<Record<Concurrency, number>>>> = {
    realtime: { 'event-loop': 12, hybrid: 4, threads: -4, processes: -4 },
    streaming: { 'event-loop': 10, hybrid: 3, threads: -3, processes: -3 },
};

/**
 * Catalog categories whose libraries serve a use case directly. The stack's libraries include
 * up to `USE_CASE.maxLibraries` of them: ones that list the use case or are made for the
 * framework (Flask-smorest for a Flask REST API).
 */
export const USE_CASE_LIBRARY_CATEGORIES: Record<UseCase, readonly Category[]> = {
    'rest-api': ['api', 'validation', 'serialization'],
    realtime: ['realtime'],
    streaming: ['messaging', 'realtime'],
    'e-commerce': ['payments'],
    'content-site': ['templating', 'admin'],
    'data-ml': ['data-science', 'machine-learning'],
    microservices: ['api', 'messaging', 'observability'],
    prototype: [],
    desktop: [],
};

/** The key roles every server stack is assembled with, in the order they are shown. */
export const SERVER_ROLES: readonly Category[] = ['orm', 'auth', 'testing'];
/** A desktop app has no database layer or login of its own to pick; tests still matter. */
export const DESKTOP_ROLES: readonly Category[] = ['testing'];

/** The team's languages, from the answers, checked against the framework's `languages`. */
export const TEAM = {
    /** The team knows the stack's language. */
    knows: 25,
    /** The team knows another language of the same `ecosystem` (JavaScript for a TypeScript stack). */
    knowsSameEcosystem: 10,
    /** The team named languages and this is not one of them nor of its ecosystem. */
    unknown: -15,
} as const;

/**
 * The team radar (`.vscode/stack-guide.json`) on the stack's language, runtime, framework and
 * libraries: what the team adopts counts for more than any catalog judgement. A held part also
 * puts its stack after every stack without one (scoring.ts), whatever its points.
 */
export const TEAM_RADAR: Points<Ring> = { adopt: 12, trial: 4, assess: 0, hold: -20 };

/** An entry's `status`; deprecated frameworks and libraries are never proposed at all. */
export const STATUS = {
    maintenance: -12,
} as const;

/** `judgements.batteriesIncluded` of the framework. */
export const BATTERIES: Record<'time-to-market' | 'low-ops', Points<Batteries>> = {
    // Fewer parts to choose and wire up before the first feature ships.
    'time-to-market': { full: 10, partial: 4, minimal: -4 },
    // Fewer separately released packages to upgrade, patch and keep compatible.
    'low-ops': { full: 8, partial: 3, minimal: -3 },
};

/** `judgements.learningCurve` of the framework, for time to market. */
export const LEARNING_CURVE: Points<LearningCurve> = { gentle: 8, moderate: 2, steep: -6 };

/** The framework's `useCases` lists `prototype`, for time to market. */
export const PROTOTYPE_USE_CASE = 6;

/** `judgements.performanceTier`, for performance (and a little for scalability). */
export const PERFORMANCE_TIER = {
    framework: { high: 14, medium: 4, low: -8 } satisfies Points<PerformanceTier>,
    /** The runtime's tier, or the language's when there is no runtime entry. */
    platform: { high: 6, medium: 2, low: -4 } satisfies Points<PerformanceTier>,
    /** For scalability: a fast framework needs fewer machines for the same load. */
    scalabilityHigh: 4,
} as const;

/**
 * For scalability: the concurrency model (framework, else runtime, else language). Non-blocking
 * I/O and hybrid models serve more concurrent requests per machine; threads and processes scale
 * too, by adding workers, so they score lower but not negatively.
 */
export const SCALABILITY_CONCURRENCY: Points<Concurrency> = { 'event-loop': 8, hybrid: 6, threads: 2, processes: 2 };

/** For scalability: the framework's `useCases` lists `microservices`. */
export const MICROSERVICES_USE_CASE = 8;

/** For type safety: `attributes.typing` of the language and of the framework. */
export const TYPING = {
    language: { static: 14, gradual: 6, dynamic: -8 } satisfies Points<Typing>,
    framework: { static: 8, gradual: 2, dynamic: -4 } satisfies Points<Typing>,
} as const;

/**
 * For ecosystem: the framework's `firstRelease.year`. Fixed years, not "years before today", so
 * that a score never changes with the clock.
 */
export const MATURITY: readonly { releasedBy: number; points: number }[] = [
    { releasedBy: 2012, points: 8 },
    { releasedBy: 2017, points: 4 },
];

/** For ecosystem: per key role (SERVER_ROLES) the stack fills, with a library or the framework itself. */
export const ROLE_COVERED = 2;

/**
 * For ecosystem: the framework's download rank among the catalog's frameworks of its own
 * registry and category (adoption.ts). The most downloaded gets `spread`, the least `-spread`,
 * the others in proportion, so an ecosystem's frameworks sum to about zero and no registry
 * gains on another for having download data at all.
 */
export const ADOPTION = { spread: 6 } as const;

/** For ecosystem: per sourced entry in the framework's `notableUsers`, up to `max` of them. */
export const NOTABLE_USERS = { each: 2, max: 3 } as const;

/** The judgement or attribute values one priority rewards in a library, and by how much. */
export interface LibraryPickRule {
    learningCurve?: Points<LearningCurve>;
    performanceTier?: Points<PerformanceTier>;
    typing?: Points<Typing>;
    batteriesIncluded?: Points<Batteries>;
}

/**
 * How a library is chosen for a role. This ranks libraries against each other only; it adds
 * nothing to the stack's score. Ties go to the longest-released library, then to the id.
 */
export const LIBRARY_PICK = {
    /** The library's `useCases` lists the use case. */
    listsUseCase: 10,
    /**
     * The library is made for the stack's framework (Flask-Login for Flask, Active Record for
     * Rails): worth more than a general library that lists the use case.
     */
    madeForFramework: 12,
    /** The library's `status` is maintenance (deprecated ones are never picked). */
    maintenance: -10,
    /** The team radar adopts or trials the library (held ones are never picked): above being made for the framework. */
    teamRing: { adopt: 20, trial: 6 },
    /** Under each priority, the library's own judgements and attributes. */
    byPriority: {
        'time-to-market': { learningCurve: { gentle: 4, moderate: 1, steep: -3 } },
        performance: { performanceTier: { high: 4, medium: 1, low: -3 } },
        scalability: { performanceTier: { high: 2, medium: 0, low: -2 } },
        'type-safety': { typing: { static: 4, gradual: 1, dynamic: -2 } },
        ecosystem: {},
        'low-ops': { batteriesIncluded: { full: 2, partial: 1, minimal: 0 } },
    } satisfies Record<Priority, LibraryPickRule>,
} as const;
