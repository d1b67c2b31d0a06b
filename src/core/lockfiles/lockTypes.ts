import type { Registry } from '../catalog/schema';
import { normalizePackageName } from '../catalog/packageNames';

/** The lockfile formats Stack Guide reads, one per tool (npm's shrinkwrap shares npm's). */
export type LockfileKind = 'npm' | 'yarn-classic' | 'yarn-berry' | 'pnpm' | 'bun' | 'bundler' | 'poetry' | 'uv' | 'pdm' | 'pipenv';

/** Where a locked package comes from when it is not the registry. */
export type LockedSource = 'git' | 'path' | 'workspace' | 'url';

/** One package as a lockfile pins it. */
export interface LockedPackage {
    /** The version installed, without a platform suffix (`1.16.0` of `1.16.0-x86_64-linux`). */
    readonly version: string;
    readonly source?: LockedSource;
    /** A platform-specific build (a gem's `x86_64-linux`), when the lockfile records one. */
    readonly platform?: string;
}

/** What one lockfile pins, asked per dependency of a manifest it governs. */
export interface LockIndex {
    readonly kind: LockfileKind;
    readonly registry: Registry;
    /** Packages recorded, for the bench and for "nothing found" checks. */
    readonly size: number;
    /**
     * Whether the lockfile records the workspace member in `member` (a folder relative to the
     * lockfile's, `/`-separated, '' for its own). Formats that do not record members say true.
     */
    hasMember(member: string): boolean;
    /**
     * The versions of `name` that `member` would install, most likely first: one in all but
     * unusual cases (Python resolutions forked by markers, several Yarn ranges of one name that
     * no constraint tells apart). Empty when the lockfile does not have the package.
     */
    resolve(name: string, member: string, constraint?: string): readonly LockedPackage[];
}

const EMPTY: readonly LockedPackage[] = [];

/**
 * The common shape behind most formats: what each member depends on directly, what each
 * "name@range" descriptor resolved to (Yarn keys its entries that way) and every version of a
 * name anywhere in the file. `resolve` tries them in that order.
 */
export class LockTable implements LockIndex {
    private readonly members = new Map<string, Map<string, LockedPackage>>();
    private readonly descriptors = new Map<string, LockedPackage>();
    private readonly byName = new Map<string, LockedPackage[]>();
    private readonly recordsMembers: boolean;
    size = 0;

    constructor(
        readonly kind: LockfileKind,
        readonly registry: Registry,
        options: { recordsMembers: boolean },
    ) {
        this.recordsMembers = options.recordsMembers;
    }

    private key(name: string): string {
        return normalizePackageName(this.registry, name);
    }

    /** A package somewhere in the file; the first of a name is the one preferred by name alone. */
    addPackage(name: string, locked: LockedPackage): void {
        const key = this.key(name);
        const list = this.byName.get(key);
        if (!list) {
            this.byName.set(key, [locked]);
        } else if (!list.some((other) => other.version === locked.version && other.source === locked.source && other.platform === locked.platform)) {
            list.push(locked);
        }
        this.size++;
    }

    /** A member's direct dependency, resolved. */
    addDirect(member: string, name: string, locked: LockedPackage): void {
        let direct = this.members.get(member);
        if (!direct) {
            direct = new Map();
            this.members.set(member, direct);
        }
        direct.set(this.key(name), locked);
    }

    /** Records a member even when it has no dependency, so that `hasMember` knows it. */
    addMember(member: string): void {
        if (!this.members.has(member)) {
            this.members.set(member, new Map());
        }
    }

    addDescriptor(name: string, range: string, locked: LockedPackage): void {
        this.descriptors.set(`${this.key(name)}@${range.trim()}`, locked);
    }

    /** What the descriptor `name@range` resolved to, when the format keys entries that way. */
    describedBy(name: string, range: string): LockedPackage | undefined {
        return this.descriptors.get(`${this.key(name)}@${range.trim()}`);
    }

    hasMember(member: string): boolean {
        return !this.recordsMembers || member === '' || this.members.has(member);
    }

    resolve(name: string, member: string, constraint?: string): readonly LockedPackage[] {
        const key = this.key(name);
        const direct = this.members.get(member)?.get(key);
        if (direct) {
            return [direct];
        }
        const described = constraint === undefined ? undefined : this.describedBy(name, constraint);
        if (described) {
            return [described];
        }
        return this.byName.get(key) ?? EMPTY;
    }
}

/** A platform or build suffix never makes a gem or wheel another version. */
export function lockedPackage(version: string, source?: LockedSource, platform?: string): LockedPackage {
    return { version, ...(source === undefined ? {} : { source }), ...(platform === undefined ? {} : { platform }) };
}
