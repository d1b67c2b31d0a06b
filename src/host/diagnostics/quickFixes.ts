import * as vscode from 'vscode';
import { CommandIds, DIAGNOSTICS_IGNORE_SETTING } from '../../core/contributions';
import type { DependencyDiagnostic } from '../../core/diagnostics/dependencyDiagnostics';
import type { TeamOrigin } from '../../core/team/teamTypes';
import { codeValue, DIAGNOSTIC_SOURCE } from './toDiagnostic';
import type { ManifestDiagnostics } from './manifestDiagnostics';

/** The core diagnostic a VS Code diagnostic (as handed back to the provider, a copy) was made from. */
function findingOf(reported: readonly DependencyDiagnostic[], diagnostic: vscode.Diagnostic, document: vscode.TextDocument): DependencyDiagnostic | undefined {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE) {
        return undefined;
    }
    const start = document.offsetAt(diagnostic.range.start);
    return reported.find((found) => found.code === codeValue(diagnostic) && found.span.start === start);
}

function action(title: string, diagnostic: vscode.Diagnostic, command: vscode.Command): vscode.CodeAction {
    const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    fix.diagnostics = [diagnostic];
    fix.command = command;
    return fix;
}

/** "Open team note": the team file, with the item's line selected. */
async function openNoteAction(origin: TeamOrigin, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction | undefined> {
    const uri = vscode.Uri.parse(origin.file);
    const file = await Promise.resolve(vscode.workspace.openTextDocument(uri)).catch(() => undefined);
    if (!file) {
        return undefined;
    }
    const start = file.positionAt(origin.offset);
    const selection = new vscode.Range(start, file.positionAt(origin.offset + origin.length));
    const title = vscode.l10n.t('Open team note');
    return action(title, diagnostic, { title, command: 'vscode.open', arguments: [uri, { selection, preview: true }] });
}

async function actionsFor(found: DependencyDiagnostic, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
    const actions: vscode.CodeAction[] = [];
    if (found.compareIds.length > 1) {
        const title = vscode.l10n.t('Compare with alternatives');
        actions.push(action(title, diagnostic, { title, command: CommandIds.compare, arguments: [[...found.compareIds]] }));
    }
    if (found.successor) {
        const title = vscode.l10n.t('Show {0} in Stack Guide', found.successor.name);
        actions.push(action(title, diagnostic, { title, command: CommandIds.showEntry, arguments: [found.successor.id] }));
    }
    const ignoreTitle = vscode.l10n.t('Ignore {0} in this workspace', found.name);
    actions.push(action(ignoreTitle, diagnostic, { title: ignoreTitle, command: CommandIds.ignoreDiagnostic, arguments: [`${found.registry}:${found.name}`] }));
    const note = found.teamOrigin ? await openNoteAction(found.teamOrigin, diagnostic) : undefined;
    if (note) {
        actions.push(note);
    }
    return actions;
}

/**
 * Quick fixes on Stack Guide's diagnostics. Each opens something or writes a setting; none edits
 * a dependency: replacing a package is a decision the user makes in the manifest.
 */
export class DiagnosticQuickFixes implements vscode.CodeActionProvider {
    static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

    constructor(private readonly diagnostics: ManifestDiagnostics) {}

    async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
        const reported = this.diagnostics.reportedFor(document.uri)?.found ?? [];
        const actions = await Promise.all(
            context.diagnostics.map((diagnostic) => {
                const found = findingOf(reported, diagnostic, document);
                return found ? actionsFor(found, diagnostic) : [];
            }),
        );
        return actions.flat();
    }
}

/** "Ignore <name> in this workspace": adds `registry:name` to the workspace's ignore setting; no manifest is touched. */
export async function ignorePackage(key: unknown): Promise<void> {
    if (typeof key !== 'string' || !/^[a-z]+:.+$/.test(key)) {
        return;
    }
    const configuration = vscode.workspace.getConfiguration();
    const current = configuration.inspect<unknown>(DIAGNOSTICS_IGNORE_SETTING)?.workspaceValue;
    const keys = Array.isArray(current) ? current.filter((item): item is string => typeof item === 'string') : [];
    if (!keys.includes(key)) {
        await configuration.update(DIAGNOSTICS_IGNORE_SETTING, [...keys, key], vscode.ConfigurationTarget.Workspace);
    }
}
