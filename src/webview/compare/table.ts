import { visibleRows, type TableModel, type TableRow } from '../../core/compare/protocol';
import type { ComparePageText } from '../../core/compare/protocol';
import { cell } from './cells';
import { columnHeader } from './columns';
import type { ElementLike, Html } from './dom';
import { fillPlaceholders } from '../../core/text/l10n';

/** The comparison table in a scrollable, focusable region, with the rows the toggle leaves. */
export function tableView<E extends ElementLike<E>>(html: Html<E>, table: TableModel, onlyDifferences: boolean): E {
    const { h } = html;
    const rows = visibleRows(table, onlyDifferences);
    const body = rows.length > 0 ? rows.map((row) => rowElement(html, table, row)) : [noDifferencesRow(html, table)];
    return h(
        'div',
        { class: 'table-scroll', role: 'region', 'aria-label': html.text.tableLabel, tabindex: '0' },
        h(
            'table',
            {},
            h('caption', {}, captionText(html.text, table, onlyDifferences)),
            h(
                'thead',
                {},
                h(
                    'tr',
                    {},
                    h('th', { scope: 'col', class: 'dimension-head' }, html.text.dimension),
                    ...table.columns.map((column, index) => columnHeader(html, column, index, table.columns.length)),
                ),
            ),
            h('tbody', {}, ...body),
        ),
    );
}

/** "A", "A and B", "A, B and C", with the display language's "and". */
function nameList(text: ComparePageText, names: readonly string[]): string {
    return names.length <= 1 ? names.join('') : fillPlaceholders(text.listEnd, names.slice(0, -1).join(', '), names[names.length - 1] ?? '');
}

/** What the table shows, in one sentence a screen reader reads before the cells. */
function captionText(text: ComparePageText, table: TableModel, onlyDifferences: boolean): string {
    const names = table.columns.map((column) => column.name);
    const differing = table.rows.filter((row) => row.differs).length;
    const caption = fillPlaceholders(text.caption, nameList(text, names), differing, table.rows.length);
    return onlyDifferences ? `${caption} ${text.captionOnlyDifferences}` : caption;
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
            row.dimension.kind === 'judgement' ? h('span', { class: 'badge judgement-badge' }, html.text.judgementBadge) : undefined,
            row.differs ? h('span', { class: 'badge differs-badge' }, html.text.differsBadge) : undefined,
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
        html.h('td', { colspan: String(table.columns.length + 1), class: 'missing' }, html.text.noDifferences),
    );
}
