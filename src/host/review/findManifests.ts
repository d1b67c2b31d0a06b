import * as vscode from 'vscode';
import { MAX_MANIFEST_BYTES } from '../../core/manifests/limits';
import { formatFor } from '../../core/manifests/formats';
import type { ManifestFile } from '../../core/review/detect';
import { isSkippedManifest, manifestFormatOf, MANIFEST_GLOB, MAX_MANIFESTS, SKIPPED_GLOB, VIRTUAL_ENV_MARKER } from '../../core/manifests/manifestFiles';
import { ReviewCancelledError } from '../../core/review/slices';
import type { ScanLimits } from '../../core/review/summary';
import { compareCodeUnits } from '../../core/text/order';
import { findFilesIn } from '../findFiles';

export interface FoundManifests extends ScanLimits {
    /** Sorted by path, so detection sees the same order on every run. */
    files: ManifestFile[];
}

/** How far the search has got, for a progress notification. */
export interface ReadProgress {
    /** The manifests are known and reading starts; `total` of them. */
    found(total: number): void;
    /** `count` more were read. */
    read(count: number): void;
}

/** How many virtual environments are looked for: each one only adds an exclusion. */
const MAX_VIRTUAL_ENVS = 50;

/** Files read at the same time: enough to keep the disk busy, few enough to leave the host responsive. */
const READ_CONCURRENCY = 32;

const decoder = new TextDecoder('utf-8');

interface Candidate {
    uri: vscode.Uri;
    path: string;
}

/** The text to review, or undefined when the file vanished or is above the formats' size limit. */
async function readManifest(candidate: Candidate, open: ReadonlyMap<string, vscode.TextDocument>): Promise<{ text?: string; large: boolean }> {
    // An open editor may hold unsaved edits: review what the user sees.
    const document = open.get(candidate.uri.toString());
    if (document) {
        return { text: document.getText(), large: false };
    }
    try {
        if ((await vscode.workspace.fs.stat(candidate.uri)).size > MAX_MANIFEST_BYTES) {
            return { large: true };
        }
        return { text: decoder.decode(await vscode.workspace.fs.readFile(candidate.uri)), large: false };
    } catch {
        // Deleted or unreadable between the search and the read: nothing to review.
        return { large: false };
    }
}

function throwIfCancelled(token: vscode.CancellationToken): void {
    if (token.isCancellationRequested) {
        throw new ReviewCancelledError();
    }
}

/** Maps `items` with at most `limit` calls in flight; stops early when cancelled. */
async function mapBounded<T, R>(items: readonly T[], limit: number, token: vscode.CancellationToken, map: (item: T) => Promise<R>): Promise<R[]> {
    const results = new Array<R>(items.length);
    let next = 0;
    const worker = async (): Promise<void> => {
        while (next < items.length) {
            throwIfCancelled(token);
            const index = next++;
            results[index] = await map(items[index]!);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}

/** Every manifest under the folders, up to one past the cap, and the virtual environments to leave out. */
async function search(folders: readonly (vscode.WorkspaceFolder | vscode.Uri)[], token: vscode.CancellationToken): Promise<{ found: vscode.Uri[]; virtualEnvs: string[] }> {
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const found: vscode.Uri[] = [];
    const virtualEnvs: string[] = [];
    for (const folder of folders) {
        const budget = MAX_MANIFESTS + 1 - found.length;
        if (budget <= 0) {
            break;
        }
        const [manifests, markers] = await Promise.all([
            findFilesIn(folder, { glob: MANIFEST_GLOB, wanted: (path) => manifestFormatOf(path) !== undefined, exclude: SKIPPED_GLOB, max: budget }, token),
            findFilesIn(folder, { glob: `**/${VIRTUAL_ENV_MARKER}`, wanted: (path) => path.endsWith(`/${VIRTUAL_ENV_MARKER}`) || path === VIRTUAL_ENV_MARKER, exclude: SKIPPED_GLOB, max: MAX_VIRTUAL_ENVS }, token),
        ]);
        throwIfCancelled(token);
        found.push(...manifests);
        virtualEnvs.push(...markers.map((marker) => vscode.workspace.asRelativePath(marker, multiRoot).replace(/[\\/][^\\/]*$/, '')));
    }
    return { found, virtualEnvs };
}

/**
 * Finds and reads the manifests of the given folders (workspace folders or any folder in them),
 * skipping dependency, environment and build folders and files above the formats' size limit.
 * Reads at most `MAX_MANIFESTS`, a guard against runaway folders that real monorepos stay far
 * below. Paths are workspace-relative, with the folder name first in a multi-root workspace;
 * each file keeps its URI, so findings open without a lookup. Throws `ReviewCancelledError`
 * once `token` is cancelled.
 */
export async function findManifests(
    folders: readonly (vscode.WorkspaceFolder | vscode.Uri)[],
    token: vscode.CancellationToken,
    progress?: ReadProgress,
): Promise<FoundManifests> {
    const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
    const { found, virtualEnvs } = await search(folders, token);
    const candidates = found
        .map((uri): Candidate => ({ uri, path: vscode.workspace.asRelativePath(uri, multiRoot) }))
        .filter(({ path }) => formatFor(path) !== undefined && !isSkippedManifest(path, virtualEnvs))
        // Code-unit order, the same on every machine whatever its locale.
        .sort((a, b) => compareCodeUnits(a.path, b.path));
    const truncated = found.length > MAX_MANIFESTS;
    const kept = candidates.slice(0, MAX_MANIFESTS);
    progress?.found(kept.length);

    const open = new Map(vscode.workspace.textDocuments.map((document) => [document.uri.toString(), document]));
    const read = await mapBounded(kept, READ_CONCURRENCY, token, async (candidate) => {
        const result = await readManifest(candidate, open);
        progress?.read(1);
        return { ...candidate, ...result };
    });
    throwIfCancelled(token);
    const files: ManifestFile[] = read.flatMap(({ uri, path, text }) => (text === undefined ? [] : [{ uri: uri.toString(), path, text }]));
    const skipped = read.filter((file) => file.large).map((file) => file.path);
    return { files, truncated, maxManifests: MAX_MANIFESTS, skipped };
}
