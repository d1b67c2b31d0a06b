/**
 * The one gate every link in the comparison passes, in the extension and again in the
 * webview: the catalog promises https, but a renderer must not trust that, because a
 * `javascript:` or `command:` link in a webview or in copied Markdown would be live.
 */
export function safeHttpsUrl(raw: string): string | undefined {
    let url: URL;
    try {
        url = new URL(raw);
    } catch {
        return undefined;
    }
    // Credentials in a link are a phishing device, never something the catalog needs.
    if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') {
        return undefined;
    }
    return url.href;
}
