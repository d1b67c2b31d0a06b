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

/** Logs a failure with its context and tells the user in one sentence: "Stack Guide could not <doing>: <why>". */
export function reportFailure(log: Log, doing: string, error: unknown): void {
    log.error(`Could not ${doing}:`, error);
    void vscode.window.showErrorMessage(`Stack Guide could not ${doing}: ${errorText(error)}`);
}

/** Milliseconds since `started` (from performance.now()), rounded for a log line. */
export const elapsed = (started: number): string => `${Math.round(performance.now() - started)} ms`;
