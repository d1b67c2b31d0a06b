import * as vscode from 'vscode';
import { TEAM_FILES_SETTING } from '../../core/contributions';
import { TEAM_FILE_PATH, teamFileSpecs, type TeamFileSpec } from '../../core/team/teamFiles';

/** A team file to read, and how to watch it for changes. */
export interface TeamFileLocation {
    readonly uri: vscode.Uri;
    /** The folder's own `.vscode/stack-guide.json` may not exist; a file named in the setting should. */
    readonly optional: boolean;
}

/** A `*` and `?` glob for one path segment, as a regular expression. */
function segmentRegex(pattern: string): RegExp {
    const source = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]');
    return new RegExp(`^${source}$`);
}

/** The folder holding an absolute path, on the folder's own file system (a remote's paths are its own). */
function absoluteUri(folder: vscode.WorkspaceFolder, path: string): vscode.Uri {
    return folder.uri.scheme === 'file' ? vscode.Uri.file(path) : folder.uri.with({ path: path.startsWith('/') ? path : `/${path}` });
}

/**
 * Files a glob matches, sorted by path so the merge order is stable. A relative glob searches
 * the folder; an absolute one is read from its directory and may have a glob in its last part
 * only (`/shared/radars/*.json`), since the search does not reach outside the workspace.
 */
async function globFiles(folder: vscode.WorkspaceFolder, spec: Extract<TeamFileSpec, { kind: 'glob' }>): Promise<vscode.Uri[]> {
    if (!spec.absolute) {
        const found = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.joinPath(folder.uri, spec.base), spec.pattern));
        return found.sort((a, b) => a.path.localeCompare(b.path));
    }
    if (spec.pattern.includes('/')) {
        return [];
    }
    const base = absoluteUri(folder, spec.base);
    const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(base)).catch(() => []);
    const matches = segmentRegex(spec.pattern);
    return entries
        .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && matches.test(name))
        .map(([name]) => vscode.Uri.joinPath(base, name))
        .sort((a, b) => a.path.localeCompare(b.path));
}

async function specFiles(folder: vscode.WorkspaceFolder, spec: TeamFileSpec): Promise<vscode.Uri[]> {
    if (spec.kind === 'glob') {
        return globFiles(folder, spec);
    }
    return [spec.absolute ? absoluteUri(folder, spec.path) : vscode.Uri.joinPath(folder.uri, spec.path)];
}

/**
 * Every team file, in the order they merge (a later file wins per package): per workspace folder,
 * the setting's files in the order listed, then the folder's own `.vscode/stack-guide.json`, so
 * a repository's own word overrides a file shared across repositories. In Restricted Mode VS Code
 * hands back only the user's value of the setting (see `restrictedConfigurations`).
 */
export async function findTeamFiles(): Promise<TeamFileLocation[]> {
    const locations: TeamFileLocation[] = [];
    const seen = new Set<string>();
    const add = (uri: vscode.Uri, optional: boolean): void => {
        if (!seen.has(uri.toString())) {
            seen.add(uri.toString());
            locations.push({ uri, optional });
        }
    };
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
        const specs = teamFileSpecs(vscode.workspace.getConfiguration(undefined, folder.uri).get<unknown>(TEAM_FILES_SETTING));
        for (const spec of specs) {
            for (const uri of await specFiles(folder, spec)) {
                add(uri, false);
            }
        }
        add(vscode.Uri.joinPath(folder.uri, TEAM_FILE_PATH), true);
    }
    return locations;
}

/** Watches the files the setting names, where the workspace watcher of `.vscode/stack-guide.json` does not reach. */
export function watchSettingFiles(onChange: () => void): vscode.Disposable[] {
    const disposables: vscode.Disposable[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
        for (const spec of teamFileSpecs(vscode.workspace.getConfiguration(undefined, folder.uri).get<unknown>(TEAM_FILES_SETTING))) {
            const [base, pattern] = spec.kind === 'glob' ? [spec.base, spec.pattern] : [spec.path.slice(0, spec.path.lastIndexOf('/') + 1), spec.path.slice(spec.path.lastIndexOf('/') + 1)];
            const baseUri = spec.absolute ? absoluteUri(folder, base) : vscode.Uri.joinPath(folder.uri, base);
            const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(baseUri, pattern));
            disposables.push(watcher, watcher.onDidChange(onChange), watcher.onDidCreate(onChange), watcher.onDidDelete(onChange));
        }
    }
    return disposables;
}
