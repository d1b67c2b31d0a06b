import type { CellValue, TableColumn, TableRow } from '../../core/compare/protocol';
import { FOCUS_ATTRIBUTE, focusKey } from './controls';
import type { ElementLike, Html } from './dom';
import { fillPlaceholders } from '../../core/text/l10n';

/** One table cell, drawn by the kind of its row's dimension; "Not stated" (in the display language) when it is empty. */
export function cell<E extends ElementLike<E>>(html: Html<E>, row: TableRow, value: CellValue, column: TableColumn): E {
    const { h } = html;
    const { kind } = row.dimension;
    const items = kind === 'list' ? value.items ?? [] : [];
    const links = kind === 'links' ? value.links ?? [] : [];
    if (value.text === '' && items.length === 0 && links.length === 0) {
        return h('td', {}, h('span', { class: 'missing' }, html.text.notStated));
    }
    switch (kind) {
        case 'list':
            return h('td', {}, h('ul', { class: 'items' }, ...items.map((item) => h('li', {}, item))));
        case 'links':
            return h('td', {}, h('ul', { class: 'items' }, ...links.map((item) => h('li', {}, html.link(item.label, item.url)))));
        case 'judgement':
            return judgementCell(html, row, value, column);
        case 'fact':
            return factCell(html, row, value, column);
    }
}

/** The value, with its rationale both as a tooltip and in a disclosure keyboards can open. */
function judgementCell<E extends ElementLike<E>>(html: Html<E>, row: TableRow, value: CellValue, column: TableColumn): E {
    const { h } = html;
    const rationale = value.rationale ?? html.text.noRationale;
    return h(
        'td',
        { class: 'judgement' },
        h('span', { class: 'value', title: fillPlaceholders(html.text.ourJudgement, rationale) }, value.text),
        h(
            'details',
            { class: 'rationale' },
            h(
                'summary',
                { [FOCUS_ATTRIBUTE]: focusKey({ control: 'why', dimension: row.dimension.id, id: column.id }) },
                html.icon('lightbulb'),
                html.text.why,
            ),
            h('p', {}, rationale),
        ),
    );
}

function factCell<E extends ElementLike<E>>(html: Html<E>, row: TableRow, value: CellValue, column: TableColumn): E {
    const { h } = html;
    return h(
        'td',
        {},
        h('span', { class: 'value' }, value.text),
        value.detail === undefined ? undefined : h('p', { class: 'detail' }, value.detail),
        value.source === undefined ? undefined : h('p', { class: 'source' }, sourceLink(html, value.source, row.dimension.label, column)),
    );
}

/** "Source", named for screen readers by what it is the source of. */
function sourceLink<E extends ElementLike<E>>(html: Html<E>, url: string, dimension: string, column: TableColumn): E | string {
    const label = html.h('span', {}, html.icon('link-external'), html.text.source, html.hidden(` ${fillPlaceholders(html.text.sourceOf, dimension, column.name)}`));
    return html.link(label, url, { title: url });
}
