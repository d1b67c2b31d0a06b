import * as vscode from 'vscode';
import { CommandIds, RADAR_VIEW_TYPE } from '../../core/contributions';
import type { WorkspaceUsage } from '../../core/radar/radarModel';
import type { CatalogSource } from '../catalogSource';
import { lazy } from '../lazy';
import { reportFailure, type Log } from '../log';
import type { TeamSource } from '../team/teamSource';
import { showRadarLoading } from './radarLoading';
import type { RadarPanel, RadarState } from './radarPanel';

/** The radar as the integration tests see it. */
export interface RadarApi {
    /** Opens the radar; resolves once its page has drawn. */
    open(): Promise<void>;
    /** What the page shows, as its script counted it. */
    state(): RadarState;
}

/**
 * Registers "Show Team Radar" and the radar's restore after a reload. The panel module
 * (dist/chunks/radar.js) loads when the radar is first opened or restored. `lastUsage` is what
 * the last workspace review found declared, when there was one.
 */
export function registerRadar(context: vscode.ExtensionContext, catalog: CatalogSource, team: TeamSource, lastUsage: () => WorkspaceUsage | undefined, log: Log): RadarApi {
    let loaded: RadarPanel | undefined;
    const panel = lazy(() =>
        import('./radarPanel.js').then(({ RadarPanel: Panel }) => {
            loaded = new Panel(context.extensionUri, catalog, team, lastUsage, log);
            context.subscriptions.push(loaded);
            return loaded;
        }),
    );
    const open = async (): Promise<void> => (await panel()).open();
    context.subscriptions.push(
        vscode.commands.registerCommand(CommandIds.showTeamRadar, () => open().catch((error: unknown) => reportFailure(log, 'show the team radar', error, (reason) => vscode.l10n.t('Stack Guide could not show the team radar: {0}', reason)))),
        vscode.window.registerWebviewPanelSerializer(RADAR_VIEW_TYPE, {
            // The loading page first and the promise settled at once: VS Code mounts a restored
            // page only when this returns, so awaiting the module and the team files would leave it blank.
            deserializeWebviewPanel: (restored) => {
                showRadarLoading(restored, context.extensionUri);
                void panel()
                    .then((loadedPanel) => loadedPanel.revive(restored))
                    .catch((error: unknown) => reportFailure(log, 'restore the team radar', error, (reason) => vscode.l10n.t('Stack Guide could not restore the team radar: {0}', reason)));
                return Promise.resolve();
            },
        }),
    );
    return { open, state: () => loaded?.state() ?? { open: false, rendered: false } };
}
