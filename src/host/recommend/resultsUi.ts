import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import { USE_CASE_LABELS } from '../../core/catalog/labels';
import { CommandIds } from '../../core/contributions';
import type { Answers } from '../../core/recommend/answers';
import { resultRows, type ResultAction, type ResultRow } from '../../core/recommend/resultItems';
import type { RankedStack } from '../../core/recommend/scoring';
import { errorText } from '../../core/text/errors';
import { runQuickPick } from '../ui/quickPick';

export const RECOMMEND_TITLE = 'Recommend a Stack';

interface RowItem extends vscode.QuickPickItem {
    row?: ResultRow;
}

/** Each action is another feature's command, so the results reach it the way every caller does. */
async function runAction(action: ResultAction): Promise<void> {
    switch (action.type) {
        case 'compare':
            await vscode.commands.executeCommand(CommandIds.compare, action.ids);
            return;
        case 'documentation':
            await vscode.commands.executeCommand(CommandIds.openDocumentation, action.entry);
            return;
        case 'show':
            await vscode.commands.executeCommand(CommandIds.showEntry, action.entry);
            return;
    }
}

function startAction(action: ResultAction): void {
    runAction(action).catch((error: unknown) => void vscode.window.showErrorMessage(`Stack Guide: ${errorText(error)}`));
}

function toItem(row: ResultRow): RowItem {
    switch (row.kind) {
        case 'separator':
            return { label: row.label, kind: vscode.QuickPickItemKind.Separator };
        case 'stack': {
            const docs: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('book'), tooltip: `Open ${row.documentationName} Documentation` };
            return { label: row.label, detail: row.detail, buttons: [docs], row };
        }
        case 'compare':
        case 'reason':
            return { label: row.label, description: row.description, row };
    }
}

/**
 * The ranked stacks as a QuickPick: the choice is made where the question was asked, each
 * reason gets its own row so it can be read in full, and every row acts (compare the three,
 * open a framework's documentation, reveal the entry a reason cites). Resolves with 'back' when
 * the user wants to change the answers.
 */
export async function showResults(catalog: Catalog, answers: Answers, stacks: readonly RankedStack[]): Promise<'back' | 'done'> {
    const outcome = await runQuickPick({
        title: `${RECOMMEND_TITLE}: ${USE_CASE_LABELS[answers.useCase]}`,
        placeholder: stacks.length > 0 ? 'Choose a stack to open its framework documentation, or a reason to see its entry' : 'The catalog has no framework for this use case yet',
        items: resultRows(stacks, catalog).map(toItem),
        back: true,
        matchOnDescription: true,
        matchOnDetail: true,
        keepScrollPosition: true,
    });
    switch (outcome.type) {
        case 'back':
            return 'back';
        case 'accepted': {
            const row = outcome.items[0]?.row;
            if (row && row.kind !== 'separator') {
                startAction(row.action);
            }
            return 'done';
        }
        case 'itemButton':
            if (outcome.item.row?.kind === 'stack') {
                startAction({ type: 'documentation', entry: outcome.item.row.documentationOf });
            }
            return 'done';
        case 'dismissed':
            return 'done';
    }
}
