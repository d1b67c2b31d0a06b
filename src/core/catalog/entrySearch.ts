import { CATEGORY_LABELS, USE_CASE_LABELS } from './labels';
import type { CatalogEntry, Category, UseCase } from './schema';

/**
 * Finding entries by what a user types, shared by the pickers and the sidebar filter. Matching
 * is by word start, field by field, so "orm" finds ORMs but not Prettier (category
 * "Formatting") or form-data, and the entry a word names comes first: "rails" puts Ruby on
 * Rails ahead of the twenty gems with "rails" in their names.
 */

/** How well an entry answers a query; lower is better. */
export const MatchRank = {
    /** The query is the entry's name, id or one of its aliases. */
    exact: 0,
    /** Every query word starts a word of the name, id or an alias. */
    name: 1,
    /** Every query word starts a word of those or of the category or a use case. */
    topic: 2,
} as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

/** A span of the entry's name to highlight: [start, end). */
export type NameRange = readonly [number, number];

export interface EntryMatch {
    readonly entry: CatalogEntry;
    readonly rank: MatchRank;
    /** Where query words start words of the name, for a row to highlight. */
    readonly highlights: readonly NameRange[];
}

/** A parsed query: its words, lower case; none for blank or punctuation-only text. */
export interface Query {
    readonly text: string;
    readonly words: readonly string[];
}

interface Word {
    readonly text: string;
    readonly start: number;
}

const TOKEN = /[\p{L}\p{N}]+/gu;
/** Inside a token: "RailsAdmin" → Rails, Admin; "MySQL2" → My, SQL, 2; "FastAPI" → Fast, API. */
const CAMEL_PART = /\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu;

/** The words of a text with their offsets: each token, and its camel-case parts as well. */
function wordsOf(text: string): Word[] {
    const words: Word[] = [];
    for (const token of text.matchAll(TOKEN)) {
        const start = token.index;
        words.push({ text: token[0].toLowerCase(), start });
        const parts = [...token[0].matchAll(CAMEL_PART)];
        for (const part of parts.length > 1 ? parts : []) {
            words.push({ text: part[0].toLowerCase(), start: start + part.index });
        }
    }
    return words;
}

/** For matching only: also the text run together, so "realtime" finds "Real-time" and "nodejs" finds "Node.js". */
function matchWordsOf(text: string): Word[] {
    const words = wordsOf(text);
    const compact = (text.match(TOKEN) ?? []).join('').toLowerCase();
    return compact.length > 0 ? [...words, { text: compact, start: 0 }] : words;
}

const normalized = (text: string): string => (text.match(TOKEN) ?? []).join(' ').toLowerCase();

export function parseQuery(text: string): Query | undefined {
    const words = [...new Set((text.match(TOKEN) ?? []).map((word) => word.toLowerCase()))];
    return words.length === 0 ? undefined : { text: normalized(text), words };
}

const startsSome = (words: readonly Word[], queryWord: string): boolean => words.some((word) => word.text.startsWith(queryWord));

/** Where the query's words start words of the name; overlapping spans merged. */
function nameHighlights(name: string, query: Query): NameRange[] {
    const ranges: [number, number][] = [];
    for (const word of wordsOf(name)) {
        const longest = Math.max(0, ...query.words.filter((queryWord) => word.text.startsWith(queryWord)).map((queryWord) => queryWord.length));
        if (longest > 0) {
            ranges.push([word.start, Math.min(word.start + longest, name.length)]);
        }
    }
    ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    const merged: [number, number][] = [];
    for (const range of ranges) {
        const last = merged[merged.length - 1];
        if (last !== undefined && range[0] <= last[1]) {
            last[1] = Math.max(last[1], range[1]);
        } else {
            merged.push([...range]);
        }
    }
    return merged;
}

/** The category and use-case labels a user reads, and so may type: the display language's. */
export interface TopicLabels {
    readonly categories: Readonly<Record<Category, string>>;
    readonly useCases: Readonly<Record<UseCase, string>>;
}

const ENGLISH_TOPICS: TopicLabels = { categories: CATEGORY_LABELS, useCases: USE_CASE_LABELS };

/**
 * How the entry answers the query, or undefined when it does not. A topic word matches in the
 * ids, the English labels and the `shown` ones, so a German user finds "Authentifizierung" as
 * well as "auth".
 */
export function matchEntry(entry: CatalogEntry, query: Query, shown: TopicLabels = ENGLISH_TOPICS): EntryMatch | undefined {
    const names = [entry.name, entry.id, ...(entry.aliases ?? [])];
    const nameWords = names.flatMap(matchWordsOf);
    const exact = names.some((name) => normalized(name) === query.text);
    let rank: MatchRank;
    if (exact) {
        rank = MatchRank.exact;
    } else if (query.words.every((word) => startsSome(nameWords, word))) {
        rank = MatchRank.name;
    } else {
        const topics = [
            entry.category,
            CATEGORY_LABELS[entry.category],
            shown.categories[entry.category],
            ...entry.useCases.flatMap((useCase) => [useCase, USE_CASE_LABELS[useCase], shown.useCases[useCase]]),
        ];
        const allWords = [...nameWords, ...topics.flatMap(matchWordsOf)];
        if (!query.words.every((word) => startsSome(allWords, word))) {
            return undefined;
        }
        rank = MatchRank.topic;
    }
    return { entry, rank, highlights: nameHighlights(entry.name, query) };
}

/** A name that begins with the query reads as a closer match than one that merely contains it. */
const leadsWith = (match: EntryMatch): number => (match.highlights[0]?.[0] === 0 ? 0 : 1);

/** The entries that answer the query, best first: by rank, then names that begin with it, then by name. */
export function searchEntries(entries: readonly CatalogEntry[], query: Query): EntryMatch[] {
    return entries
        .flatMap((entry) => matchEntry(entry, query) ?? [])
        .sort((a, b) => a.rank - b.rank || leadsWith(a) - leadsWith(b) || a.entry.name.localeCompare(b.entry.name));
}
