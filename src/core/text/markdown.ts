/**
 * Escapes text so Markdown renders it literally: no emphasis, links, headings, HTML or
 * command URIs can come from catalog strings.
 */
export function escapeMarkdown(text: string): string {
    return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&:$]/g, (char) => `\\${char}`).replace(/\r\n?|\n/g, ' ');
}

/**
 * A Markdown link whose text is escaped and whose target cannot close the link early. Only
 * https and our own `command:` URIs are ever passed here.
 */
export function markdownLink(text: string, target: string): string {
    const safeTarget = target.replace(/[()<>\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${escapeMarkdown(text)}](${safeTarget})`;
}

/** A `command:` URI with JSON arguments, as VS Code's Markdown renderer expects them. */
export function commandUri(command: string, args: readonly unknown[]): string {
    return `command:${command}?${encodeURIComponent(JSON.stringify(args))}`;
}
