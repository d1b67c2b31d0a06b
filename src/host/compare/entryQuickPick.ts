import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import { buildPickRows, type PickRow } from '../../core/compare/pickItems';
import { MAX_COLUMNS, MIN_COLUMNS } from '../../core/compare/selection';

interface EntryItem extends vscode.QuickPickItem {
    readonly id?: string;
}

function toItem(row: PickRow): EntryItem {
    return row.kind === 'separator'
        ? { label: row.label, kind: vscode.QuickPickItemKind.Separator }
        : { id: row.id, label: row.label, description: row.description, detail: row.detail, picked: row.picked };
}

const ids = (items: readonly EntryItem[]): string[] => items.flatMap((item) => (item.id === undefined ? [] : [item.id]));

/** Lets the user choose the entries to compare; undefined when the pick is dismissed. */
export async function pickEntriesToCompare(catalog: Catalog, preselected: readonly string[]): Promise<string[] | undefined> {
    const items = buildPickRows(catalog.all(), catalog, new Set(preselected)).map(toItem);
    const picked = await vscode.window.showQuickPick(items, {
        title: 'Stack Guide: Compare',
        placeHolder: `Choose ${MIN_COLUMNS} to ${MAX_COLUMNS} entries to compare`,
        canPickMany: true,
        matchOnDescription: true,
    });
    return picked ? ids(picked) : undefined;
}

/** Lets the user choose one entry to add to the comparison, among those not in it yet. */
export async function pickEntryToAdd(catalog: Catalog, shown: readonly string[]): Promise<string | undefined> {
    const exclude = new Set(shown);
    const entries = catalog.all().filter((entry) => !exclude.has(entry.id));
    const picked = await vscode.window.showQuickPick(buildPickRows(entries, catalog, new Set()).map(toItem), {
        title: 'Stack Guide: Add to Comparison',
        placeHolder: 'Choose an entry to add',
        matchOnDescription: true,
    });
    return picked?.id;
}
