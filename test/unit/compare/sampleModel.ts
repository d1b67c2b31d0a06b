import type { CatalogEntry } from '../../../src/core/catalog/schema';
import type { CompareViewModel } from '../../../src/core/compare/protocol';
import { MAX_COLUMNS, MIN_COLUMNS } from '../../../src/core/compare/selection';
import { buildTableModel } from '../../../src/core/compare/tableModel';
import { catalogOf } from './builders';

/** The model the extension would post for these entries. */
export function viewModel(entries: CatalogEntry[], extra: Partial<CompareViewModel> = {}): CompareViewModel {
    return {
        revision: 1,
        table: buildTableModel(entries, catalogOf(...entries)),
        addable: [{ id: 'other', label: 'Other' }],
        minColumns: MIN_COLUMNS,
        maxColumns: MAX_COLUMNS,
        ...extra,
    };
}
