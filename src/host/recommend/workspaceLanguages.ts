import * as vscode from 'vscode';

/** Manifests that show a language is in use, by the catalog's language id. */
const MANIFESTS: readonly { readonly language: string; readonly glob: string }[] = [
    { language: 'typescript', glob: '**/tsconfig.json' },
    { language: 'javascript', glob: '**/package.json' },
    { language: 'ruby', glob: '**/{Gemfile,*.gemspec}' },
    { language: 'python', glob: '**/{pyproject.toml,requirements*.txt,Pipfile}' },
];

/** Folders of installed packages and virtual environments: their manifests are not the project's. */
const EXCLUDE = '**/{node_modules,.venv,venv,vendor,.git}/**';

/**
 * The languages the workspace's manifests point to, to tick them before the user answers. A
 * cheap look (one file at most per language, never a review); a TypeScript project's
 * package.json does not add JavaScript.
 */
export async function workspaceLanguages(languageIds: readonly string[]): Promise<string[]> {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) === 0) {
        return [];
    }
    const found = await Promise.all(
        MANIFESTS.map(async ({ language, glob }) => ((await vscode.workspace.findFiles(glob, EXCLUDE, 1)).length > 0 ? language : undefined)),
    );
    const languages = new Set(found.filter((language): language is string => language !== undefined));
    if (languages.has('typescript')) {
        languages.delete('javascript');
    }
    return languageIds.filter((id) => languages.has(id));
}
