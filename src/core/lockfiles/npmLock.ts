/**
 * npm's package-lock.json and npm-shrinkwrap.json, lockfile versions 1, 2 and 3. Versions 2
 * and 3 list every installed folder under `packages` ("node_modules/a", "packages/web",
 * "packages/web/node_modules/a"), which says what each workspace member resolves the way Node
 * does: the member's own node_modules first, then each folder above it. Version 1 only has the
 * nested `dependencies` tree, and no workspaces. Read with the sliced JSON walk (jsonWalk.ts).
 */
import type { Steps } from '../review/slices';
import type { LockText } from './lockText';
import { walkJson, type JsonChoice, type JsonScalar } from './jsonWalk';
import { lockedPackage, type LockedPackage, type LockIndex } from './lockTypes';
import { npmLockedSource, splitAtVersion } from './npmSource';

/** The fields read from each `packages` entry. */
const PACKAGE_FIELDS = new Set(['version', 'resolved', 'link']);

interface Folder {
    version?: string;
    resolved?: string;
    link?: boolean;
}

class NpmLockReader {
    lockfileVersion: number | undefined;
    /** `packages`, by folder. */
    readonly folders = new Map<string, Folder>();
    /** Version 1's top-level `dependencies`: what the root installs. */
    readonly topLevel = new Map<string, string>();

    choose(path: readonly string[]): JsonChoice {
        const [section, key, field] = path;
        if (section === undefined) {
            return 'descend';
        }
        if (path.length === 1) {
            return section === 'lockfileVersion' ? 'value' : section === 'packages' || section === 'dependencies' ? 'descend' : 'skip';
        }
        if (path.length === 2) {
            return key !== undefined ? 'descend' : 'skip';
        }
        if (path.length === 3 && field !== undefined) {
            return (section === 'packages' && PACKAGE_FIELDS.has(field)) || (section === 'dependencies' && field === 'version') ? 'value' : 'skip';
        }
        return 'skip';
    }

    value(path: readonly string[], value: JsonScalar): void {
        const [section, key, field] = path;
        if (section === 'lockfileVersion') {
            this.lockfileVersion = typeof value === 'number' ? value : undefined;
        } else if (key !== undefined && field !== undefined && section === 'packages') {
            const folder = this.folders.get(key) ?? {};
            if (field === 'link') {
                folder.link = value === true;
            } else if (typeof value === 'string') {
                folder[field as 'version' | 'resolved'] = value;
            }
            this.folders.set(key, folder);
        } else if (key !== undefined && section === 'dependencies' && typeof value === 'string') {
            this.topLevel.set(key, value);
        }
    }
}

/** Version 1 writes an alias as "npm:real@1.2.3" and Git as a URL in `version`. */
function fromV1Version(spec: string): LockedPackage {
    if (spec.startsWith('npm:')) {
        const target = splitAtVersion(spec.slice(4));
        return lockedPackage(target?.[1] ?? spec);
    }
    const source = npmLockedSource(spec);
    return lockedPackage(source === undefined ? spec : spec.replace(/^.*#/, ''), source);
}

function fromFolder(folder: Folder): LockedPackage | undefined {
    if (folder.link) {
        return lockedPackage(folder.version ?? folder.resolved ?? '', 'workspace');
    }
    if (folder.version === undefined) {
        return undefined;
    }
    return lockedPackage(folder.version, npmLockedSource(folder.resolved) ?? npmLockedSource(folder.version));
}

/**
 * Answers from what the walk kept, without a pass over it afterwards: building a second map of
 * a 100,000-package lockfile would be one long synchronous step at the end of the sliced read.
 */
export class NpmLockIndex implements LockIndex {
    readonly kind = 'npm';
    readonly registry = 'npm';

    constructor(private readonly reader: NpmLockReader) {}

    /** Version 2 and 3 answer from `packages`; version 1 only has its `dependencies` tree. */
    private get modern(): boolean {
        return this.reader.folders.size > 0;
    }

    get size(): number {
        return this.modern ? this.reader.folders.size : this.reader.topLevel.size;
    }

    hasMember(member: string): boolean {
        return member === '' || (this.modern && this.reader.folders.has(member) && !member.split('/').includes('node_modules'));
    }

    /** Node's lookup: `member/node_modules/name`, then each folder above, then the root's. */
    resolve(name: string, member: string): readonly LockedPackage[] {
        if (!this.modern) {
            const spec = this.reader.topLevel.get(name);
            return spec === undefined ? [] : [fromV1Version(spec)];
        }
        const parts = member === '' ? [] : member.split('/');
        for (let depth = parts.length; depth >= 0; depth--) {
            const base = parts.slice(0, depth).join('/');
            const folder = this.reader.folders.get(`${base === '' ? '' : `${base}/`}node_modules/${name}`);
            const locked = folder === undefined ? undefined : fromFolder(folder);
            if (locked) {
                return [locked];
            }
        }
        return [];
    }
}

export function* npmLockSteps(text: LockText): Steps<LockIndex | undefined> {
    const reader = new NpmLockReader();
    const complete = yield* walkJson(text, reader);
    // A truncated or broken file says nothing rather than half of what it would.
    return complete ? new NpmLockIndex(reader) : undefined;
}
