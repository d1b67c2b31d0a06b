import * as vscode from 'vscode';
import type { HoverLockState } from '../../core/hover/lockHover';
import { LOCKFILE_GLOB, lockfileCandidates, memberPath, type LockfileCandidate, type LockfileName } from '../../core/lockfiles/lockfileNames';
import type { LockState } from '../../core/lockfiles/parseLockfile';
import { manifestFormatOf } from '../../core/manifests/manifestFiles';
import { lazy } from '../lazy';

/** A manifest's lockfile: where it is, and the workspace member the manifest is in it. */
export interface GoverningLock {
    readonly uri: vscode.Uri;
    readonly lock: LockfileName;
    readonly member: string;
}

/** Tells whether a file exists; the review answers from one search, the hover with stat. */
export type Exists = (uri: vscode.Uri) => Promise<boolean>;

const statExists: Exists = (uri) => Promise.resolve(vscode.workspace.fs.stat(uri)).then(
    (stat) => stat.type !== vscode.FileType.Directory,
    () => false,
);

/** The reader and its parsers load on the first lockfile read (the "lockfiles" chunk). */
const loadReader = lazy(() => import('./readLockfile.js'));

/** Segments of a URI's path, the file name left off. */
const folderSegments = (uri: vscode.Uri): string[] => uri.path.split('/').filter(Boolean).slice(0, -1);

/**
 * Lockfiles for the hover and the review: which one governs a manifest (the rules are in
 * core/lockfiles/lockfileNames.ts), read through vscode.workspace.fs (so virtual workspaces work
 * too), parsed once per lockfile version (its mtime and size) and read again when a watcher
 * reports a change. Does nothing until asked.
 */
export class LockfileSource implements vscode.Disposable {
    private readonly states = new Map<string, { stamp: string; state: Promise<LockState> }>();
    private readonly governing = new Map<string, Promise<GoverningLock | undefined>>();
    private watcher: vscode.Disposable | undefined;

    /** The governing lockfile of a manifest, or undefined when it has none. */
    locate(manifest: vscode.Uri, exists: Exists = statExists): Promise<GoverningLock | undefined> {
        this.watch();
        const key = manifest.toString();
        let found = exists === statExists ? this.governing.get(key) : undefined;
        if (!found) {
            found = this.search(manifest, exists);
            if (exists === statExists) {
                this.governing.set(key, found);
            }
        }
        return found;
    }

    /** The lockfile's state, parsed once per version. */
    async state(governing: GoverningLock): Promise<LockState> {
        const key = governing.uri.toString();
        const stat = await Promise.resolve(vscode.workspace.fs.stat(governing.uri)).catch(() => undefined);
        if (!stat) {
            return { kind: 'unreadable', fileName: governing.lock.name };
        }
        const stamp = `${stat.mtime}:${stat.size}`;
        const cached = this.states.get(key);
        if (cached?.stamp === stamp) {
            return cached.state;
        }
        const state = loadReader()
            .then(({ readLockfile }) => readLockfile(governing.uri, governing.lock, stat.size))
            .catch((error: unknown) => {
                // A failed load (the chunk) is not remembered: the next question tries again.
                this.states.delete(key);
                throw error;
            });
        this.states.set(key, { stamp, state });
        return state;
    }

    /**
     * What the hover can say by `deadlineMs`: the state if it is ready, else "reading" (the read
     * goes on, and the next hover has it).
     */
    async forHover(manifest: vscode.Uri, deadlineMs: number): Promise<{ state: HoverLockState; member: string } | undefined> {
        const governing = await this.locate(manifest);
        if (!governing) {
            return undefined;
        }
        const reading: HoverLockState = { kind: 'reading', fileName: governing.lock.name };
        let timer: ReturnType<typeof setTimeout> | undefined;
        const deadline = new Promise<HoverLockState>((resolve) => {
            timer = setTimeout(() => resolve(reading), deadlineMs);
        });
        const state = await Promise.race([this.state(governing), deadline]).finally(() => clearTimeout(timer));
        return { state, member: governing.member };
    }

    dispose(): void {
        this.watcher?.dispose();
        this.states.clear();
        this.governing.clear();
    }

    private async search(manifest: vscode.Uri, exists: Exists): Promise<GoverningLock | undefined> {
        const format = manifestFormatOf(manifest.path);
        if (format === undefined) {
            return undefined;
        }
        const root = vscode.workspace.getWorkspaceFolder(manifest);
        const segments = folderSegments(manifest);
        const depth = root ? Math.max(0, segments.length - root.uri.path.split('/').filter(Boolean).length) : 0;
        const candidates = lockfileCandidates(format, manifest.path, depth);
        const uriOf = ({ up, lock }: LockfileCandidate): vscode.Uri =>
            manifest.with({ path: `/${[...segments.slice(0, segments.length - up), lock.name].join('/')}` });
        // All at once; the first that exists, in the tools' order, governs.
        const found = await Promise.all(candidates.map((candidate) => exists(uriOf(candidate))));
        const index = found.indexOf(true);
        const chosen = candidates[index];
        return chosen ? { uri: uriOf(chosen), lock: chosen.lock, member: memberPath(segments, chosen.up) } : undefined;
    }

    /** Watches lockfiles from the first question on: a change re-reads, a creation or deletion may change which governs. */
    private watch(): void {
        if (this.watcher) {
            return;
        }
        const watcher = vscode.workspace.createFileSystemWatcher(LOCKFILE_GLOB);
        const forget = (uri: vscode.Uri): void => {
            this.states.delete(uri.toString());
        };
        const relocate = (uri: vscode.Uri): void => {
            forget(uri);
            this.governing.clear();
        };
        this.watcher = vscode.Disposable.from(watcher, watcher.onDidChange(forget), watcher.onDidCreate(relocate), watcher.onDidDelete(relocate));
    }
}

/** The lockfile source the hover and the review share; it reads nothing until one of them asks. */
export function registerLockfiles(context: vscode.ExtensionContext): LockfileSource {
    const source = new LockfileSource();
    context.subscriptions.push(source);
    return source;
}
