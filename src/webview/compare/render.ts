import type { CompareViewModel } from '../../core/compare/protocol';
import { htmlFor, type DocumentLike, type ElementLike } from './dom';
import { emptyState } from './emptyState';
import { tableView } from './table';
import { toolbar } from './toolbar';

export interface RenderOptions {
    readonly onlyDifferences: boolean;
}

/** Builds the panel's content for one model. Returns the nodes to put in the page's root. */
export function renderCompare<E extends ElementLike<E>>(doc: DocumentLike<E>, model: CompareViewModel, options: RenderOptions): E[] {
    const html = htmlFor(doc);
    const enoughColumns = model.table.columns.length >= model.minColumns;
    const notice = model.notice === undefined ? [] : [html.h('p', { class: 'notice', role: 'note' }, html.icon('info'), model.notice)];
    return [
        toolbar(html, model, { onlyDifferences: options.onlyDifferences, enoughColumns }),
        ...notice,
        enoughColumns ? tableView(html, model.table, options.onlyDifferences) : emptyState(html, model),
    ];
}
