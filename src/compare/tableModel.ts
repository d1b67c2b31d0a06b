import type { CatalogEntry, Kind } from '../catalog/schema';
import { DIMENSIONS, type CellValue, type Dimension, type DimensionKind, type EntryLookup } from './dimensions';

export interface TableColumn {
    readonly id: string;
    readonly name: string;
    readonly kind: Kind;
    readonly summary: string;
}

/** A dimension without its accessor, so the model stays plain JSON for the webview. */
export interface RowDimension {
    readonly id: string;
    readonly label: string;
    readonly kind: DimensionKind;
}

export interface TableRow {
    readonly dimension: RowDimension;
    /** One cell per column, in column order. */
    readonly cells: readonly CellValue[];
    /** True when at least two columns hold different values. */
    readonly differs: boolean;
}

export interface TableModel {
    readonly columns: readonly TableColumn[];
    readonly rows: readonly TableRow[];
}

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

/** The rows the "Only differences" toggle leaves visible. */
export function visibleRows(model: TableModel, onlyDifferences: boolean): readonly TableRow[] {
    return onlyDifferences ? model.rows.filter((row) => row.differs) : model.rows;
}
