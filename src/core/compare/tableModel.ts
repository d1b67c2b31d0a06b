import type { CatalogEntry } from '../catalog/schema';
import { DIMENSIONS, type CellValue, type Dimension, type EntryLookup } from '../catalog/entryFacts';
import type { TableColumn, TableModel, TableRow } from './protocol';

/**
 * What makes two cells "the same": the value and, for links, where they lead. Sources,
 * details and rationales are deliberately left out: two MIT licences cited from different
 * pages are the same licence.
 */
function comparisonKey(cell: CellValue): string {
    return JSON.stringify([cell.text, cell.links?.map((link) => link.url ?? link.label) ?? []]);
}

export function buildTableModel(
    entries: readonly CatalogEntry[],
    catalog: EntryLookup,
    dimensions: readonly Dimension[] = DIMENSIONS,
): TableModel {
    const columns = entries.map(({ id, name, kind, summary }): TableColumn => ({ id, name, kind, summary }));
    const rows = dimensions.map((dimension): TableRow => {
        const cells = entries.map((entry) => dimension.cell(entry, catalog));
        return {
            dimension: { id: dimension.id, label: dimension.label, kind: dimension.kind },
            cells,
            differs: new Set(cells.map(comparisonKey)).size > 1,
        };
    });
    return { columns, rows };
}
