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
import { decodePieces, isPieces, textLength, wholeText, type LockText } from './lockText';

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

/** The JSON readers walk the pieces; the line-based ones read the text whole. */
function stepsFor(lock: LockfileName, text: LockText): Steps<LockIndex | undefined> {
    switch (lock.kind) {
        case 'npm':
            return npmLockSteps(text);
        case 'bun':
            return bunLockSteps(text);
        case 'pipenv':
            return pipfileLockSteps(text);
        case 'yarn':
        case 'yarn-classic':
        case 'yarn-berry':
            return yarnLockSteps(wholeText(text));
        case 'pnpm':
            return pnpmLockSteps(wholeText(text));
        case 'bundler':
            return gemfileLockSteps(wholeText(text));
        case 'poetry':
        case 'uv':
        case 'pdm':
            return pythonLockSteps(lock.kind, wholeText(text));
    }
}

/** Drops a byte-order mark: it is part of no format. */
function withoutBom(text: LockText): LockText {
    if (!isPieces(text)) {
        return (text as string).replace(/^\uFEFF/, '');
    }
    const [first, ...rest] = text;
    return first === undefined ? text : [first.replace(/^\uFEFF/, ''), ...rest];
}

export type LockErrorHook = (error: unknown) => void;

/** The lockfile's state, in steps; `text` is its content decoded, whole or in pieces (lockText.ts). */
export function* lockStateSteps(lock: LockfileName, text: LockText, onError?: LockErrorHook): Steps<LockState> {
    const fileName = lock.name;
    const length = textLength(text);
    if (length > MAX_LOCKFILE_BYTES) {
        return { kind: 'too-large', fileName, bytes: length };
    }
    try {
        const index = yield* stepsFor(lock, withoutBom(text));
        return index ? { kind: 'read', fileName, index } : { kind: 'unreadable', fileName };
    } catch (error) {
        onError?.(error);
        return { kind: 'unreadable', fileName };
    }
}

/** The lockfile's state from its bytes: decoded in pieces, then read, all in steps. */
export function* lockBytesSteps(lock: LockfileName, bytes: Uint8Array, onError?: LockErrorHook): Steps<LockState> {
    if (bytes.length > MAX_LOCKFILE_BYTES) {
        return { kind: 'too-large', fileName: lock.name, bytes: bytes.length };
    }
    return yield* lockStateSteps(lock, yield* decodePieces(bytes), onError);
}

/** `lockStateSteps` at once: for tests and small files. */
export function parseLockfile(lock: LockfileName, text: LockText, onError?: LockErrorHook): LockState {
    return runToEnd(lockStateSteps(lock, text, onError));
}
