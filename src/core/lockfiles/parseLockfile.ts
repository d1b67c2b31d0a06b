/**
 * Text → lock index, for every format, in steps a slice runner may pause between (see
 * review/slices.ts). Never throws on input: a file no reader recognises, or one above the
 * size limit, gives a state that says so, and an exception from a reader (a bug) is told to
 * `onError` and reads as unreadable.
 */
import { runToEnd, type Steps } from '../review/slices';
import { bunLockSteps } from './bunLock';
import { gemfileLockSteps } from './gemfileLock';
import type { LockfileName } from './lockfileNames';
import type { LockIndex } from './lockTypes';
import { npmLockSteps } from './npmLock';
import { pipfileLockSteps } from './pipfileLock';
import { pnpmLockSteps } from './pnpmLock';
import { pythonLockSteps } from './pythonLocks';
import { yarnLockSteps } from './yarnLock';

/**
 * Lockfiles above this are not read. Large enough for the largest real monorepo lockfiles
 * (tens of MB), which are read in slices; the limit only bounds memory.
 */
export const MAX_LOCKFILE_BYTES = 64 * 1024 * 1024;

/** What a manifest's lockfile gave: an index, or why there is none. */
export type LockState =
    | { readonly kind: 'read'; readonly fileName: string; readonly index: LockIndex }
    | { readonly kind: 'too-large'; readonly fileName: string; readonly bytes: number }
    | { readonly kind: 'unreadable'; readonly fileName: string };

function stepsFor(lock: LockfileName, text: string): Steps<LockIndex | undefined> {
    switch (lock.kind) {
        case 'npm':
            return npmLockSteps(text);
        case 'yarn':
        case 'yarn-classic':
        case 'yarn-berry':
            return yarnLockSteps(text);
        case 'pnpm':
            return pnpmLockSteps(text);
        case 'bun':
            return bunLockSteps(text);
        case 'bundler':
            return gemfileLockSteps(text);
        case 'poetry':
        case 'uv':
        case 'pdm':
            return pythonLockSteps(lock.kind, text);
        case 'pipenv':
            return pipfileLockSteps(text);
    }
}

export type LockErrorHook = (error: unknown) => void;

/** The lockfile's state, in steps; `text` is its content decoded as UTF-8. */
export function* lockStateSteps(lock: LockfileName, text: string, onError?: LockErrorHook): Steps<LockState> {
    const fileName = lock.name;
    if (text.length > MAX_LOCKFILE_BYTES) {
        return { kind: 'too-large', fileName, bytes: text.length };
    }
    try {
        // A byte-order mark is not part of any format.
        const index = yield* stepsFor(lock, text.replace(/^\uFEFF/, ''));
        return index ? { kind: 'read', fileName, index } : { kind: 'unreadable', fileName };
    } catch (error) {
        onError?.(error);
        return { kind: 'unreadable', fileName };
    }
}

/** `lockStateSteps` at once: for tests and small files. */
export function parseLockfile(lock: LockfileName, text: string, onError?: LockErrorHook): LockState {
    return runToEnd(lockStateSteps(lock, text, onError));
}
