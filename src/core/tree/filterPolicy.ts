import type { CatalogTree, EntryNode } from './catalogTreeModel';
import type { L10n } from '../text/l10n';

/** What the catalog view shows about its filter: the title's description and the menus' context keys. */
export interface FilterViewState {
    /** Beside the view's title ("filter: orm"); undefined without a filter. */
    readonly description: string | undefined;
    /** Shows "Clear Filter" in the title bar and the palette. */
    readonly filterActive: boolean;
    /** Shows the welcome text that offers to clear a filter matching nothing. */
    readonly filterEmpty: boolean;
}

/** The text a filter is applied as: surrounding spaces typed into the input box do not count. */
export function normalizeFilter(text: string): string {
    return text.trim();
}

export function filterViewState(filter: string, tree: CatalogTree, l10n: L10n): FilterViewState {
    const active = filter !== '';
    return {
        description: active ? l10n.t('filter: {0}', filter) : undefined,
        filterActive: active,
        filterEmpty: tree.roots.length === 0,
    };
}

/**
 * The next step in revealing an entry: its row when the tree shows it; clearing the filter when
 * the filter may hide it (showing the entry matters more than keeping the filter); otherwise
 * nothing, as the catalog has no such entry.
 */
export type RevealStep =
    | { readonly kind: 'reveal'; readonly node: EntryNode }
    | { readonly kind: 'clear-filter' }
    | { readonly kind: 'missing' };

export function revealStep(tree: CatalogTree, filter: string, entryId: string): RevealStep {
    const node = tree.nodesByEntry.get(entryId);
    if (node) {
        return { kind: 'reveal', node };
    }
    return filter !== '' ? { kind: 'clear-filter' } : { kind: 'missing' };
}
