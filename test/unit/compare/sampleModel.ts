import type { CatalogEntry } from '../../../src/core/catalog/schema';
import { comparePageText } from '../../../src/core/compare/pageText';
import type { CompareViewModel } from '../../../src/core/compare/protocol';
import { MAX_COLUMNS, MIN_COLUMNS } from '../../../src/core/compare/selection';
import { buildTableModel } from '../../../src/core/compare/tableModel';
import { english } from '../../../src/core/text/l10n';
import { catalogOf } from './builders';

/** The page's words as VS Code gives them with no translation. */
export const pageText = comparePageText(english);

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
