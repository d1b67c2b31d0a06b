/**
 * Reads one lockfile into its lock index: loaded on the first hover in a manifest that has a
 * lockfile, or on a review, never at activation (it brings every reader, js-yaml and the TOML
 * parser; see the "lockfiles" chunk in esbuild.mjs). The parse runs in slices that hand the
 * thread back between them, so a lockfile of tens of MB never holds up the extension host.
 */
import * as vscode from 'vscode';
import type { LockfileName } from '../../core/lockfiles/lockfileNames';
import { lockBytesSteps, MAX_LOCKFILE_BYTES, type LockState } from '../../core/lockfiles/parseLockfile';
import { runSliced, type SliceHost } from '../../core/review/slices';

/** Lets queued events (a keystroke, a hover request) run between two slices. */
const sliceHost: SliceHost = {
    now: () => performance.now(),
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    isCancelled: () => false,
};

/** The lockfile's state; `size` is what stat said, so a file too large is never read. */
export async function readLockfile(uri: vscode.Uri, lock: LockfileName, size: number): Promise<LockState> {
    if (size > MAX_LOCKFILE_BYTES) {
        return { kind: 'too-large', fileName: lock.name, bytes: size };
    }
    let bytes: Uint8Array;
    try {
        bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
        return { kind: 'unreadable', fileName: lock.name };
    }
    // Decoded in pieces, in slices too: one call on 50 MB would hold the thread.
    return runSliced(lockBytesSteps(lock, bytes), sliceHost);
}
