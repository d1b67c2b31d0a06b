/** The text with its first character upper-cased: a phrase made the start of a sentence. */
export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
