/** The log line prefix by which the webview benchmark's two halves talk (no `vscode` import here). */
export const MARK = 'stack-guide-bench open';
