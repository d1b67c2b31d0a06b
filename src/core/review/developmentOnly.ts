/**
 * Whether a declaration is for development or tests only: a dev server, a test helper, a
 * linter's stubs. Such a dependency never runs in the shipped program, so it does not play the
 * same role as a runtime one of its category (Zulip serves with Tornado and runs aiohttp in a
 * development proxy; GitLab runs Unicorn and starts Thin in development).
 */

/** Group, extra and file-name words that mean "not shipped". */
const DEVELOPMENT_WORDS = new Set(['dev', 'develop', 'development', 'test', 'tests', 'testing', 'lint', 'linting', 'typing', 'types', 'docs', 'doc', 'ci']);

const isDevelopmentWord = (word: string): boolean => DEVELOPMENT_WORDS.has(word.toLowerCase());

/** Section labels that say so by themselves (see the manifest parsers' `section`). */
const DEVELOPMENT_SECTIONS = new Set(['devDependencies', 'development dependencies', '[dev-packages]', '[tool.poetry.dev-dependencies]', '[tool.uv] dev-dependencies']);

/**
 * A Gemfile's `group :development, :test` (nested blocks are joined with " › "): development
 * only when one enclosing group names nothing but development words.
 */
function isDevelopmentGemGroup(section: string): boolean {
    return section.split(' › ').some((label) => {
        const symbols = /^group (.+)$/.exec(label)?.[1]?.split(/,\s*/).map((symbol) => symbol.replace(/^:/, ''));
        return symbols !== undefined && symbols.length > 0 && symbols.every(isDevelopmentWord);
    });
}

/** `[dependency-groups] dev`, `[project.optional-dependencies] test`, `[tool.poetry.group.lint.dependencies]`. */
function isDevelopmentPythonGroup(section: string): boolean {
    const group = /^\[(?:dependency-groups|project\.optional-dependencies)\] (.+)$/.exec(section)?.[1] ?? /^\[tool\.poetry\.group\.(.+)\.dependencies\]$/.exec(section)?.[1];
    return group !== undefined && isDevelopmentWord(group);
}

/** requirements-dev.txt, dev-requirements.txt, requirements/test.txt: the file name says it. */
function isDevelopmentRequirementsFile(manifestPath: string): boolean {
    const parts = manifestPath.split(/[\\/]/);
    const name = (parts[parts.length - 1] ?? '').replace(/\.(?:txt|in)$/, '');
    const folder = parts[parts.length - 2] ?? '';
    const words = name.split(/[-_.]/).filter((word) => word !== 'requirements');
    return words.some(isDevelopmentWord) || (folder === 'requirements' && isDevelopmentWord(name));
}

/** True when a dependency declared in `section` of the manifest at `manifestPath` is not shipped. */
export function isDevelopmentOnly(section: string, manifestPath: string): boolean {
    if (section === 'requirements') {
        return isDevelopmentRequirementsFile(manifestPath);
    }
    return DEVELOPMENT_SECTIONS.has(section) || isDevelopmentGemGroup(section) || isDevelopmentPythonGroup(section);
}
