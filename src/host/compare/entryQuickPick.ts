import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import { MAX_COLUMNS, MIN_COLUMNS } from '../../core/compare/selection';
import { pickEntries, pickEntry } from '../ui/entryPick';

/** Lets the user choose the entries to compare; undefined when the pick is dismissed. */
export function pickEntriesToCompare(catalog: Catalog, preselected: readonly string[]): Promise<string[] | undefined> {
    const text = { title: `Stack Guide: ${vscode.l10n.t('Compare')}`, placeholder: vscode.l10n.t('Choose {0} to {1} entries to compare', MIN_COLUMNS, MAX_COLUMNS) };
    return pickEntries(catalog, text, preselected);
}

/** Lets the user choose one entry to add to the comparison, among those not in it yet. */
export function pickEntryToAdd(catalog: Catalog, shown: readonly string[]): Promise<string | undefined> {
    const text = { title: `Stack Guide: ${vscode.l10n.t('Add to Comparison')}`, placeholder: vscode.l10n.t('Choose an entry to add') };
    return pickEntry(catalog, text, new Set(shown));
}
