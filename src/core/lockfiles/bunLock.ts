/**
 * Bun's text lockfile, bun.lock (Bun 1.2 and later; the older binary bun.lockb is not read).
 * It is JSON with trailing commas: `workspaces` lists each member's name and dependencies,
 * `packages` maps an install path ("express", "express/debug", "app/express" for a member's
 * own copy) to an array whose first element is "name@version", "name@github:u/r#sha",
 * "name@workspace:packages/lib" or "name@file:../x". Read with the sliced JSON walk.
 */
import type { Steps } from '../review/slices';
import type { LockText } from './lockText';
import { walkJson, type JsonChoice, type JsonScalar } from './jsonWalk';
import { lockedPackage, type LockedPackage, type LockIndex } from './lockTypes';
import { npmLockedSource, splitAtVersion } from './npmSource';

class BunReader {
    lockfileVersion: number | undefined;
    /** Member folder → its package name. */
    readonly members = new Map<string, string>();
    /** Install path → "name@version". */
    readonly packages = new Map<string, string>();

    choose(path: readonly string[]): JsonChoice {
        const [section, key, field] = path;
        if (path.length <= 1) {
            return section === undefined || section === 'workspaces' || section === 'packages' ? 'descend' : section === 'lockfileVersion' ? 'value' : 'skip';
        }
        if (path.length === 2) {
            return key !== undefined ? 'descend' : 'skip';
        }
        const wanted = (section === 'workspaces' && field === 'name') || (section === 'packages' && field === '0');
        return path.length === 3 && wanted ? 'value' : 'skip';
    }

    value(path: readonly string[], value: JsonScalar): void {
        const [section, key] = path;
        if (section === 'lockfileVersion') {
            this.lockfileVersion = typeof value === 'number' ? value : undefined;
        } else if (key !== undefined && typeof value === 'string') {
            (section === 'workspaces' ? this.members : this.packages).set(key, value);
        }
    }
}

function lockedOf(spec: string): LockedPackage | undefined {
    const version = splitAtVersion(spec)?.[1];
    if (version === undefined) {
        return undefined;
    }
    if (version.startsWith('workspace:')) {
        return lockedPackage(version.slice('workspace:'.length), 'workspace');
    }
    const source = npmLockedSource(version);
    return lockedPackage(source === 'git' ? version.replace(/^.*#/, '') : version, source);
}

export class BunLockIndex implements LockIndex {
    readonly kind = 'bun';
    readonly registry = 'npm';

    constructor(private readonly reader: BunReader) {}

    get size(): number {
        return this.reader.packages.size;
    }

    hasMember(member: string): boolean {
        return member === '' || this.reader.members.has(member);
    }

    /** A member's own copy ("app/express") before the hoisted one ("express"). */
    resolve(name: string, member: string): readonly LockedPackage[] {
        const memberName = member === '' ? undefined : this.reader.members.get(member);
        const spec = (memberName === undefined ? undefined : this.reader.packages.get(`${memberName}/${name}`)) ?? this.reader.packages.get(name);
        const locked = spec === undefined ? undefined : lockedOf(spec);
        return locked ? [locked] : [];
    }
}

export function* bunLockSteps(text: LockText): Steps<LockIndex | undefined> {
    const reader = new BunReader();
    const complete = yield* walkJson(text, reader);
    return complete && reader.lockfileVersion !== undefined ? new BunLockIndex(reader) : undefined;
}
