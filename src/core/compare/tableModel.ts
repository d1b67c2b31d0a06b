import type { CatalogEntry } from '../catalog/schema';
import { DIMENSIONS, type CellValue, type Dimension, type DimensionKind, type EntryLookup } from '../catalog/entryFacts';
import type { TableColumn, TableModel, TableRow } from './protocol';

/**
 * What makes two cells "the same" in a row of this kind. A list is a set: the same languages
 * in another order, or spelt in another case, are the same languages. Otherwise the value
 * alone counts; sources, details and rationales are deliberately left out: two MIT licences
 * cited from different pages are the same licence.
 */
function comparisonKey(cell: CellValue, kind: DimensionKind): string {
    if (kind === 'list') {
        const items = new Set((cell.items ?? []).map((item) => item.trim().toLowerCase()));
        return JSON.stringify([...items].sort());
    }
    return JSON.stringify(cell.text);
}

/**
 * True when at least two cells hold different values. Rows of links never differ: every
 * entry has its own homepage, repository and users, so the mark would be on every row and
 * "Only differences" would hide nothing by them.
 */
export function rowDiffers(kind: DimensionKind, cells: readonly CellValue[]): boolean {
    if (kind === 'links') {
        return false;
    }
    return new Set(cells.map((cell) => comparisonKey(cell, kind))).size > 1;
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
            differs: rowDiffers(dimension.kind, cells),
        };
    });
    return { columns, rows };
}
