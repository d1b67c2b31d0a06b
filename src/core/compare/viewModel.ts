import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/schema';
import { buildPickerOptions } from './pickItems';
import type { CompareViewModel, TableColumn } from './protocol';
import { MAX_COLUMNS, MIN_COLUMNS, type Selection } from './selection';
import { buildTableModel } from './tableModel';

/**
 * The model the panel posts for a selection: the table of its entries, every other entry for
 * the add field, the column limits and the selection's notice.
 */
export function buildViewModel(
    selection: Selection,
    catalog: Pick<Catalog, 'get' | 'nameOf' | 'all'>,
    revision: number,
): CompareViewModel {
    const entries = selection.ids.map((id) => catalog.get(id)).filter((entry): entry is CatalogEntry => entry !== undefined);
    return {
        revision,
        table: buildTableModel(entries, catalog),
        addable: buildPickerOptions(catalog.all(), new Set(selection.ids)),
        minColumns: MIN_COLUMNS,
        maxColumns: MAX_COLUMNS,
        ...(selection.notice === undefined ? {} : { notice: selection.notice }),
    };
}

/** The panel's tab title. Tabs are narrow: it names up to three entries and counts beyond that. */
export function panelTitle(columns: readonly Pick<TableColumn, 'name'>[]): string {
    if (columns.length < MIN_COLUMNS) {
        return 'Compare';
    }
    return columns.length <= 3 ? `Compare: ${columns.map((column) => column.name).join(' · ')}` : `Compare ${columns.length} entries`;
}
