import * as vscode from 'vscode';
import { REVIEW_IGNORE_SETTING } from '../../core/contributions';
import { ignoredKeys } from '../../core/review/ignore';

/** The ignored keys for the review: the workspace's setting as VS Code resolves it. */
export function readIgnoredFindings(): ReadonlySet<string> {
    return ignoredKeys(vscode.workspace.getConfiguration().get<unknown>(REVIEW_IGNORE_SETTING));
}

/** The row's key, when the command was run on a finding row (the only place its menu shows). */
function keyOf(node: unknown): string | undefined {
    if (typeof node !== 'object' || node === null || !('ignoreKey' in node)) {
        return undefined;
    }
    return typeof node.ignoreKey === 'string' ? node.ignoreKey : undefined;
}

/**
 * "Ignore in This Workspace": adds the finding's key to the workspace setting, which the
 * review reads on its next run (the setting change starts one). Only settings are written,
 * never a manifest.
 */
export async function ignoreFinding(node: unknown): Promise<void> {
    const key = keyOf(node);
    if (key === undefined) {
        return;
    }
    const configuration = vscode.workspace.getConfiguration();
    const current = configuration.inspect<unknown>(REVIEW_IGNORE_SETTING)?.workspaceValue;
    const keys = [...ignoredKeys(current)];
    if (!keys.includes(key)) {
        await configuration.update(REVIEW_IGNORE_SETTING, [...keys, key], vscode.ConfigurationTarget.Workspace);
    }
}
