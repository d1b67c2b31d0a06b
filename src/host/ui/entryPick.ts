import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import type { CatalogEntry } from '../../core/catalog/schema';
import { buildSearchRows, inPickOrder, type PickRow } from '../../core/compare/pickItems';
import { runQuickPick, type SearchResult } from './quickPick';

/**
 * The one way the user picks catalog entries: grouped by language and then kind while nothing
 * is typed; once something is, the extension's own matches (names and aliases first, then
 * categories and use cases), best first. The compare pickers and the entry commands all use
 * it, so an entry is found the same way wherever it is asked for.
 */
interface EntryItem extends vscode.QuickPickItem {
    readonly id?: string;
}

function toItem(row: PickRow): EntryItem {
    // alwaysShow: the rows are already the matches; VS Code's fuzzy filter would drop an alias match.
    return row.kind === 'separator'
        ? { label: row.label, kind: vscode.QuickPickItemKind.Separator }
        : { id: row.id, label: row.label, description: row.description, detail: row.detail, alwaysShow: true };
}

const ids = (items: readonly EntryItem[]): string[] => items.flatMap((item) => (item.id === undefined ? [] : [item.id]));

export interface EntryPickText {
    readonly title: string;
    readonly placeholder: string;
}

/** The rows for the typed text, with the picked ones ticked and the best match focused. */
function searchResult(catalog: Catalog, entries: readonly CatalogEntry[], picked: readonly string[], value: string): SearchResult<EntryItem> {
    const rows = buildSearchRows(entries, catalog, picked, value, vscode.l10n);
    const items = rows.map(toItem);
    const isPicked = (index: number): boolean => {
        const row = rows[index];
        return row?.kind === 'entry' && row.picked;
    };
    const selected = items.filter((_, index) => isPicked(index));
    const firstMatch = value.trim() === '' ? undefined : items.find((item, index) => item.id !== undefined && !isPicked(index));
    return { items, selected, active: firstMatch ?? selected[0] };
}

/** One entry, among those not excluded; undefined when the pick is dismissed. */
export async function pickEntry(catalog: Catalog, text: EntryPickText, exclude: ReadonlySet<string> = new Set()): Promise<string | undefined> {
    const entries = catalog.all().filter((entry) => !exclude.has(entry.id));
    const outcome = await runQuickPick({ ...text, items: [], search: (value) => searchResult(catalog, entries, [], value) });
    return outcome.type === 'accepted' ? ids(outcome.items)[0] : undefined;
}

/**
 * Several entries, the preselected ones ticked and shown first; undefined when the pick is
 * dismissed. The ids come back in the order they were ticked, which becomes the columns' order.
 */
export async function pickEntries(catalog: Catalog, text: EntryPickText, preselected: readonly string[]): Promise<string[] | undefined> {
    let order = [...preselected];
    const outcome = await runQuickPick<EntryItem>({
        ...text,
        items: [],
        canSelectMany: true,
        search: (value) => searchResult(catalog, catalog.all(), order, value),
        onSelection: (selected) => {
            order = inPickOrder(order, ids(selected));
        },
    });
    return outcome.type === 'accepted' ? inPickOrder(order, ids(outcome.items)) : undefined;
}
