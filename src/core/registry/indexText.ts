/** The most characters of a package summary that the index keeps. */
export const SUMMARY_MAX_LENGTH = 200;

/**
 * A registry summary made fit to store: a leading "[tested here: …]" note is removed (those
 * words are a list maker's, not the authors'), control characters become spaces, runs of
 * white space shrink to one, and text past SUMMARY_MAX_LENGTH is cut with an ellipsis. The
 * words themselves are kept as the authors wrote them; nothing is interpreted (Markdown,
 * HTML and command links stay plain characters, escaped where they are shown).
 */
export function cleanSummary(text: string): string {
    const withoutNote = text.replace(/^\s*\[tested here:[^\]]*\]/i, '');
    // Bidirectional overrides too: they can make shown text read otherwise than it is stored.
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    const plain = withoutNote.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
    if (plain.length <= SUMMARY_MAX_LENGTH) {
        return plain;
    }
    let cut = plain.slice(0, SUMMARY_MAX_LENGTH - 1);
    // Never leave half of a surrogate pair at the end.
    if (/[\ud800-\udbff]$/.test(cut)) {
        cut = cut.slice(0, -1);
    }
    return `${cut.trimEnd()}\u2026`;
}

/** A homepage worth linking: an https URL without white space, else undefined. */
export function httpsUrl(value: unknown): string | undefined {
    return typeof value === 'string' && /^https:\/\/[^\s/]+[^\s]*$/.test(value) && value.length <= 2048 ? value : undefined;
}
