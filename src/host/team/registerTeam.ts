import type * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import type { Log } from '../log';
import { TeamSource } from './teamSource';

/**
 * Registers the team files' source: watchers only, nothing is read at activation. Hovers,
 * diagnostics and the other views ask `get()` (or `current()`) and listen to `onDidChange`.
 */
export function registerTeam(context: vscode.ExtensionContext, catalog: CatalogSource, log: Log): TeamSource {
    const team = new TeamSource(catalog, log);
    context.subscriptions.push(team);
    return team;
}
