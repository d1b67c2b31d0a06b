import type { TableColumn } from '../../core/compare/protocol';
import { actionAttributes, FOCUS_ATTRIBUTE, focusKey, type MoveOffset } from './controls';
import type { ElementLike, Html } from './dom';
import { fillPlaceholders } from '../../core/text/l10n';

/** A column's header: its name, its summary, and buttons to move it left, right or away. */
export function columnHeader<E extends ElementLike<E>>(html: Html<E>, column: TableColumn, index: number, count: number): E {
    const { h } = html;
    return h(
        'th',
        { scope: 'col', class: 'column' },
        h('span', { class: 'column-name' }, column.name),
        h('span', { class: 'column-summary' }, column.summary),
        h(
            'span',
            { class: 'column-actions' },
            moveButton(html, column, -1, index === 0),
            moveButton(html, column, 1, index === count - 1),
            removeButton(html, column),
        ),
    );
}

/** Named for screen readers by the column it acts on; the icon alone says nothing. */
export function removeButton<E extends ElementLike<E>>(html: Html<E>, column: TableColumn): E {
    const label = fillPlaceholders(html.text.removeColumn, column.name);
    return html.h(
        'button',
        {
            type: 'button',
            class: 'icon-button',
            ...actionAttributes({ action: 'remove', id: column.id }),
            [FOCUS_ATTRIBUTE]: focusKey({ control: 'remove', id: column.id }),
            'aria-label': label,
            title: label,
        },
        html.icon('close'),
    );
}

function moveButton<E extends ElementLike<E>>(html: Html<E>, column: TableColumn, offset: MoveOffset, disabled: boolean): E {
    const label = fillPlaceholders(offset === -1 ? html.text.moveLeft : html.text.moveRight, column.name);
    return html.h(
        'button',
        {
            type: 'button',
            class: 'icon-button',
            ...actionAttributes({ action: 'move', id: column.id, offset }),
            [FOCUS_ATTRIBUTE]: focusKey({ control: 'move', id: column.id, offset }),
            'aria-label': label,
            title: label,
            disabled,
        },
        html.icon(offset === -1 ? 'arrow-left' : 'arrow-right'),
    );
}
