import type { L10n } from './l10n';

/** "A", "A and B", "A, B and C": how the extension lists names and versions in a sentence. */
export function joinAsList(items: readonly string[]): string {
    if (items.length <= 1) {
        return items.join('');
    }
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

/** `joinAsList` in the display language: "A, B and C" in English, "A, B und C" in German. */
export function joinAsListIn(items: readonly string[], l10n: L10n): string {
    if (items.length <= 1) {
        return items.join('');
    }
    return l10n.t('{0} and {1}', items.slice(0, -1).join(', '), items[items.length - 1] ?? '');
}
