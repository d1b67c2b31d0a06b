import type { Catalog } from '../../core/catalog/catalog';
import { MAX_COLUMNS, MIN_COLUMNS } from '../../core/compare/selection';
import { pickEntries, pickEntry } from '../ui/entryPick';

/** Lets the user choose the entries to compare; undefined when the pick is dismissed. */
export function pickEntriesToCompare(catalog: Catalog, preselected: readonly string[]): Promise<string[] | undefined> {
    return pickEntries(catalog, { title: 'Stack Guide: Compare', placeholder: `Choose ${MIN_COLUMNS} to ${MAX_COLUMNS} entries to compare` }, preselected);
}

/** Lets the user choose one entry to add to the comparison, among those not in it yet. */
export function pickEntryToAdd(catalog: Catalog, shown: readonly string[]): Promise<string | undefined> {
    return pickEntry(catalog, { title: 'Stack Guide: Add to Comparison', placeholder: 'Choose an entry to add' }, new Set(shown));
}
