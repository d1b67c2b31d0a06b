import * as vscode from 'vscode';
import { errorText } from '../core/text/errors';

/**
 * The "Stack Guide" channel in the Output view: what was loaded, how long it took, and every
 * failure with what was being done. Its level follows "Developer: Set Log Level".
 */
export type Log = Pick<vscode.LogOutputChannel, 'trace' | 'debug' | 'info' | 'warn' | 'error'>;

export function registerLog(context: vscode.ExtensionContext): Log {
    const channel = vscode.window.createOutputChannel('Stack Guide', { log: true });
    context.subscriptions.push(channel);
    return channel;
}

/**
 * Logs a failure with what was being done (in English: the log goes into bug reports) and tells
 * the user in one sentence, "Stack Guide could not <doing>: <why>". `says` is that sentence in the
 * display language, translated whole with `{0}` for the reason, since word order differs between
 * languages ("Stack Guide konnte den Vergleich nicht öffnen: {0}"); without it the user reads
 * the English.
 */
export function reportFailure(log: Log, doing: string, error: unknown, says?: (reason: string) => string): void {
    log.error(`Could not ${doing}:`, error);
    const reason = errorText(error);
    void vscode.window.showErrorMessage(says ? says(reason) : `Stack Guide could not ${doing}: ${reason}`);
}

/** Milliseconds since `started` (from performance.now()), rounded for a log line. */
export const elapsed = (started: number): string => `${Math.round(performance.now() - started)} ms`;
