import { visibleRows, type TableModel, type TableRow } from '../../core/compare/protocol';
import { joinAsList } from '../../core/text/lists';
import { cell } from './cells';
import { columnHeader } from './columns';
import type { ElementLike, Html } from './dom';

/** The comparison table in a scrollable, focusable region, with the rows the toggle leaves. */
export function tableView<E extends ElementLike<E>>(html: Html<E>, table: TableModel, onlyDifferences: boolean): E {
    const { h } = html;
    const rows = visibleRows(table, onlyDifferences);
    const body = rows.length > 0 ? rows.map((row) => rowElement(html, table, row)) : [noDifferencesRow(html, table)];
    return h(
        'div',
        { class: 'table-scroll', role: 'region', 'aria-label': 'Comparison table', tabindex: '0' },
        h(
            'table',
            {},
            h('caption', {}, captionText(table, onlyDifferences)),
            h(
                'thead',
                {},
                h(
                    'tr',
                    {},
                    h('th', { scope: 'col', class: 'dimension-head' }, 'Dimension'),
                    ...table.columns.map((column, index) => columnHeader(html, column, index, table.columns.length)),
                ),
            ),
            h('tbody', {}, ...body),
        ),
    );
}

/** What the table shows, in one sentence a screen reader reads before the cells. */
function captionText(table: TableModel, onlyDifferences: boolean): string {
    const names = table.columns.map((column) => column.name);
    const differing = table.rows.filter((row) => row.differs).length;
    const shown = onlyDifferences ? ' Showing only the dimensions that differ.' : '';
    return `Comparing ${joinAsList(names)}: ${differing} of ${table.rows.length} dimensions differ.${shown}`;
}

/** A row: its dimension as the row header (with badges in words), then one cell per column. */
function rowElement<E extends ElementLike<E>>(html: Html<E>, table: TableModel, row: TableRow): E {
    const { h } = html;
    return h(
        'tr',
        row.differs ? { class: 'differs' } : {},
        h(
            'th',
            { scope: 'row' },
            h('span', { class: 'dimension' }, row.dimension.label),
            row.dimension.kind === 'judgement' ? h('span', { class: 'badge judgement-badge' }, 'judgement') : undefined,
            row.differs ? h('span', { class: 'badge differs-badge' }, 'differs') : undefined,
        ),
        ...row.cells.map((value, index) => {
            const column = table.columns[index];
            return column ? cell(html, row, value, column) : h('td', {});
        }),
    );
}

/** Stands in for the rows when "Only differences" leaves none. */
function noDifferencesRow<E extends ElementLike<E>>(html: Html<E>, table: TableModel): E {
    return html.h(
        'tr',
        {},
        html.h('td', { colspan: String(table.columns.length + 1), class: 'missing' }, 'These entries do not differ on any dimension.'),
    );
}
