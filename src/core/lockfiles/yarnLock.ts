/**
 * Yarn's yarn.lock. Both formats key each entry by the descriptors it satisfies
 * ("express@^4.17.1, express@^4.18.0"), which is how Yarn itself finds a dependency's
 * version: by its name and the range its manifest asks for. Classic (v1) writes its own
 * indentation format, which no maintained library reads (Yarn's @yarnpkg/lockfile is frozen
 * since 2018), so it is read here line by line; Berry (v2+) writes YAML, read block by block
 * with js-yaml. Berry also records each workspace member and its dependencies.
 */
import type { Steps } from '../review/slices';
import { LockTable, lockedPackage, type LockedPackage, type LockIndex } from './lockTypes';
import { npmLockedSource, splitAtVersion } from './npmSource';
import { isTopLevel, textBlocks } from './textBlocks';
import { isYamlMap, loadYamlBlock, yamlString, type YamlMap } from './yamlBlock';

/** `"a@^1", b@~2` → ['a@^1', 'b@~2']: descriptors are comma-separated and may be quoted. */
function descriptors(key: string): string[] {
    return key
        .split(/,\s*/)
        .map((part) => part.trim().replace(/^"(.*)"$/, '$1'))
        .filter((part) => part.length > 0);
}

/** The range part of a descriptor, with Berry's default "npm:" protocol taken off plain ranges. */
function rangeOf(range: string): string {
    return /^npm:[^@]*$/.test(range) ? range.slice(4) : range;
}

function addDescriptors(table: LockTable, key: string, locked: LockedPackage): void {
    for (const descriptor of descriptors(key)) {
        const split = splitAtVersion(descriptor);
        if (split) {
            table.addDescriptor(split[0], rangeOf(split[1]), locked);
            table.addPackage(split[0], locked);
        }
    }
}

/** Classic: a top-level key line ending in ':', then `  version "1.2.3"` and `  resolved "…"`. */
function* classicSteps(text: string): Steps<LockIndex> {
    const table = new LockTable('yarn-classic', 'npm', { recordsMembers: false });
    for (const block of yield* textBlocks(text, isTopLevel)) {
        const key = block.header.endsWith(':') ? block.header.slice(0, -1) : undefined;
        const version = /^ {2}version "?([^"\r\n]*)"?\r?$/m.exec(block.text)?.[1];
        const resolved = /^ {2}resolved "?([^"\r\n]*)"?\r?$/m.exec(block.text)?.[1];
        if (key !== undefined && version !== undefined) {
            addDescriptors(table, key, lockedPackage(version, npmLockedSource(resolved) ?? sourceOfKey(key)));
        }
        yield;
    }
    return table;
}

/** The range side of the first descriptor: `pkg@file:../pkg` is a path, `pkg@github:u/r` Git. */
function sourceOfKey(key: string): LockedPackage['source'] {
    const first = descriptors(key)[0];
    const range = first === undefined ? undefined : splitAtVersion(first)?.[1];
    return npmLockedSource(range?.replace(/^npm:/, ''));
}

/** Berry's resolution says where the package came from: "x@npm:1.2.3", "x@workspace:.", "x@https://…git#commit=…". */
function berrySource(resolution: string | undefined): LockedPackage['source'] {
    const protocol = resolution === undefined ? undefined : splitAtVersion(resolution)?.[1];
    if (protocol === undefined || protocol.startsWith('npm:')) {
        return undefined;
    }
    if (protocol.startsWith('workspace:')) {
        return 'workspace';
    }
    if (/^(?:file|portal|link):/.test(protocol)) {
        return 'path';
    }
    return /#commit=|\.git\b|^(?:git|github):/.test(protocol) ? 'git' : 'url';
}

interface PendingMember {
    member: string;
    dependencies: YamlMap;
}

function addBerryEntry(table: LockTable, key: string, entry: YamlMap, members: PendingMember[]): void {
    const version = yamlString(entry, 'version');
    const resolution = yamlString(entry, 'resolution');
    if (version === undefined) {
        return;
    }
    const workspace = /@workspace:(.*)$/.exec(resolution ?? '');
    if (workspace) {
        const member = workspace[1] === '.' ? '' : (workspace[1] ?? '');
        table.addMember(member);
        const dependencies = entry.dependencies;
        members.push({ member, dependencies: isYamlMap(dependencies) ? dependencies : {} });
    }
    addDescriptors(table, key, lockedPackage(version, berrySource(resolution)));
}

function* berrySteps(text: string): Steps<LockIndex> {
    const table = new LockTable('yarn-berry', 'npm', { recordsMembers: true });
    const members: PendingMember[] = [];
    for (const block of yield* textBlocks(text, isTopLevel)) {
        const parsed = block.header.startsWith('__metadata') || block.header === '' ? undefined : loadYamlBlock(block.text);
        for (const [key, entry] of Object.entries(parsed ?? {})) {
            if (isYamlMap(entry)) {
                addBerryEntry(table, key, entry, members);
            }
        }
        yield;
    }
    // A member's dependency resolves through the entry its descriptor names.
    for (const { member, dependencies } of members) {
        for (const [name, range] of Object.entries(dependencies)) {
            const found = typeof range === 'string' ? table.describedBy(name, rangeOf(range)) : undefined;
            if (found) {
                table.addDirect(member, name, found);
            }
        }
    }
    return table;
}

/** Berry writes `__metadata:` first; Classic a "# yarn lockfile v1" comment. */
export function* yarnLockSteps(text: string): Steps<LockIndex | undefined> {
    const berry = /^__metadata:/m.test(text);
    return berry ? yield* berrySteps(text) : yield* classicSteps(text);
}
