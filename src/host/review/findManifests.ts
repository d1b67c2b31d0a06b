import * as vscode from 'vscode';
import { MAX_MANIFEST_BYTES } from '../../core/manifests/limits';
import { formatFor } from '../../core/manifests/formats';
import type { ManifestFile } from '../../core/review/detect';
import { isSkippedManifest, MANIFEST_GLOB, MAX_MANIFESTS, SKIPPED_GLOB, VIRTUAL_ENV_MARKER } from '../../core/manifests/manifestFiles';
import type { ScanLimits } from '../../core/review/summary';

export interface FoundManifests extends ScanLimits {
    /** Sorted by path, so detection sees the same order on every run. */
    files: ManifestFile[];
    /** From each file's path back to its URI, to open findings. */
    uris: Map<string, vscode.Uri>;
}

/** How many virtual environments are looked for: each one only adds an exclusion. */
const MAX_VIRTUAL_ENVS = 50;

const decoder = new TextDecoder('utf-8');

async function readText(uri: vscode.Uri): Promise<string | undefined> {
    // An open editor may hold unsaved edits: review what the user sees.
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === uri.toString());
    if (open) {
        return open.getText();
    }
    try {
        return decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
        // Deleted or unreadable between the search and the read: nothing to review.
        return undefined;
    }
}

async function tooLarge(uri: vscode.Uri): Promise<boolean> {
    try {
        return (await vscode.workspace.fs.stat(uri)).size > MAX_MANIFEST_BYTES;
    } catch {
        // Let the read decide: a file that vanished is simply not reviewed.
        return false;
    }
}

/**
 * Finds and reads the manifests of the given folders (workspace folders or any folder in them), skipping dependency, environment and
 * build folders, at most `MAX_MANIFESTS` of them and none above the formats' size limit. Paths
 * are workspace-relative, with the folder name first in a multi-root workspace.
 */
export async function findManifests(folders: readonly (vscode.WorkspaceFolder | vscode.Uri)[], token?: vscode.CancellationToken): Promise<FoundManifests> {
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const relative = (uri: vscode.Uri): string => vscode.workspace.asRelativePath(uri, multiRoot);
    const found: vscode.Uri[] = [];
    const virtualEnvs: string[] = [];
    for (const folder of folders) {
        const budget = MAX_MANIFESTS + 1 - found.length;
        if (budget <= 0) {
            break;
        }
        const [manifests, markers] = await Promise.all([
            vscode.workspace.findFiles(new vscode.RelativePattern(folder, MANIFEST_GLOB), SKIPPED_GLOB, budget, token),
            vscode.workspace.findFiles(new vscode.RelativePattern(folder, `**/${VIRTUAL_ENV_MARKER}`), SKIPPED_GLOB, MAX_VIRTUAL_ENVS, token),
        ]);
        found.push(...manifests);
        virtualEnvs.push(...markers.map((marker) => relative(marker).replace(/[\\/][^\\/]*$/, '')));
    }

    const candidates = found
        .map((uri) => ({ uri, path: relative(uri) }))
        .filter(({ path }) => formatFor(path) !== undefined && !isSkippedManifest(path, virtualEnvs))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const truncated = candidates.length > MAX_MANIFESTS || found.length > MAX_MANIFESTS;
    const kept = candidates.slice(0, MAX_MANIFESTS);

    const read = await Promise.all(
        kept.map(async ({ uri, path }) => {
            if (token?.isCancellationRequested) {
                return { uri, path, text: undefined, large: false };
            }
            const large = await tooLarge(uri);
            return { uri, path, text: large ? undefined : await readText(uri), large };
        }),
    );
    const files: ManifestFile[] = [];
    const uris = new Map<string, vscode.Uri>();
    for (const { uri, path, text } of read) {
        if (text !== undefined) {
            files.push({ path, text });
            uris.set(path, uri);
        }
    }
    const skipped = read.filter((file) => file.large).map((file) => file.path);
    return { files, uris, truncated, maxManifests: MAX_MANIFESTS, skipped };
}
