import type { CatalogEntry, Category, Registry } from './schema';

/** Categories whose packages belong in development dependencies rather than runtime ones. */
const DEVELOPMENT_CATEGORIES: ReadonlySet<Category> = new Set([
    'testing',
    'mocking',
    'linting',
    'formatting',
    'build-tool',
    'type-definitions',
]);

const COMMANDS: Record<Registry, (name: string, development: boolean) => string> = {
    npm: (name, development) => `npm install ${development ? '--save-dev ' : ''}${name}`,
    rubygems: (name, development) => `bundle add ${name}${development ? ' --group development' : ''}`,
    pypi: (name) => `pip install ${name}`,
};

/**
 * The shell command that adds an entry to a project, from its first (primary) package; undefined
 * for entries with no package, such as languages.
 */
export function installCommand(entry: CatalogEntry): string | undefined {
    const primary = entry.packages[0];
    if (!primary) {
        return undefined;
    }
    return COMMANDS[primary.registry](primary.name, DEVELOPMENT_CATEGORIES.has(entry.category));
}
