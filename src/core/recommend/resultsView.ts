/**
 * What the recommendation page shows, as plain data: each stack's parts, score and reasons in
 * sentences, and the links it offers. Independent of VS Code and of HTML (pageHtml.ts writes it).
 */
import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS, USE_CASE_LABELS } from '../catalog/labels';
import { joinAsList } from '../text/lists';
import { safeHttpsUrl } from '../text/safeUrl';
import { PRIORITY_LABELS, type Answers } from './answers';
import { reasonSentence } from './reasonSentences';
import type { Polarity, RankedStack } from './scoring';

export interface PartView {
    /** "Language", "Runtime", "Framework", or a role ("ORM / ODM"). */
    readonly role: string;
    /** The entry the part's link opens. */
    readonly id: string;
    readonly name: string;
    /** True when the framework fills the role itself: the name is the framework's. */
    readonly builtIn: boolean;
}

export interface ReasonView {
    readonly sentence: string;
    /** "+30" or "−10" (a minus sign, not a hyphen). */
    readonly points: string;
    readonly polarity: Polarity;
    /** The catalog's own sentence behind the reason (a judgement's rationale, a fact's detail), when it has one. */
    readonly detail?: string;
}

export interface StackView {
    readonly rank: number;
    /** "TypeScript · Node.js · NestJS". */
    readonly title: string;
    readonly score: number;
    readonly parts: readonly PartView[];
    readonly reasons: readonly ReasonView[];
    /** The framework's documentation, when the catalog has an https link for it. */
    readonly documentation?: { readonly label: string; readonly url: string };
}

export interface ResultsView {
    /** "Recommended stacks for a REST API". */
    readonly heading: string;
    /** The answers in words, so a reader knows what the ranking is for. */
    readonly answers: readonly { readonly label: string; readonly value: string }[];
    readonly stacks: readonly StackView[];
    /** The frameworks "Compare these" opens, in rank order; empty with fewer than two stacks. */
    readonly compareNames: string;
}

/** Said once, above the stacks: what a score is and what it is not. */
export const SCORE_EXPLANATION =
    'A score is a number of points: each reason under a stack adds or takes away points, weighed by your answers ' +
    '(what you are building counts most, then the languages your team knows, then your priorities). ' +
    'A higher score means a better fit for these answers; scores compare the stacks on this page, they are not a grade out of 100.';

/** U+2212, the minus sign, reads better than a hyphen next to "+". */
const MINUS = '\u2212';

const signed = (points: number): string => (points > 0 ? `+${points}` : `${MINUS}${Math.abs(points)}`);

function parts(stack: RankedStack, catalog: Catalog): PartView[] {
    const part = (role: string, id: string, builtIn = false): PartView => ({ role, id, name: catalog.nameOf(id), builtIn });
    return [
        part('Language', stack.language),
        ...(stack.runtime === undefined ? [] : [part('Runtime', stack.runtime)]),
        part('Framework', stack.framework),
        ...stack.roles.map((role) => part(CATEGORY_LABELS[role.category], role.entry, role.byFramework)),
    ];
}

function stackView(stack: RankedStack, index: number, catalog: Catalog): StackView {
    const framework = catalog.get(stack.framework);
    const url = framework ? safeHttpsUrl(framework.links.docs ?? framework.links.homepage) : undefined;
    const view: StackView = {
        rank: index + 1,
        title: [stack.language, stack.runtime, stack.framework].flatMap((id) => (id === undefined ? [] : [catalog.nameOf(id)])).join(' · '),
        score: stack.score,
        parts: parts(stack, catalog),
        reasons: stack.reasons.map((reason) => ({
            sentence: reasonSentence(reason, { catalog, stack }),
            points: signed(reason.points),
            polarity: reason.polarity,
            ...(reason.detail === undefined ? {} : { detail: reason.detail }),
        })),
    };
    return url === undefined ? view : { ...view, documentation: { label: `${catalog.nameOf(stack.framework)} documentation`, url } };
}

function answerLines(answers: Answers, catalog: Catalog): ResultsView['answers'] {
    const languages = answers.knownLanguages.map((id) => catalog.nameOf(id));
    return [
        { label: 'Building', value: USE_CASE_LABELS[answers.useCase] },
        { label: 'Team knows', value: languages.length > 0 ? joinAsList(languages) : 'no preference' },
        { label: 'Matters most', value: answers.priorities.length > 0 ? joinAsList(answers.priorities.map((priority) => PRIORITY_LABELS[priority])) : 'nothing in particular' },
    ];
}

export function buildResultsView(stacks: readonly RankedStack[], answers: Answers, catalog: Catalog): ResultsView {
    return {
        heading: `Recommended stacks: ${USE_CASE_LABELS[answers.useCase]}`,
        answers: answerLines(answers, catalog),
        stacks: stacks.map((stack, index) => stackView(stack, index, catalog)),
        compareNames: stacks.length > 1 ? joinAsList(stacks.map((stack) => catalog.nameOf(stack.framework))) : '',
    };
}

/** Every entry the page links to: the only ids an `openEntry` from it may name. */
export function linkedEntries(stacks: readonly RankedStack[]): Set<string> {
    return new Set(stacks.flatMap((stack) => [stack.language, ...(stack.runtime === undefined ? [] : [stack.runtime]), stack.framework, ...stack.roles.map((role) => role.entry)]));
}
