import * as vscode from 'vscode';
import { walkForFiles } from '../core/manifests/walkFolders';

/**
 * How long the file search may stay silent on a folder that is not on disk before the folder is
 * walked instead: VS Code waits for a search provider that a virtual file system may never register.
 */
const SEARCH_PROVIDER_WAIT_MS = 3_000;

/** Folders listed at most when walking a virtual folder; each listing may be a network request. */
const MAX_WALKED_FOLDERS = 5_000;

export interface FileQuery {
    /** Files to find, as a glob under the base folder, for the file search. */
    readonly glob: string;
    /** The same files as a test on a base-relative path, for the walk. */
    readonly wanted: (path: string) => boolean;
    /** Folders the search leaves out (the walk never enters the same folders). */
    readonly exclude: string;
    readonly max: number;
}

async function walk(base: vscode.Uri, query: FileQuery, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const at = (path: string): vscode.Uri => (path === '' ? base : vscode.Uri.joinPath(base, ...path.split('/')));
    const list = async (path: string): Promise<(readonly [string, boolean])[]> =>
        (await vscode.workspace.fs.readDirectory(at(path))).map(([name, type]) => [name, (type & vscode.FileType.Directory) !== 0] as const);
    const walked = await walkForFiles(list, query.wanted, { maxFiles: query.max, maxFolders: MAX_WALKED_FOLDERS }, () => token.isCancellationRequested);
    return walked.files.map(at);
}

/**
 * `workspace.findFiles` under one folder, or, when the folder is not on disk and no search
 * answers in time, the same files found by listing folders through `workspace.fs`: a virtual
 * workspace (github.dev, a file system another extension provides) may have no search provider,
 * and VS Code then waits for one forever.
 */
export async function findFilesIn(folder: vscode.WorkspaceFolder | vscode.Uri, query: FileQuery, token: vscode.CancellationToken): Promise<vscode.Uri[]> {
    const base = folder instanceof vscode.Uri ? folder : folder.uri;
    const source = new vscode.CancellationTokenSource();
    const cancel = token.onCancellationRequested(() => source.cancel());
    const searched = vscode.workspace.findFiles(new vscode.RelativePattern(folder, query.glob), query.exclude, query.max, source.token);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const silence = (): Promise<undefined> =>
        new Promise((resolve) => {
            timer = setTimeout(() => resolve(undefined), SEARCH_PROVIDER_WAIT_MS);
        });
    try {
        const found = await (base.scheme === 'file' ? searched : Promise.race([searched, silence()]));
        if (found !== undefined) {
            return found;
        }
        source.cancel();
        return await walk(base, query, token);
    } finally {
        clearTimeout(timer);
        cancel.dispose();
        source.dispose();
    }
}
