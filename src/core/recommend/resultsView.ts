/**
 * What the recommendation page shows, as plain data: each stack's parts, score and reasons in
 * sentences, and the links it offers. Independent of VS Code and of HTML (pageHtml.ts writes it).
 */
import type { Catalog } from '../catalog/catalog';
import { categoryLabels, useCaseLabels } from '../catalog/labels';
import type { L10n } from '../text/l10n';
import { joinAsListIn } from '../text/lists';
import { safeHttpsUrl } from '../text/safeUrl';
import { priorityLabels, type Answers } from './answers';
import { adoptionDetail, reasonSentence } from './reasonSentences';
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
export function scoreExplanation(l10n: L10n): string {
    return l10n.t(
        'A score is a number of points: each reason under a stack adds or takes away points, weighed by your answers (what you are building counts most, then the languages your team knows, then your priorities). A higher score means a better fit for these answers; scores compare the stacks on this page, they are not a grade out of 100.',
    );
}

/** U+2212, the minus sign, reads better than a hyphen next to "+". */
const MINUS = '\u2212';

const signed = (points: number): string => (points > 0 ? `+${points}` : `${MINUS}${Math.abs(points)}`);

function parts(stack: RankedStack, catalog: Catalog, l10n: L10n): PartView[] {
    const part = (role: string, id: string, builtIn = false): PartView => ({ role, id, name: catalog.nameOf(id), builtIn });
    const categories = categoryLabels(l10n);
    return [
        part(l10n.t('Language'), stack.language),
        ...(stack.runtime === undefined ? [] : [part(l10n.t('Runtime'), stack.runtime)]),
        part(l10n.t('Framework'), stack.framework),
        ...stack.roles.map((role) => part(categories[role.category], role.entry, role.byFramework)),
    ];
}

const withDetail = (detail: string | undefined): { detail?: string } => (detail === undefined ? {} : { detail });

function stackView(stack: RankedStack, index: number, catalog: Catalog, l10n: L10n): StackView {
    const framework = catalog.get(stack.framework);
    const url = framework ? safeHttpsUrl(framework.links.docs ?? framework.links.homepage) : undefined;
    const view: StackView = {
        rank: index + 1,
        title: [stack.language, stack.runtime, stack.framework].flatMap((id) => (id === undefined ? [] : [catalog.nameOf(id)])).join(' · '),
        score: stack.score,
        parts: parts(stack, catalog, l10n),
        reasons: stack.reasons.map((reason) => ({
            sentence: reasonSentence(reason, { catalog, stack, l10n }),
            points: signed(reason.points),
            polarity: reason.polarity,
            ...withDetail(adoptionDetail(reason, l10n) ?? reason.detail),
        })),
    };
    return url === undefined ? view : { ...view, documentation: { label: l10n.t('{0} documentation', catalog.nameOf(stack.framework)), url } };
}

function answerLines(answers: Answers, catalog: Catalog, l10n: L10n): ResultsView['answers'] {
    const languages = answers.knownLanguages.map((id) => catalog.nameOf(id));
    const priorities = priorityLabels(l10n);
    return [
        { label: l10n.t('Building'), value: useCaseLabels(l10n)[answers.useCase] },
        { label: l10n.t('Team knows'), value: languages.length > 0 ? joinAsListIn(languages, l10n) : l10n.t('no preference') },
        {
            label: l10n.t('Matters most'),
            value: answers.priorities.length > 0 ? joinAsListIn(answers.priorities.map((priority) => priorities[priority]), l10n) : l10n.t('nothing in particular'),
        },
    ];
}

/** The page's content for these stacks and answers, in the display language. */
export function buildResultsView(stacks: readonly RankedStack[], answers: Answers, catalog: Catalog, l10n: L10n): ResultsView {
    return {
        heading: l10n.t('Recommended stacks: {0}', useCaseLabels(l10n)[answers.useCase]),
        answers: answerLines(answers, catalog, l10n),
        stacks: stacks.map((stack, index) => stackView(stack, index, catalog, l10n)),
        compareNames: stacks.length > 1 ? joinAsListIn(stacks.map((stack) => catalog.nameOf(stack.framework)), l10n) : '',
    };
}

/** Every entry the page links to: the only ids an `openEntry` from it may name. */
export function linkedEntries(stacks: readonly RankedStack[]): Set<string> {
    return new Set(stacks.flatMap((stack) => [stack.language, ...(stack.runtime === undefined ? [] : [stack.runtime]), stack.framework, ...stack.roles.map((role) => role.entry)]));
}
