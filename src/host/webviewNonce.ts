/**
 * A fresh nonce for a webview page's one script: 16 random bytes as hex. Web Crypto is there
 * in both extension hosts (Node and the browser's web worker); node:crypto only in the first.
 */
export function freshNonce(): string {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
