import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import { buildPickRows, type PickRow } from '../../core/compare/pickItems';
import { runQuickPick } from './quickPick';

/**
 * The one way the user picks catalog entries: grouped by language and then kind under
 * separators, sorted by name, matched on the category too. The compare pickers and the entry
 * commands all use it, so an entry is found in the same place wherever it is asked for.
 */
interface EntryItem extends vscode.QuickPickItem {
    readonly id?: string;
}

function toItem(row: PickRow): EntryItem {
    return row.kind === 'separator'
        ? { label: row.label, kind: vscode.QuickPickItemKind.Separator }
        : { id: row.id, label: row.label, description: row.description, detail: row.detail };
}

const ids = (items: readonly EntryItem[]): string[] => items.flatMap((item) => (item.id === undefined ? [] : [item.id]));

export interface EntryPickText {
    readonly title: string;
    readonly placeholder: string;
}

/** One entry, among those not excluded; undefined when the pick is dismissed. */
export async function pickEntry(catalog: Catalog, text: EntryPickText, exclude: ReadonlySet<string> = new Set()): Promise<string | undefined> {
    const entries = catalog.all().filter((entry) => !exclude.has(entry.id));
    const outcome = await runQuickPick({ ...text, items: buildPickRows(entries, catalog, new Set()).map(toItem), matchOnDescription: true });
    return outcome.type === 'accepted' ? ids(outcome.items)[0] : undefined;
}

/** Several entries, the preselected ones ticked; undefined when the pick is dismissed. */
export async function pickEntries(catalog: Catalog, text: EntryPickText, preselected: readonly string[]): Promise<string[] | undefined> {
    const items = buildPickRows(catalog.all(), catalog, new Set(preselected)).map((row) => ({ item: toItem(row), picked: row.kind === 'entry' && row.picked }));
    const outcome = await runQuickPick({
        ...text,
        items: items.map(({ item }) => item),
        selected: items.flatMap(({ item, picked }) => (picked ? [item] : [])),
        canSelectMany: true,
        matchOnDescription: true,
    });
    return outcome.type === 'accepted' ? ids(outcome.items) : undefined;
}
