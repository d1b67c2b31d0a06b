/**
 * How core code says something in the user's display language without importing `vscode`: a
 * function that builds text takes an `l10n` argument and calls `l10n.t('English {0}', value)`.
 * The host passes `vscode.l10n`, which looks the English up in l10n/bundle.l10n.<language>.json;
 * tests and build tools pass `english`. The argument is named `l10n` on purpose: the string
 * export (`npm run l10n`) finds exactly the `l10n.t(...)` calls, in core as in host code.
 */
export interface L10n {
    /** The message in the display language, `{0}`, `{1}`… replaced by `args` in order. */
    t(message: string, ...args: (string | number)[]): string;
}

/**
 * `message` with `{0}`, `{1}`… replaced by `args` in order; a placeholder with no argument stays,
 * as vscode.l10n.t leaves it. Also how a webview fills a translated template it was handed.
 */
export function fillPlaceholders(message: string, ...args: (string | number)[]): string {
    return message.replace(/\{(\d+)\}/g, (placeholder, index: string) => String(args[Number(index)] ?? placeholder));
}

/** The messages as written in the source, placeholders filled: what VS Code shows with no bundle. */
export const english: L10n = { t: fillPlaceholders };
