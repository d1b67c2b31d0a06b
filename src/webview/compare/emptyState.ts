import type { CompareViewModel } from '../../core/compare/protocol';
import { removeButton } from './columns';
import type { ElementLike, Html } from './dom';

/** Shown instead of the table below the minimum: how to add entries, and those chosen so far. */
export function emptyState<E extends ElementLike<E>>(html: Html<E>, model: CompareViewModel): E {
    const { h } = html;
    const chosen = model.table.columns.map((column) =>
        h('li', {}, h('span', { class: 'column-name' }, column.name), removeButton(html, column)),
    );
    return h(
        'section',
        { class: 'empty', 'aria-labelledby': 'empty-title' },
        h('h2', { id: 'empty-title' }, `Choose at least ${model.minColumns} entries to compare`),
        h('p', {}, 'Type a name in “Add an entry” or browse the catalog. The command “Stack Guide: Compare…” opens a comparison too.'),
        chosen.length > 0 ? h('p', {}, 'Chosen so far:') : undefined,
        chosen.length > 0 ? h('ul', { class: 'chosen' }, ...chosen) : undefined,
    );
}
