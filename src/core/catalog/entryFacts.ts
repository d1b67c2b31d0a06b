import type { Catalog } from './catalog';
import { CATEGORY_LABELS, KIND_LABELS, USE_CASE_LABELS } from './labels';
import { licenceLabel } from './licence';
import type { CatalogEntry } from './schema';
import { safeHttpsUrl } from '../text/safeUrl';
import { capitalise } from '../text/casing';

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

function judgement(value: { value: string; rationale: string } | undefined): CellValue {
    return value ? { text: capitalise(value.value), rationale: value.rationale } : EMPTY;
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

function status(entry: CatalogEntry, catalog: EntryLookup): CellValue {
    const { value, successors = [], note, source } = entry.status;
    const successorText = successors.length > 0 ? `; successors: ${names(successors, catalog).join(', ')}` : '';
    return fact(`${capitalise(value)}${successorText}`, source, note);
}

/**
 * Every row of the comparison, in display order. Adding a dimension is one item here: the
 * table model, the webview and the Markdown export all read this list.
 */
export const DIMENSIONS: readonly Dimension[] = [
    {
        id: 'kind',
        label: 'Kind',
        kind: 'fact',
        cell: ({ kind, category }) => {
            const kindLabel = capitalise(KIND_LABELS[kind]);
            const categoryLabel = CATEGORY_LABELS[category];
            // A language's category is "Language": saying it twice adds nothing.
            return { text: kindLabel === categoryLabel ? kindLabel : `${kindLabel} (${categoryLabel})` };
        },
    },
    {
        id: 'languages',
        label: 'Languages',
        kind: 'list',
        // A language is used from itself; its `languages` list is empty by the schema's rule.
        cell: (entry, catalog) => list(entry.kind === 'language' ? [entry.name] : names(entry.languages, catalog)),
    },
    {
        id: 'firstRelease',
        label: 'First release',
        kind: 'fact',
        cell: (entry) => fact(String(entry.firstRelease.year), entry.firstRelease.source),
    },
    {
        id: 'license',
        label: 'Licence',
        kind: 'fact',
        cell: (entry) => (entry.license ? fact(licenceLabel(entry.license.spdx), entry.license.source) : EMPTY),
    },
    { id: 'status', label: 'Status and successors', kind: 'fact', cell: status },
    {
        id: 'concurrency',
        label: 'Concurrency model',
        kind: 'fact',
        cell: ({ attributes }) => {
            const concurrency = attributes?.concurrency;
            return concurrency
                ? fact(capitalise(concurrency.value.replace('-', ' ')), concurrency.source, concurrency.detail)
                : EMPTY;
        },
    },
    {
        id: 'typing',
        label: 'Typing',
        kind: 'fact',
        cell: ({ attributes }) =>
            attributes?.typing
                ? fact(capitalise(attributes.typing.value), attributes.typing.source, attributes.typing.detail)
                : EMPTY,
    },
    {
        id: 'batteriesIncluded',
        label: 'Batteries included',
        kind: 'judgement',
        cell: (entry) => judgement(entry.judgements?.batteriesIncluded),
    },
    {
        id: 'learningCurve',
        label: 'Learning curve',
        kind: 'judgement',
        cell: (entry) => judgement(entry.judgements?.learningCurve),
    },
    {
        id: 'performanceTier',
        label: 'Performance tier',
        kind: 'judgement',
        cell: (entry) => judgement(entry.judgements?.performanceTier),
    },
    {
        id: 'useCases',
        label: 'Typical use cases',
        kind: 'list',
        cell: (entry) => list(entry.useCases.map((useCase) => USE_CASE_LABELS[useCase])),
    },
    { id: 'strengths', label: 'Strengths', kind: 'list', cell: (entry) => list(entry.strengths) },
    { id: 'tradeoffs', label: 'Trade-offs', kind: 'list', cell: (entry) => list(entry.tradeoffs) },
    {
        id: 'alternatives',
        label: 'Alternatives',
        kind: 'list',
        cell: (entry, catalog) => list(names(entry.alternatives, catalog)),
    },
    {
        id: 'extends',
        label: 'Extends',
        kind: 'list',
        cell: (entry, catalog) => list(names(entry.extends ?? [], catalog)),
    },
    {
        id: 'builtOn',
        label: 'Built on',
        kind: 'list',
        cell: (entry, catalog) => list(names(entry.builtOn ?? [], catalog)),
    },
    {
        id: 'worksWith',
        label: 'Works with',
        kind: 'list',
        cell: (entry, catalog) => list(names(entry.worksWith ?? [], catalog)),
    },
    {
        id: 'notableUsers',
        label: 'Notable users',
        kind: 'links',
        cell: (entry) => links((entry.notableUsers ?? []).map((user) => ({ label: user.name, url: user.source }))),
    },
    {
        id: 'links',
        label: 'Links',
        kind: 'links',
        cell: ({ links: entryLinks }) =>
            links([
                { label: 'Homepage', url: entryLinks.homepage },
                ...(entryLinks.docs ? [{ label: 'Documentation', url: entryLinks.docs }] : []),
                ...(entryLinks.repository ? [{ label: 'Repository', url: entryLinks.repository }] : []),
            ]),
    },
];
