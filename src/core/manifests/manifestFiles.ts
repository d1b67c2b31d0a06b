/**
 * Which files are manifests, and which folders the review never enters. This one list of names
 * decides everything that asks: each format's `matches()`, the hover's document selector, the
 * review's `findFiles` glob and the activation events in package.json (a unit test keeps those
 * equal). Pure and free of the parsers, so the hover can test a name before loading them.
 */

/** The formats, by id; `formats.ts` pairs each with its parser. */
export type ManifestFormatId = 'package.json' | 'gemfile' | 'gemspec' | 'requirements' | 'pyproject' | 'pipfile';

export interface ManifestFileNames {
    readonly format: ManifestFormatId;
    /**
     * Globs on the file name, matched case-sensitively as VS Code matches them: `*` stands for any
     * characters but a separator; a glob with `/` also matches the parent folder's name.
     */
    readonly globs: readonly string[];
    /** The language VS Code gives such files, whose opening activates the extension. */
    readonly language: string;
}

export const MANIFEST_FILES: readonly ManifestFileNames[] = [
    { format: 'package.json', globs: ['package.json'], language: 'json' },
    { format: 'gemfile', globs: ['Gemfile', 'gems.rb'], language: 'ruby' },
    { format: 'gemspec', globs: ['*.gemspec'], language: 'ruby' },
    {
        format: 'requirements',
        // pip's requirements and constraints files, and any .txt/.in in a requirements/ folder.
        globs: ['*requirements*.txt', '*requirements*.in', '*constraints*.txt', '*constraints*.in', 'requirements/*.txt', 'requirements/*.in'],
        language: 'pip-requirements',
    },
    { format: 'pyproject', globs: ['pyproject.toml'], language: 'toml' },
    { format: 'pipfile', globs: ['Pipfile'], language: 'toml' },
];

/** Every manifest glob, in list order. */
export const MANIFEST_NAMES: readonly string[] = MANIFEST_FILES.flatMap((files) => files.globs);

/** The languages of manifest files, each once. */
export const MANIFEST_LANGUAGES: readonly string[] = [...new Set(MANIFEST_FILES.map((files) => files.language))];

function globRegExp(glob: string): RegExp {
    const source = glob
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*');
    return new RegExp(`^${source}$`);
}

const MATCHERS: readonly { format: ManifestFormatId; segments: number; pattern: RegExp }[] = MANIFEST_FILES.flatMap((files) =>
    files.globs.map((glob) => ({ format: files.format, segments: glob.split('/').length, pattern: globRegExp(glob) })),
);

/** The format whose names include this file's, by its last path segments (either separator). */
export function manifestFormatOf(fileName: string): ManifestFormatId | undefined {
    const segments = fileName.split(/[\\/]/);
    return MATCHERS.find(({ segments: count, pattern }) => segments.length >= count && pattern.test(segments.slice(-count).join('/')))?.format;
}

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
