/**
 * Which files the workspace review reads and which folders it never enters. Pure, so the
 * rules are tested without VS Code; the adapter turns them into `findFiles` globs.
 */

/** The manifest names the review looks for; the formats decide on each file they are given. */
export const MANIFEST_NAMES: readonly string[] = [
    'package.json',
    'Gemfile',
    'gems.rb',
    '*.gemspec',
    '*requirements*.txt',
    '*requirements*.in',
    'requirements/*.txt',
    'requirements/*.in',
    'pyproject.toml',
    'Pipfile',
];

/**
 * Folders that hold installed or generated code, never the project's own manifests:
 * dependencies (node_modules, vendor, bower_components), Python environments and caches, build
 * output, and version control.
 */
export const SKIPPED_FOLDERS: readonly string[] = [
    'node_modules',
    'bower_components',
    'vendor',
    '.bundle',
    '.yarn',
    '.venv',
    'venv',
    'site-packages',
    '__pycache__',
    '.tox',
    '.nox',
    'dist',
    'build',
    'out',
    '.next',
    '.nuxt',
    'target',
    '.git',
    '.hg',
    '.svn',
];

/**
 * At most this many manifests are read. Not a budget (the review reads a real monorepo's
 * thousands in slices), only a last guard against a runaway folder such as a generated
 * fixture tree; the review says when it applies.
 */
export const MAX_MANIFESTS = 20_000;

/** The marker of a Python virtual environment, whatever its folder is called ("env", ".env", "py311"). */
export const VIRTUAL_ENV_MARKER = 'pyvenv.cfg';

export const MANIFEST_GLOB = `**/{${MANIFEST_NAMES.join(',')}}`;
export const SKIPPED_GLOB = `**/{${SKIPPED_FOLDERS.join(',')}}/**`;

const segments = (path: string): string[] => path.split(/[\\/]/).filter((segment) => segment.length > 0);

/**
 * True when the file lies in a skipped folder or in a virtual environment (a folder holding
 * `pyvenv.cfg`). Paths use the same base as `virtualEnvFolders`.
 */
export function isSkippedManifest(path: string, virtualEnvFolders: readonly string[]): boolean {
    const parts = segments(path);
    if (parts.slice(0, -1).some((part) => SKIPPED_FOLDERS.includes(part))) {
        return true;
    }
    return virtualEnvFolders.some((folder) => {
        const prefix = segments(folder);
        // A virtual environment at the root means the user opened it on purpose: read it.
        return prefix.length > 0 && prefix.length < parts.length && prefix.every((part, index) => parts[index] === part);
    });
}
