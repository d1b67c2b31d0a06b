import { categoryLabels } from '../catalog/labels';
import type { Category, CatalogEntry } from '../catalog/schema';
import { ECOSYSTEMS, KINDS, type Kind } from '../catalog/vocabulary';
import type { EntryLookup } from '../catalog/entryFacts';
import type { PickerOption } from './protocol';
import { byEntryName } from '../catalog/catalog';
import { MatchRank, parseQuery, searchEntries } from '../catalog/entrySearch';
import type { L10n } from '../text/l10n';

/** A QuickPick row without VS Code types, so the grouping can be tested on its own. */
export type PickRow =
    | { readonly kind: 'separator'; readonly label: string }
    | {
          readonly kind: 'entry';
          readonly id: string;
          readonly label: string;
          readonly description: string;
          readonly detail: string;
          readonly picked: boolean;
      };

/** A language's group of entries of one kind, as its separator names it. */
function kindGroupLabel(kind: Kind, l10n: L10n): string {
    const labels: Record<Kind, string> = {
        language: l10n.t('Languages'),
        runtime: l10n.t('Runtimes'),
        framework: l10n.t('Frameworks'),
        library: l10n.t('Libraries'),
        tool: l10n.t('Tools'),
    };
    return labels[kind];
}


/**
 * The catalog grouped by language (the entry's ecosystem, named after its language entry)
 * and then by kind, each group under a separator and sorted by name.
 */
export function buildPickRows(
    entries: readonly CatalogEntry[],
    catalog: EntryLookup,
    picked: ReadonlySet<string>,
    l10n: L10n,
): PickRow[] {
    const rows: PickRow[] = [];
    const categories = categoryLabels(l10n);
    for (const ecosystem of ECOSYSTEMS) {
        const language = catalog.nameOf(ecosystem);
        for (const kind of KINDS) {
            const group = entries.filter((entry) => entry.ecosystem === ecosystem && entry.kind === kind).sort(byEntryName);
            if (group.length === 0) {
                continue;
            }
            rows.push({ kind: 'separator', label: `${language} · ${kindGroupLabel(kind, l10n)}` });
            for (const entry of group) {
                rows.push({
                    kind: 'entry',
                    id: entry.id,
                    label: entry.name,
                    description: categories[entry.category],
                    detail: entry.summary,
                    picked: picked.has(entry.id),
                });
            }
        }
    }
    return rows;
}

/** The separator over the matches of one kind. */
function rankGroupLabel(rank: MatchRank, l10n: L10n): string {
    const labels: Record<MatchRank, string> = {
        [MatchRank.exact]: l10n.t('Best match'),
        [MatchRank.name]: l10n.t('Names'),
        [MatchRank.topic]: l10n.t('Categories and use cases'),
    };
    return labels[rank];
}

function entryRow(entry: CatalogEntry, description: string, picked: boolean): PickRow {
    return { kind: 'entry', id: entry.id, label: entry.name, description, detail: entry.summary, picked };
}

/** Out of its language group, a row says its language too. */
const searchDescription = (entry: CatalogEntry, catalog: EntryLookup, categories: Readonly<Record<Category, string>>): string =>
    `${catalog.nameOf(entry.ecosystem)} · ${categories[entry.category]}`;

/**
 * The rows for what the user typed: the entries already picked first, in the order picked (so
 * nothing ticked is out of sight), then the browsing groups for an empty text, or else the
 * matches, best first, under a separator per kind of match.
 */
export function buildSearchRows(
    entries: readonly CatalogEntry[],
    catalog: EntryLookup,
    picked: readonly string[],
    text: string,
    l10n: L10n,
): PickRow[] {
    // Looked up once per keystroke, not once per row: the picker lists up to every entry.
    const categories = categoryLabels(l10n);
    const pickedEntries = picked.flatMap((id) => catalog.get(id) ?? []);
    const rows: PickRow[] = pickedEntries.length > 0 ? [{ kind: 'separator', label: l10n.t('Selected') }] : [];
    rows.push(...pickedEntries.map((entry) => entryRow(entry, searchDescription(entry, catalog, categories), true)));
    const rest = entries.filter((entry) => !picked.includes(entry.id));
    const query = parseQuery(text);
    if (query === undefined) {
        return [...rows, ...buildPickRows(rest, catalog, new Set(), l10n)];
    }
    let rank: MatchRank | undefined;
    for (const match of searchEntries(rest, query)) {
        if (match.rank !== rank) {
            rank = match.rank;
            rows.push({ kind: 'separator', label: rankGroupLabel(rank, l10n) });
        }
        rows.push(entryRow(match.entry, searchDescription(match.entry, catalog, categories), false));
    }
    return rows;
}

/**
 * The order of a multi-selection as the user made it: what stays ticked keeps its place, what
 * is newly ticked goes last. A QuickPick reports only the ticked set, in list order.
 */
export function inPickOrder(previous: readonly string[], selected: readonly string[]): string[] {
    return [...previous.filter((id) => selected.includes(id)), ...selected.filter((id) => !previous.includes(id))];
}

/**
 * The webview's add field matches what is typed against these labels, so two entries with
 * the same name are told apart by their id.
 */
export function buildPickerOptions(entries: readonly CatalogEntry[], exclude: ReadonlySet<string>): PickerOption[] {
    const nameCounts = new Map<string, number>();
    for (const entry of entries) {
        nameCounts.set(entry.name, (nameCounts.get(entry.name) ?? 0) + 1);
    }
    return entries
        .filter((entry) => !exclude.has(entry.id))
        .sort(byEntryName)
        .map((entry) => ({
            id: entry.id,
            label: (nameCounts.get(entry.name) ?? 0) > 1 ? `${entry.name} (${entry.id})` : entry.name,
        }));
}
