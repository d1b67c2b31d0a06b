/**
 * The three answers a recommendation starts from, and the check they pass when they arrive as
 * a command argument or through the API (keybindings, tests, other extensions). The check is
 * written out rather than declared with zod: every message is our own wording anyway, and zod
 * (even zod/mini, some 35 KB here) would outweigh the whole recommendation in the bundle.
 */
import { USE_CASES, type UseCase } from '../catalog/vocabulary';
import { english, type L10n } from '../text/l10n';

export const PRIORITIES = ['time-to-market', 'performance', 'scalability', 'type-safety', 'ecosystem', 'low-ops'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** At most two priorities: with more, every stack would score on everything and nothing would stand out. */
export const MAX_PRIORITIES = 2;

/** The priorities' names in the display language. */
export function priorityLabels(l10n: L10n): Record<Priority, string> {
    return {
        'time-to-market': l10n.t('Time to market'),
        performance: l10n.t('Performance'),
        scalability: l10n.t('Scalability'),
        'type-safety': l10n.t('Type safety'),
        ecosystem: l10n.t('Ecosystem'),
        'low-ops': l10n.t('Low operations effort'),
    };
}

/** In English: the reasons' own text (`Reason.text`, read by tests and the API) names priorities this way. */
export const PRIORITY_LABELS = priorityLabels(english);

/** What the picker shows under each priority: the catalog fields it is judged from (see weights.ts). */
export function priorityDetails(l10n: L10n): Record<Priority, string> {
    return {
        'time-to-market': l10n.t('Batteries included, learning curve, suits prototypes'),
        performance: l10n.t('Performance tier of the framework and of its language or runtime'),
        scalability: l10n.t('Concurrency model, microservice use, performance tier'),
        'type-safety': l10n.t('Typing of the language and of the framework'),
        ecosystem: l10n.t('Years since release, notable users, key libraries in the catalog'),
        'low-ops': l10n.t('Batteries included: fewer separate packages to upgrade'),
    };
}

export interface Answers {
    useCase: UseCase;
    /** Language entry ids; empty when the team has no preference. */
    knownLanguages: string[];
    /** Zero to two priorities; the picker asks for one or two. */
    priorities: Priority[];
}

const list = (values: readonly string[]): string => values.join(', ');

const ANSWER_FIELDS: readonly string[] = ['useCase', 'knownLanguages', 'priorities'] satisfies (keyof Answers)[];

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

/** Input quoted in a message is cut short: it may be anything, of any length. */
const cut = (text: string): string => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** A value as a message quotes it: strings in quotes, other values by their kind. */
function shown(value: unknown, l10n: L10n): string {
    if (typeof value === 'string') {
        return JSON.stringify(cut(value));
    }
    if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
        return String(value);
    }
    return Array.isArray(value) ? l10n.t('an array') : l10n.t('a value of type {0}', typeof value);
}

/**
 * The ids of one list field without repeats, each one of `allowed`; a missing list is empty,
 * so a caller can ask for a use case alone. Each problem found is added to `problems`.
 */
function idList<T extends string>(
    field: string,
    value: unknown,
    allowed: readonly T[],
    explain: { readonly notAList: string; readonly badItem: (item: unknown) => string },
    problems: string[],
    l10n: L10n,
): T[] {
    if (value === undefined) {
        return [];
    }
    if (!Array.isArray(value)) {
        problems.push(explain.notAList);
        return [];
    }
    const ids = new Set<T>();
    // Array.from reads the holes of a sparse array as undefined, so they are reported too.
    for (const item of Array.from(value as unknown[])) {
        if (isOneOf(allowed, item)) {
            ids.add(item);
        } else {
            problems.push(l10n.t('"{0}" has {1}; {2}', field, shown(item, l10n), explain.badItem(item)));
        }
    }
    return [...ids];
}

/** Thrown for answers that fail the check; its message is meant for the user, in the display language. */
export class AnswersError extends Error {
    constructor(
        readonly problems: readonly string[],
        l10n: L10n,
    ) {
        super(l10n.t('Invalid recommendation answers: {0}.', problems.join('; ')));
        this.name = 'AnswersError';
    }
}

/**
 * The answers in `input`, or an AnswersError that lists every problem in words a user can act on
 * (in the display language; field names and ids as the input spells them).
 */
export function parseAnswers(input: unknown, languageIds: readonly string[], l10n: L10n): Answers {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new AnswersError([l10n.t('the answers must be an object {0}', '{ useCase, knownLanguages, priorities }')], l10n);
    }
    const fields = input as Record<string, unknown>;
    const problems: string[] = [];
    const useCase = isOneOf(USE_CASES, fields.useCase) ? fields.useCase : undefined;
    if (!useCase) {
        problems.push(l10n.t('"{0}" must be one of: {1}', 'useCase', list(USE_CASES)));
    }
    const languages = {
        notAList: l10n.t('"{0}" must be an array of language ids', 'knownLanguages'),
        badItem: (item: unknown) => (typeof item === 'string' ? l10n.t("the catalog's languages are: {0}", list(languageIds)) : l10n.t('language ids are strings')),
    };
    const knownLanguages = idList('knownLanguages', fields.knownLanguages, languageIds, languages, problems, l10n);
    const priorityIds = { notAList: l10n.t('"{0}" must be an array of priority ids', 'priorities'), badItem: () => l10n.t('expected: {0}', list(PRIORITIES)) };
    const priorities = idList('priorities', fields.priorities, PRIORITIES, priorityIds, problems, l10n);
    if (priorities.length > MAX_PRIORITIES) {
        problems.push(l10n.t('"{0}" takes at most {1} different ids', 'priorities', MAX_PRIORITIES));
    }
    const unexpected = Object.keys(fields).filter((key) => !ANSWER_FIELDS.includes(key));
    if (unexpected.length > 0) {
        problems.push(l10n.t('unexpected field(s): {0}', list(unexpected.map(cut))));
    }
    if (!useCase || problems.length > 0) {
        throw new AnswersError(problems, l10n);
    }
    return { useCase, knownLanguages, priorities };
}
