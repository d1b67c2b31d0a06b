import * as vscode from 'vscode';
import type { RowIcon } from '../core/catalog/statuses';

/** A core row icon as VS Code draws it, coloured where the core asks. */
export function themeIcon(icon: RowIcon): vscode.ThemeIcon {
    return icon.color === undefined ? new vscode.ThemeIcon(icon.id) : new vscode.ThemeIcon(icon.id, new vscode.ThemeColor(icon.color));
}
