import * as vscode from 'vscode';
import type { CatalogSource } from './catalogSource';
import { installCommand } from '../core/catalog/installCommand';
import type { CatalogEntry } from '../core/catalog/schema';
import type { DetailsPages } from './details';
import { CommandIds } from '../core/contributions';
import { pickEntry } from './ui/entryPick';

/**
 * The entry's commands accept what each caller has: a tree row, an entry id (palette
 * arguments, hover links, other extensions) or nothing, in which case the user picks one.
 */
async function resolveEntry(catalog: CatalogSource, arg: unknown, title: string): Promise<CatalogEntry | undefined> {
    const loaded = await catalog.get();
    if (typeof arg === 'string') {
        const entry = loaded.get(arg);
        if (!entry) {
            void vscode.window.showWarningMessage(vscode.l10n.t('Stack Guide has no entry "{0}".', arg));
        }
        return entry;
    }
    if (isEntryRow(arg)) {
        return arg.entry;
    }
    const picked = await pickEntry(loaded, { title: `Stack Guide: ${title}`, placeholder: vscode.l10n.t('Choose an entry') });
    return picked === undefined ? undefined : loaded.get(picked);
}

function isEntryRow(arg: unknown): arg is { type: 'entry'; entry: CatalogEntry } {
    return typeof arg === 'object' && arg !== null && (arg as { type?: unknown }).type === 'entry';
}

export function registerEntryCommands(context: vscode.ExtensionContext, catalog: CatalogSource, details: DetailsPages): void {
    context.subscriptions.push(
        vscode.commands.registerCommand(CommandIds.openDocumentation, async (arg: unknown) => {
            const entry = await resolveEntry(catalog, arg, vscode.l10n.t('Open Documentation'));
            if (entry) {
                await vscode.env.openExternal(vscode.Uri.parse(entry.links.docs ?? entry.links.homepage));
            }
        }),
        vscode.commands.registerCommand(CommandIds.showDetails, async (arg: unknown) => {
            const entry = await resolveEntry(catalog, arg, vscode.l10n.t('Show Details'));
            if (entry) {
                await details.show(entry);
            }
        }),
        vscode.commands.registerCommand(CommandIds.openRepository, async (arg: unknown) => {
            const entry = await resolveEntry(catalog, arg, vscode.l10n.t('Open Repository'));
            if (!entry) {
                return;
            }
            if (!entry.links.repository) {
                void vscode.window.showInformationMessage(vscode.l10n.t('The catalog has no repository link for {0}.', entry.name));
                return;
            }
            await vscode.env.openExternal(vscode.Uri.parse(entry.links.repository));
        }),
        vscode.commands.registerCommand(CommandIds.copyInstallCommand, async (arg: unknown) => {
            const entry = await resolveEntry(catalog, arg, vscode.l10n.t('Copy Install Command'));
            if (!entry) {
                return undefined;
            }
            const command = installCommand(entry);
            if (!command) {
                void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not installed from a package registry.', entry.name));
                return undefined;
            }
            await vscode.env.clipboard.writeText(command);
            vscode.window.setStatusBarMessage(`$(clippy) ${vscode.l10n.t('Copied: {0}', command)}`, 3000);
            return command;
        }),
    );
}
