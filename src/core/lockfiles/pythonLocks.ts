/**
 * The TOML lockfiles of Poetry (poetry.lock), uv (uv.lock) and PDM (pdm.lock). Each lists
 * every package of the resolution as a `[[package]]` table with its name and version, and
 * says in its own way where a package not from the index came from. The file is cut at each
 * `[[package]]` header and every block is parsed on its own by the TOML parser the manifests
 * use (toml-eslint-parser), so a large lock never holds the thread for one whole parse.
 */
import type { Steps } from '../review/slices';
import { parseToml, tomlValue } from '../manifests/toml';
import { LockTable, lockedPackage, type LockedSource, type LockfileKind, type LockIndex } from './lockTypes';
import { textBlocks } from './textBlocks';

type PythonLockKind = Extract<LockfileKind, 'poetry' | 'uv' | 'pdm'>;

type Table = Readonly<Record<string, unknown>>;

const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Poetry: `[package.source] type = "git" | "directory" | "file" | "url" | "legacy"`. */
function poetrySource(pkg: Table): LockedSource | undefined {
    const type = isTable(pkg.source) ? pkg.source.type : undefined;
    return type === 'git' ? 'git' : type === 'directory' || type === 'file' ? 'path' : type === 'url' ? 'url' : undefined;
}

/** uv: `source = { registry = … }`, `{ git = … }`, `{ editable | virtual | directory | path = … }`, `{ url = … }`. */
function uvSource(pkg: Table): LockedSource | undefined {
    const source = isTable(pkg.source) ? pkg.source : {};
    if ('git' in source) {
        return 'git';
    }
    if ('editable' in source || 'virtual' in source) {
        return 'workspace';
    }
    return 'directory' in source || 'path' in source ? 'path' : 'url' in source ? 'url' : undefined;
}

/** PDM: `git = …`, `path = …`, `url = …` beside the name. */
function pdmSource(pkg: Table): LockedSource | undefined {
    return 'git' in pkg ? 'git' : 'path' in pkg ? 'path' : 'url' in pkg ? 'url' : undefined;
}

const SOURCES: Record<PythonLockKind, (pkg: Table) => LockedSource | undefined> = { poetry: poetrySource, uv: uvSource, pdm: pdmSource };

/**
 * The per-file hash lists (Poetry's and PDM's `files`, uv's `wheels`) are most of each block
 * and hold nothing read here: they are cut before parsing, which makes a large lock several
 * times faster to read. An unclosed list is left as it is, for the parser to judge.
 */
const FILE_LISTS = /^(?:files|wheels) = \[[\s\S]*?^\]\r?$/gm;

/** The one package a `[[package]]` block describes (with its `[package.source]` sub-tables). */
function packageOf(block: string): Table | undefined {
    const program = parseToml(block.replace(FILE_LISTS, ''));
    if (!program) {
        return undefined;
    }
    const value = tomlValue(program);
    const list = isTable(value) ? value.package : undefined;
    return Array.isArray(list) && isTable(list[0]) ? list[0] : undefined;
}

const isPackageHeader = (line: string): boolean => /^\[\[package\]\]\s*(?:#.*)?$/.test(line);

/** A package's block ends at the next table that is not one of its own (`[metadata]`, Poetry 1's huge `[metadata.files]`). */
const startsBlock = (line: string): boolean => isPackageHeader(line) || (line.startsWith('[') && !line.startsWith('[package.'));

export function* pythonLockSteps(kind: PythonLockKind, text: string): Steps<LockIndex | undefined> {
    const table = new LockTable(kind, 'pypi', { recordsMembers: false });
    let packages = 0;
    for (const block of yield* textBlocks(text, startsBlock)) {
        const pkg = isPackageHeader(block.header) ? packageOf(block.text) : undefined;
        const { name, version } = pkg ?? {};
        if (pkg && typeof name === 'string') {
            packages++;
            const source = SOURCES[kind](pkg);
            // uv leaves the version off a virtual workspace root and some path packages.
            if (typeof version === 'string' || source !== undefined) {
                table.addPackage(name, lockedPackage(typeof version === 'string' ? version : '', source));
            }
        }
        yield;
    }
    return packages > 0 ? table : undefined;
}
