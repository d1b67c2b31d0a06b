import type { Catalog } from './catalog';
import { categoryLabels, kindLabels, useCaseLabels } from './labels';
import { licenceLabel } from './licence';
import type { CatalogEntry, Status } from './schema';
import { safeHttpsUrl } from '../text/safeUrl';
import { capitalise } from '../text/casing';
import { english, type L10n } from '../text/l10n';

/**
 * How a row reads: a fact shows its source, a judgement is labelled as one and shows its
 * rationale, a list is bullet points, links are links.
 */
export type DimensionKind = 'fact' | 'judgement' | 'list' | 'links';

export interface CellLink {
    readonly label: string;
    /** An https URL that passed `safeHttpsUrl`; absent when the catalog's URL did not. */
    readonly url?: string;
}

/** One entry's value for one dimension. Plain data: it is posted to the webview as JSON. */
export interface CellValue {
    /** The value as plain text; empty when the catalog says nothing. Rows are compared on it. */
    readonly text: string;
    /** A fact's explanation, e.g. how the concurrency model works. */
    readonly detail?: string;
    readonly items?: readonly string[];
    readonly links?: readonly CellLink[];
    readonly source?: string;
    readonly rationale?: string;
}

/** The catalog lookup a dimension needs to show names where the entry holds ids. */
export type EntryLookup = Pick<Catalog, 'get' | 'nameOf'>;

export interface Dimension {
    readonly id: string;
    readonly label: string;
    readonly kind: DimensionKind;
    readonly cell: (entry: CatalogEntry, catalog: EntryLookup) => CellValue;
}

const EMPTY: CellValue = { text: '' };

function fact(text: string, source: string | undefined, detail?: string): CellValue {
    const safeSource = source === undefined ? undefined : safeHttpsUrl(source);
    return {
        text,
        ...(detail === undefined ? {} : { detail }),
        ...(safeSource === undefined ? {} : { source: safeSource }),
    };
}

function judgement(value: { value: string; rationale: string } | undefined, words: Record<string, string>): CellValue {
    return value ? { text: words[value.value] ?? capitalise(value.value), rationale: value.rationale } : EMPTY;
}

function list(items: readonly string[]): CellValue {
    return { text: items.join('; '), items };
}

/** A link whose URL fails the https gate keeps its label, shown as plain text. */
function links(candidates: readonly { label: string; url: string }[]): CellValue {
    const checked = candidates.map(({ label, url }): CellLink => {
        const safe = safeHttpsUrl(url);
        return safe === undefined ? { label } : { label, url: safe };
    });
    return { text: candidates.map((link) => link.label).join('; '), links: checked };
}

const names = (ids: readonly string[], catalog: EntryLookup): string[] => ids.map((id) => catalog.nameOf(id));

function statusCell(entry: CatalogEntry, catalog: EntryLookup, l10n: L10n): CellValue {
    const { value, successors = [], note, source } = entry.status;
    const words: Record<Status['value'], string> = {
        active: l10n.t('Active'),
        maintenance: l10n.t('Maintenance'),
        unmaintained: l10n.t('Unmaintained'),
        deprecated: l10n.t('Deprecated'),
    };
    const text = successors.length > 0 ? l10n.t('{0}; successors: {1}', words[value], names(successors, catalog).join(', ')) : words[value];
    return fact(text, source, note);
}

/** "Framework (Web framework)"; a language's category is "Language": saying it twice adds nothing. */
function kindCell({ kind, category }: CatalogEntry, l10n: L10n): CellValue {
    const kindLabel = capitalise(kindLabels(l10n)[kind]);
    const categoryLabel = categoryLabels(l10n)[category];
    return { text: kindLabel === categoryLabel ? kindLabel : l10n.t('{0} ({1})', kindLabel, categoryLabel) };
}

/** What an entry is and what it checkably does, each with its source. */
function factDimensions(l10n: L10n): Dimension[] {
    const concurrency: Record<string, string> = { 'event-loop': l10n.t('Event loop'), threads: l10n.t('Threads'), processes: l10n.t('Processes'), hybrid: l10n.t('Hybrid') };
    const typing: Record<string, string> = { static: l10n.t('Static'), gradual: l10n.t('Gradual'), dynamic: l10n.t('Dynamic') };
    return [
        { id: 'kind', label: l10n.t('Kind'), kind: 'fact', cell: (entry) => kindCell(entry, l10n) },
        {
            id: 'languages',
            label: l10n.t('Languages'),
            kind: 'list',
            // A language is used from itself; its `languages` list is empty by the schema's rule.
            cell: (entry, catalog) => list(entry.kind === 'language' ? [entry.name] : names(entry.languages, catalog)),
        },
        { id: 'firstRelease', label: l10n.t('First release'), kind: 'fact', cell: (entry) => fact(String(entry.firstRelease.year), entry.firstRelease.source) },
        {
            id: 'license',
            label: l10n.t('Licence'),
            kind: 'fact',
            cell: (entry) => (entry.license ? fact(licenceLabel(entry.license.spdx, l10n), entry.license.source) : EMPTY),
        },
        { id: 'status', label: l10n.t('Status and successors'), kind: 'fact', cell: (entry, catalog) => statusCell(entry, catalog, l10n) },
        {
            id: 'concurrency',
            label: l10n.t('Concurrency model'),
            kind: 'fact',
            cell: ({ attributes }) => {
                const model = attributes?.concurrency;
                return model ? fact(concurrency[model.value] ?? model.value, model.source, model.detail) : EMPTY;
            },
        },
        {
            id: 'typing',
            label: l10n.t('Typing'),
            kind: 'fact',
            cell: ({ attributes }) => (attributes?.typing ? fact(typing[attributes.typing.value] ?? attributes.typing.value, attributes.typing.source, attributes.typing.detail) : EMPTY),
        },
    ];
}

/** The catalog's opinions, each with its rationale, and what an entry is used for. */
function judgementDimensions(l10n: L10n): Dimension[] {
    const batteries: Record<string, string> = { full: l10n.t('Full'), partial: l10n.t('Partial'), minimal: l10n.t('Minimal') };
    const curve: Record<string, string> = { gentle: l10n.t('Gentle'), moderate: l10n.t('Moderate'), steep: l10n.t('Steep') };
    const tier: Record<string, string> = { high: l10n.t('High'), medium: l10n.t('Medium'), low: l10n.t('Low') };
    const useCases = useCaseLabels(l10n);
    return [
        { id: 'batteriesIncluded', label: l10n.t('Batteries included'), kind: 'judgement', cell: (entry) => judgement(entry.judgements?.batteriesIncluded, batteries) },
        { id: 'learningCurve', label: l10n.t('Learning curve'), kind: 'judgement', cell: (entry) => judgement(entry.judgements?.learningCurve, curve) },
        { id: 'performanceTier', label: l10n.t('Performance tier'), kind: 'judgement', cell: (entry) => judgement(entry.judgements?.performanceTier, tier) },
        { id: 'useCases', label: l10n.t('Typical use cases'), kind: 'list', cell: (entry) => list(entry.useCases.map((useCase) => useCases[useCase])) },
        { id: 'strengths', label: l10n.t('Strengths'), kind: 'list', cell: (entry) => list(entry.strengths) },
        { id: 'tradeoffs', label: l10n.t('Trade-offs'), kind: 'list', cell: (entry) => list(entry.tradeoffs) },
    ];
}

/** The entries it relates to, who uses it, and where to read more. */
function relationDimensions(l10n: L10n): Dimension[] {
    return [
        { id: 'alternatives', label: l10n.t('Alternatives'), kind: 'list', cell: (entry, catalog) => list(names(entry.alternatives, catalog)) },
        { id: 'extends', label: l10n.t('Extends'), kind: 'list', cell: (entry, catalog) => list(names(entry.extends ?? [], catalog)) },
        { id: 'builtOn', label: l10n.t('Built on'), kind: 'list', cell: (entry, catalog) => list(names(entry.builtOn ?? [], catalog)) },
        { id: 'worksWith', label: l10n.t('Works with'), kind: 'list', cell: (entry, catalog) => list(names(entry.worksWith ?? [], catalog)) },
        {
            id: 'notableUsers',
            label: l10n.t('Notable users'),
            kind: 'links',
            cell: (entry) => links((entry.notableUsers ?? []).map((user) => ({ label: user.name, url: user.source }))),
        },
        {
            id: 'links',
            label: l10n.t('Links'),
            kind: 'links',
            cell: ({ links: entryLinks }) =>
                links([
                    { label: l10n.t('Homepage'), url: entryLinks.homepage },
                    ...(entryLinks.docs ? [{ label: l10n.t('Documentation'), url: entryLinks.docs }] : []),
                    ...(entryLinks.repository ? [{ label: l10n.t('Repository'), url: entryLinks.repository }] : []),
                ]),
        },
    ];
}

/**
 * Every row of the comparison and the entry page, in display order, labelled in the display
 * language. Adding a dimension is one item here: the table model, the webview, the page and
 * the Markdown export all read this list.
 */
export function dimensions(l10n: L10n): readonly Dimension[] {
    return [...factDimensions(l10n), ...judgementDimensions(l10n), ...relationDimensions(l10n)];
}

/** The rows in English, for the comparison until its table takes the display language. */
export const DIMENSIONS: readonly Dimension[] = dimensions(english);
