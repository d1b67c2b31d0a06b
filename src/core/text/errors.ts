/** What was thrown, as words for a message: an Error's message, anything else as a string. */
export function errorText(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}
