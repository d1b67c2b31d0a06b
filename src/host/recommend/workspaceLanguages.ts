import * as vscode from 'vscode';
import { LANGUAGE_MANIFESTS, languagesToTick } from '../../core/recommend/manifestLanguages';

/** Folders of installed packages and virtual environments: their manifests are not the project's. */
const EXCLUDE = '**/{node_modules,.venv,venv,vendor,.git}/**';

/**
 * The languages the workspace's manifests point to. A cheap look, never a review: one search
 * per language that stops at its first file.
 */
export async function workspaceLanguages(languageIds: readonly string[]): Promise<string[]> {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) === 0) {
        return [];
    }
    const found = await Promise.all(
        LANGUAGE_MANIFESTS.map(async ({ language, glob }) => ((await vscode.workspace.findFiles(glob, EXCLUDE, 1)).length > 0 ? [language] : [])),
    );
    return languagesToTick(found.flat(), languageIds);
}
