import { PAGE_TEXT_ATTRIBUTE, type ComparePageText } from './protocol';

/** What the page shell needs from the webview; every URI is a webview resource URI. */
export interface ShellResources {
    /** The display language, for `<html lang>`. */
    readonly language?: string;
    readonly nonce: string;
    readonly cspSource: string;
    readonly scriptUri: string;
    readonly styleUri: string;
    readonly codiconUri: string;
}

const HTML_ESCAPES: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/**
 * A nonce goes into the CSP unquoted by HTML, so anything but base64 could change the policy
 * (a `'` or `;` would end the source expression).
 */
const NONCE = /^[A-Za-z0-9+/]{16,}={0,2}$/;

export function contentSecurityPolicy(nonce: string, cspSource: string): string {
    if (!NONCE.test(nonce)) {
        throw new Error('The webview nonce must be base64.');
    }
    return [
        "default-src 'none'",
        `style-src ${cspSource}`,
        `font-src ${cspSource}`,
        `script-src 'nonce-${nonce}'`,
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
}

/** What every webview page's head holds besides its fixed parts. */
export interface PageHead {
    /** The display language, for `<html lang>`. */
    readonly language?: string;
    readonly nonce: string;
    readonly cspSource: string;
    /** Stylesheet URIs, in order. */
    readonly styles: readonly string[];
    /** Plain text: escaped here. */
    readonly title: string;
}

/**
 * The start of every webview page of the extension, up to `<body>`: the CSP with its nonce, the
 * viewport, the stylesheets and the title, each value escaped.
 */
export function pageHead(head: PageHead): string {
    const attr = escapeHtml;
    return `<!DOCTYPE html>
<html lang="${attr(head.language ?? 'en')}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(head.nonce, head.cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${head.styles.map((style) => `<link rel="stylesheet" href="${attr(style)}">`).join('\n')}
<title>${attr(head.title)}</title>
</head>`;
}

/**
 * The page the comparison panel loads. It holds no catalog text: the script draws the table
 * from the model the extension posts, so the only dynamic values here are the nonce, the
 * resource URIs and the page's words in the display language (`text`, which the script reads
 * from the root's PAGE_TEXT_ATTRIBUTE), all escaped. The status line is for screen readers
 * only: what the user sees of an action's outcome is next to the action (drawn by the script)
 * or in VS Code's status bar.
 */
export function buildShellHtml(resources: ShellResources, text: ComparePageText): string {
    const attr = escapeHtml;
    const head = {
        ...(resources.language === undefined ? {} : { language: resources.language }),
        nonce: resources.nonce,
        cspSource: resources.cspSource,
        styles: [resources.codiconUri, resources.styleUri],
        title: `Stack Guide: ${text.heading}`,
    };
    return `${pageHead(head)}
<body>
<main id="app" aria-busy="true" ${PAGE_TEXT_ATTRIBUTE}="${attr(JSON.stringify(text))}"><p class="loading">${attr(text.loading)}</p></main>
<p id="status" class="sr-only" role="status" aria-live="polite"></p>
<script nonce="${attr(resources.nonce)}" src="${attr(resources.scriptUri)}"></script>
</body>
</html>
`;
}
