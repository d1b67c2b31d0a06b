import type { CompareViewModel } from '../../core/compare/protocol';
import type { ComparePageText } from '../../core/compare/protocol';
import { htmlFor, type DocumentLike, type ElementLike } from './dom';
import { emptyState } from './emptyState';
import { tableView } from './table';
import { toolbar, undoOffer } from './toolbar';

export interface RenderOptions {
    /** The page's words in the display language, from the page's HTML. */
    readonly text: ComparePageText;
    readonly onlyDifferences: boolean;
    /** Why the add field's text could not be added (shown under the field). */
    readonly addError?: string;
}

/**
 * Builds the panel's content for one model. Returns the nodes to put in the page's root.
 * Feedback (the selection's notice, the undo of a removal) goes right under the toolbar,
 * where the action was, never below the table.
 */
export function renderCompare<E extends ElementLike<E>>(doc: DocumentLike<E>, model: CompareViewModel, options: RenderOptions): E[] {
    const html = htmlFor(doc, options.text);
    const enoughColumns = model.table.columns.length >= model.minColumns;
    const notice = model.notice === undefined ? [] : [html.h('p', { class: 'notice', role: 'note' }, html.icon('info'), model.notice)];
    const undo = model.removed === undefined ? [] : [undoOffer(html, model.removed)];
    return [
        toolbar(html, model, { onlyDifferences: options.onlyDifferences, enoughColumns, addError: options.addError }),
        ...notice,
        ...undo,
        enoughColumns ? tableView(html, model.table, options.onlyDifferences) : emptyState(html, model),
    ];
}
