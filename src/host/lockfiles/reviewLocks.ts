import * as vscode from 'vscode';
import { LOCKFILE_GLOB, lockfileNameOf } from '../../core/lockfiles/lockfileNames';
import { SKIPPED_GLOB } from '../../core/manifests/manifestFiles';
import type { ManifestFile } from '../../core/review/detect';
import type { ManifestLock } from '../../core/review/lockReport';
import { findFilesIn } from '../findFiles';
import type { LockfileSource } from './lockfileSource';

/** Lockfiles looked for in one review: far more than any real workspace has. */
const MAX_LOCKFILES = 5_000;

/**
 * The read lockfile of every manifest that has one, by the manifest's URI. One search finds
 * the lockfiles present (so deciding which governs a manifest costs no stat per candidate),
 * and each lockfile is read once however many manifests it governs.
 */
export async function reviewLocks(
    lockfiles: LockfileSource,
    bases: readonly (vscode.WorkspaceFolder | vscode.Uri)[],
    files: readonly ManifestFile[],
    token: vscode.CancellationToken,
): Promise<Map<string, ManifestLock>> {
    const query = { glob: LOCKFILE_GLOB, wanted: (path: string) => lockfileNameOf(path) !== undefined, exclude: SKIPPED_GLOB, max: MAX_LOCKFILES };
    const found = await Promise.all(bases.map((base) => findFilesIn(base, query, token)));
    const present = new Set(found.flat().map((uri) => uri.toString()));
    const locks = new Map<string, ManifestLock>();
    if (present.size === 0) {
        return locks;
    }
    const exists = (uri: vscode.Uri): Promise<boolean> => Promise.resolve(present.has(uri.toString()));
    await Promise.all(
        files.map(async (file) => {
            const governing = await lockfiles.locate(vscode.Uri.parse(file.uri), exists);
            const state = governing && !token.isCancellationRequested ? await lockfiles.state(governing) : undefined;
            if (governing && state?.kind === 'read') {
                locks.set(file.uri, { fileName: state.fileName, index: state.index, member: governing.member });
            }
        }),
    );
    return locks;
}
