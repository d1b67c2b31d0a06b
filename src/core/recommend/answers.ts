/**
 * The three answers a recommendation starts from, and the zod schema that checks them when
 * they arrive as a command argument (keybindings, tests, other extensions).
 */
import { z } from 'zod';
import { USE_CASES, type UseCase } from '../catalog/vocabulary';

export const PRIORITIES = ['time-to-market', 'performance', 'scalability', 'type-safety', 'ecosystem', 'low-ops'] as const;
export type Priority = (typeof PRIORITIES)[number];

/** At most two priorities: with more, every stack would score on everything and nothing would stand out. */
export const MAX_PRIORITIES = 2;

export const PRIORITY_LABELS: Record<Priority, string> = {
    'time-to-market': 'Time to market',
    performance: 'Performance',
    scalability: 'Scalability',
    'type-safety': 'Type safety',
    ecosystem: 'Ecosystem',
    'low-ops': 'Low operations effort',
};

/** What the picker shows under each priority: the catalog fields it is judged from (see weights.ts). */
export const PRIORITY_DETAILS: Record<Priority, string> = {
    'time-to-market': 'Batteries included, learning curve, suits prototypes',
    performance: 'Performance tier of the framework and of its language or runtime',
    scalability: 'Concurrency model, microservice use, performance tier',
    'type-safety': 'Typing of the language and of the framework',
    ecosystem: 'Years since release, notable users, key libraries in the catalog',
    'low-ops': 'Batteries included: fewer separate packages to upgrade',
};

export interface Answers {
    useCase: UseCase;
    /** Language entry ids; empty when the team has no preference. */
    knownLanguages: string[];
    /** Zero to two priorities; the picker asks for one or two. */
    priorities: Priority[];
}

const list = (values: readonly string[]): string => values.join(', ');

/**
 * Checks an answers argument against the catalog's language ids. Optional lists default to
 * empty so a caller can ask for a use case alone.
 */
export function answersSchema(languageIds: readonly string[]): z.ZodType<Answers> {
    return z.strictObject(
        {
            useCase: z.enum(USE_CASES, { error: () => `"useCase" must be one of: ${list(USE_CASES)}` }),
            knownLanguages: z
                .array(
                    z.string({ error: (issue) => `"knownLanguages" has ${JSON.stringify(issue.input)}; language ids are strings` }).refine((id) => languageIds.includes(id), {
                        error: (issue) => `"knownLanguages" has ${JSON.stringify(issue.input)}; the catalog's languages are: ${list(languageIds)}`,
                    }),
                    { error: () => '"knownLanguages" must be an array of language ids' },
                )
                .default([])
                .transform((ids) => [...new Set(ids)]),
            priorities: z
                .array(z.enum(PRIORITIES, { error: (issue) => `"priorities" has ${JSON.stringify(issue.input)}; expected: ${list(PRIORITIES)}` }), {
                    error: () => '"priorities" must be an array of priority ids',
                })
                .default([])
                .transform((ids) => [...new Set(ids)])
                .refine((ids) => ids.length <= MAX_PRIORITIES, { error: `"priorities" takes at most ${MAX_PRIORITIES} different ids` }),
        },
        { error: (issue) => (issue.code === 'unrecognized_keys' ? `unexpected field(s): ${list(issue.keys)}` : 'the answers must be an object { useCase, knownLanguages, priorities }') },
    );
}

/** Thrown for answers that fail the schema; its message is meant for the user. */
export class AnswersError extends Error {
    constructor(readonly problems: readonly string[]) {
        super(`Invalid recommendation answers: ${problems.join('; ')}.`);
        this.name = 'AnswersError';
    }
}

export function parseAnswers(input: unknown, languageIds: readonly string[]): Answers {
    const result = answersSchema(languageIds).safeParse(input);
    if (!result.success) {
        throw new AnswersError(result.error.issues.map((issue) => issue.message));
    }
    return result.data;
}
