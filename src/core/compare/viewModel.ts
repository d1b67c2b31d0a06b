import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/schema';
import { buildPickerOptions } from './pickItems';
import type { CompareViewModel, TableColumn } from './protocol';
import { MAX_COLUMNS, MIN_COLUMNS, type Selection } from './selection';
import type { L10n } from '../text/l10n';
import { buildTableModel } from './tableModel';
import { dimensions } from '../catalog/entryFacts';
import { teamRingDimension, type TeamRingLookup } from './teamRow';

/**
 * The model the panel posts for a selection: the table of its entries, every other entry for
 * the add field, the column limits, the selection's notice and, right after a column was
 * removed, the name of its entry for the page to offer an undo. `teamRing` is given only when
 * a team file puts items on the radar: the table then ends with a "Team ring" row, labelled in
 * the display language (`l10n`).
 */
export function buildViewModel(
    selection: Selection,
    catalog: Pick<Catalog, 'get' | 'nameOf' | 'all'>,
    revision: number,
    l10n: L10n,
    removed?: string,
    teamRing?: TeamRingLookup,
): CompareViewModel {
    const entries = selection.ids.map((id) => catalog.get(id)).filter((entry): entry is CatalogEntry => entry !== undefined);
    return {
        revision,
        table: buildTableModel(entries, catalog, teamRing ? [...dimensions(l10n), teamRingDimension(teamRing, l10n)] : dimensions(l10n)),
        addable: buildPickerOptions(catalog.all(), new Set(selection.ids)),
        minColumns: MIN_COLUMNS,
        maxColumns: MAX_COLUMNS,
        ...(selection.notice === undefined ? {} : { notice: selection.notice }),
        ...(removed === undefined ? {} : { removed }),
    };
}

/** How many names a tab title spells out; tabs are narrow. */
const TITLE_NAMES = 3;

/**
 * The panel's tab title, in one form whatever the count: the entries' names, and beyond
 * three the first three with how many more ("Compare: A · B · C +2"), so every comparison
 * tab reads the same way and still says what it compares.
 */
export function panelTitle(columns: readonly Pick<TableColumn, 'name'>[], l10n: L10n): string {
    if (columns.length < MIN_COLUMNS) {
        return l10n.t('Compare');
    }
    const names = columns.slice(0, TITLE_NAMES).map((column) => column.name).join(' · ');
    const more = columns.length - TITLE_NAMES;
    return more > 0 ? l10n.t('Compare: {0} +{1}', names, more) : l10n.t('Compare: {0}', names);
}
