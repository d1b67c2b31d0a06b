import * as vscode from 'vscode';
import { parseAnswers, type Answers } from '../../core/recommend/answers';

const KEY = 'stackGuide.recommend.lastAnswers';

/**
 * The last answers a ranking was shown for, to start the questions from next time: per
 * workspace (a Ruby repository and a Python one get their own), or for the whole machine when
 * no folder is open.
 */
export class AnswersMemory {
    constructor(private readonly context: vscode.ExtensionContext) {}

    private get store(): vscode.Memento {
        return (vscode.workspace.workspaceFolders?.length ?? 0) > 0 ? this.context.workspaceState : this.context.globalState;
    }

    /** The remembered answers, if they still pass the check (the catalog's languages may have changed). */
    recall(languageIds: readonly string[]): Answers | undefined {
        const stored: unknown = this.store.get(KEY);
        if (stored === undefined) {
            return undefined;
        }
        try {
            return parseAnswers(stored, languageIds, vscode.l10n);
        } catch {
            return undefined;
        }
    }

    remember(answers: Answers): Thenable<void> {
        return this.store.update(KEY, answers);
    }
}
