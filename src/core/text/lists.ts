/** "A", "A and B", "A, B and C": how the extension lists names and versions in a sentence. */
export function joinAsList(items: readonly string[]): string {
    if (items.length <= 1) {
        return items.join('');
    }
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
