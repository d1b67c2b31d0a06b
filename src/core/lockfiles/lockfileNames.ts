/**
 * Which lockfile governs a manifest, the way each tool finds it. Pure and free of the parsers,
 * so the host can decide where to look before it loads any of them.
 *
 * - npm, Yarn, pnpm and Bun: the nearest of their lockfiles in the manifest's folder or any
 *   folder above it, since a workspace keeps one lockfile at its root. Within one folder npm's
 *   shrinkwrap wins over package-lock.json, as npm itself decides; a folder with several tools'
 *   lockfiles is read in the order below.
 * - Bundler: `Gemfile.lock` beside a Gemfile or a gemspec (whose development dependencies it
 *   locks), `gems.locked` beside gems.rb.
 * - Poetry, PDM and Pipenv: the project's own lock beside pyproject.toml or Pipfile; uv also
 *   looks up the tree, since a uv workspace locks every member at its root.
 * - requirements files have no lockfile (they often are one).
 */
import type { ManifestFormatId } from '../manifests/manifestFiles';
import type { LockfileKind } from './lockTypes';

export interface LockfileName {
    readonly name: string;
    readonly kind: LockfileKind | 'yarn';
    /** Found in the manifest's folder only (false), or in the nearest folder up the tree that has one. */
    readonly upTree: boolean;
}

const NODE_LOCKS: readonly LockfileName[] = [
    { name: 'npm-shrinkwrap.json', kind: 'npm', upTree: true },
    { name: 'package-lock.json', kind: 'npm', upTree: true },
    { name: 'pnpm-lock.yaml', kind: 'pnpm', upTree: true },
    { name: 'yarn.lock', kind: 'yarn', upTree: true },
    { name: 'bun.lock', kind: 'bun', upTree: true },
];

const GEMFILE_LOCK: LockfileName = { name: 'Gemfile.lock', kind: 'bundler', upTree: false };

const PYPROJECT_LOCKS: readonly LockfileName[] = [
    { name: 'poetry.lock', kind: 'poetry', upTree: false },
    { name: 'pdm.lock', kind: 'pdm', upTree: false },
    { name: 'uv.lock', kind: 'uv', upTree: true },
];

export const LOCKFILE_NAMES: readonly LockfileName[] = [
    ...NODE_LOCKS,
    GEMFILE_LOCK,
    { name: 'gems.locked', kind: 'bundler', upTree: false },
    ...PYPROJECT_LOCKS,
    { name: 'Pipfile.lock', kind: 'pipenv', upTree: false },
];

/** Every lockfile name, for a file watcher and the review's search. */
export const LOCKFILE_GLOB = `**/{${LOCKFILE_NAMES.map((lock) => lock.name).join(',')}}`;

const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);

export function lockfileNameOf(path: string): LockfileName | undefined {
    const name = baseName(path);
    return LOCKFILE_NAMES.find((lock) => lock.name === name);
}

function namesFor(format: ManifestFormatId, manifestName: string): readonly LockfileName[] {
    switch (format) {
        case 'package.json':
            return NODE_LOCKS;
        case 'gemfile':
            return LOCKFILE_NAMES.filter((lock) => lock.name === (manifestName === 'gems.rb' ? 'gems.locked' : 'Gemfile.lock'));
        case 'gemspec':
            return [GEMFILE_LOCK];
        case 'pyproject':
            return PYPROJECT_LOCKS;
        case 'pipfile':
            return LOCKFILE_NAMES.filter((lock) => lock.kind === 'pipenv');
        case 'requirements':
            return [];
    }
}

/** A place to look: `up` folders above the manifest's, and the file name there. */
export interface LockfileCandidate {
    readonly up: number;
    readonly lock: LockfileName;
}

/**
 * Where to look for the manifest's lockfile, best first: the first that exists governs it.
 * `depth` is how many folders lie above the manifest's within the workspace folder (the
 * search never leaves it).
 */
export function lockfileCandidates(format: ManifestFormatId, manifestPath: string, depth: number): LockfileCandidate[] {
    const names = namesFor(format, baseName(manifestPath));
    const candidates: LockfileCandidate[] = [];
    for (let up = 0; up <= depth; up++) {
        for (const lock of names) {
            if (up === 0 || lock.upTree) {
                candidates.push({ up, lock });
            }
        }
    }
    return candidates;
}

/**
 * The workspace member a manifest is within the lockfile's folder: the manifest folder's last
 * `up` segments ("packages/web"), '' for the lockfile's own folder.
 */
export function memberPath(manifestFolderSegments: readonly string[], up: number): string {
    return up === 0 ? '' : manifestFolderSegments.slice(-up).join('/');
}
