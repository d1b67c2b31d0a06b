import type { CompareViewModel } from '../../core/compare/protocol';
import { removeButton } from './columns';
import type { ElementLike, Html } from './dom';
import { fillPlaceholders } from '../../core/text/l10n';

/** Shown instead of the table below the minimum: how to add entries, and those chosen so far. */
export function emptyState<E extends ElementLike<E>>(html: Html<E>, model: CompareViewModel): E {
    const { h } = html;
    const chosen = model.table.columns.map((column) =>
        h('li', {}, h('span', { class: 'column-name' }, column.name), removeButton(html, column)),
    );
    return h(
        'section',
        { class: 'empty', 'aria-labelledby': 'empty-title' },
        h('h2', { id: 'empty-title' }, fillPlaceholders(html.text.emptyHeading, model.minColumns)),
        h('p', {}, html.text.emptyHelp),
        chosen.length > 0 ? h('p', {}, html.text.chosenSoFar) : undefined,
        chosen.length > 0 ? h('ul', { class: 'chosen' }, ...chosen) : undefined,
    );
}
