import type { EntryLookup } from '../catalog/entryFacts';
import type { L10n } from '../text/l10n';

/** Fewer columns than this is not a comparison; the panel shows its empty state instead. */
export const MIN_COLUMNS = 2;
/** More columns than this do not fit a readable table. */
export const MAX_COLUMNS = 5;

export interface Selection {
    readonly ids: readonly string[];
    /** Why the selection differs from what was asked, for the panel to say so. */
    readonly notice?: string;
}

/** Keeps the known ids, once each, in the order asked, at most MAX_COLUMNS of them. */
export function selectIds(requested: readonly string[], catalog: EntryLookup, l10n: L10n): Selection {
    const unique = [...new Set(requested)];
    const known = unique.filter((id) => catalog.get(id) !== undefined);
    const unknown = unique.filter((id) => catalog.get(id) === undefined);
    const notices: string[] = [];
    if (unknown.length > 0) {
        notices.push(l10n.t('Not in the catalog: {0}.', unknown.join(', ')));
    }
    if (known.length > MAX_COLUMNS) {
        notices.push(l10n.t('{0} entries were asked for, but a comparison shows at most {1}: showing the first {1}.', known.length, MAX_COLUMNS));
    }
    const ids = known.slice(0, MAX_COLUMNS);
    return notices.length > 0 ? { ids, notice: notices.join(' ') } : { ids };
}

export function withAdded(ids: readonly string[], id: string, catalog: EntryLookup, l10n: L10n): Selection {
    const name = catalog.nameOf(id);
    if (ids.includes(id)) {
        return { ids, notice: l10n.t('{0} is already in the comparison.', name) };
    }
    if (ids.length >= MAX_COLUMNS) {
        return { ids, notice: l10n.t('A comparison shows at most {0} entries: remove one to add {1}.', MAX_COLUMNS, name) };
    }
    return selectIds([...ids, id], catalog, l10n);
}

export function withRemoved(ids: readonly string[], id: string): readonly string[] {
    return ids.filter((existing) => existing !== id);
}

/** Moves a column one place left (-1) or right (1); at either end it stays put. */
export function withMoved(ids: readonly string[], id: string, offset: -1 | 1): readonly string[] {
    const from = ids.indexOf(id);
    const to = from + offset;
    if (from < 0 || to < 0 || to >= ids.length) {
        return ids;
    }
    const moved = withRemoved(ids, id).slice();
    moved.splice(to, 0, id);
    return moved;
}
