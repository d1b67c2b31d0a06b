/**
 * pnpm's pnpm-lock.yaml, lockfile versions 5.x (pnpm 7 and before), 6.0 (pnpm 8) and 9.0
 * (pnpm 9 and 10). Every version records what each workspace member (`importers`) or the
 * single project (top-level `dependencies`, before 9.0) resolved its direct dependencies to,
 * which is all a manifest's hover needs: the `packages` and `snapshots` sections, the bulk of
 * a large file, are never parsed. Each importer is read with js-yaml on its own.
 */
import type { Steps } from '../review/slices';
import { LockTable, lockedPackage, type LockedPackage, type LockIndex } from './lockTypes';
import { isTopLevel, textBlocks, type TextBlock } from './textBlocks';
import { isYamlMap, loadYamlBlock, yamlString, type YamlMap, type YamlValue } from './yamlBlock';

const DEPENDENCY_SECTIONS = ['dependencies', 'devDependencies', 'optionalDependencies'] as const;

/**
 * A resolved version as pnpm writes it, without peer suffixes: "4.17.1", "4.17.1_react@17.0.2"
 * (5.x), "4.17.1(react@18.2.0)" (6+); an alias "/real/1.0.0" (5.x), "/real@1.0.0" (6.0) or
 * "real@1.0.0" (9.0); a workspace "link:../lib"; a tarball or Git "github.com/u/r/sha".
 */
export function pnpmVersion(raw: string): LockedPackage | undefined {
    const value = raw.trim();
    if (value.startsWith('link:')) {
        return lockedPackage(value.slice(5), 'workspace');
    }
    if (value.startsWith('file:')) {
        return lockedPackage(value.slice(5), 'path');
    }
    // The peer suffix follows the version: a name may contain "_" itself.
    const bare = value.replace(/\(.*$/, '').replace(/^((?:.*[/@])?\d[^_]*)_.*$/, '$1');
    if (/^\d/.test(bare)) {
        return lockedPackage(bare);
    }
    const alias = /^\/?(?:@[^/@]+\/)?[^/@]+[/@](\d[^/]*)$/.exec(bare);
    if (alias?.[1] !== undefined) {
        return lockedPackage(alias[1]);
    }
    if (/^(?:github\.com|gitlab\.com|bitbucket\.org|git\+|git:|https:\/\/codeload)/.test(bare) || bare.includes('.git')) {
        return lockedPackage(bare.replace(/^.*[#/]/, ''), 'git');
    }
    return bare.length > 0 ? lockedPackage(bare, 'url') : undefined;
}

/** 6.0+ writes `name: {specifier, version}`; 5.x `name: version`. */
function versionOf(entry: YamlValue): string | undefined {
    return typeof entry === 'string' ? entry : isYamlMap(entry) ? yamlString(entry, 'version') : undefined;
}

function addImporter(table: LockTable, member: string, importer: YamlMap): void {
    table.addMember(member);
    for (const section of DEPENDENCY_SECTIONS) {
        const dependencies = importer[section];
        if (!isYamlMap(dependencies)) {
            continue;
        }
        for (const [name, entry] of Object.entries(dependencies)) {
            const raw = versionOf(entry);
            const locked = raw === undefined ? undefined : pnpmVersion(raw);
            if (locked) {
                table.addDirect(member, name, locked);
                table.addPackage(name, locked);
            }
        }
    }
}

/** Each importer of the `importers` section, one YAML parse each: "  packages/app:" starts one. */
function* importerSteps(table: LockTable, section: TextBlock): Steps<void> {
    const body = section.text.slice(section.text.indexOf('\n') + 1);
    for (const block of yield* textBlocks(body, (line) => /^ {2}[^\s#]/.test(line))) {
        const parsed = block.header === '' ? undefined : loadYamlBlock(block.text.replace(/^ {2}/gm, ''));
        for (const [member, importer] of Object.entries(parsed ?? {})) {
            if (isYamlMap(importer)) {
                addImporter(table, member === '.' ? '' : member, importer);
            }
        }
        yield;
    }
}

export function* pnpmLockSteps(text: string): Steps<LockIndex | undefined> {
    const table = new LockTable('pnpm', 'npm', { recordsMembers: true });
    let version: string | undefined;
    const single: Record<string, YamlValue> = {};
    // Sections are cut again (importers) or skipped (packages, snapshots): no cap at this level.
    for (const block of yield* textBlocks(text, isTopLevel, Infinity)) {
        const key = /^([A-Za-z]+):/.exec(block.header)?.[1];
        if (key === 'lockfileVersion') {
            version = yamlString(loadYamlBlock(block.text), key);
        } else if (key === 'importers') {
            yield* importerSteps(table, block);
        } else if ((DEPENDENCY_SECTIONS as readonly string[]).includes(key ?? '')) {
            Object.assign(single, loadYamlBlock(block.text));
        }
        yield;
    }
    if (version === undefined) {
        return undefined;
    }
    // Before workspaces were recorded under `importers`, the top-level sections are the root's.
    if (Object.keys(single).length > 0) {
        addImporter(table, '', single);
    }
    return table;
}
