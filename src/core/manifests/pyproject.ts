import type { ManifestDependency, ManifestFormat } from './manifestTypes';
import { parseToml, tomlString, visitKeyValues, type TomlContent } from './toml';
import { DependencyTableCollector, type DependencyTable } from './tomlDependencyTables';
import { pep508Dependency } from './pep508';
import { parseManifest } from './harness';
import { manifestFormatOf } from './manifestFiles';

/** Keys whose value is an array of PEP 508 strings, and the section label of each. */
function pep508ArraySection(names: readonly string[]): string | undefined {
    const [first, second, third] = names;
    if (names.length === 2 && first === 'project' && second === 'dependencies') {
        return '[project] dependencies';
    }
    if (names.length === 3 && first === 'project' && second === 'optional-dependencies') {
        return `[project.optional-dependencies] ${third}`;
    }
    if (names.length === 2 && first === 'dependency-groups') {
        return `[dependency-groups] ${second}`;
    }
    if (names.length === 2 && first === 'build-system' && second === 'requires') {
        return '[build-system] requires';
    }
    if (names.length === 3 && first === 'tool' && second === 'uv' && third !== undefined && UV_ARRAYS.has(third)) {
        return `[tool.uv] ${third}`;
    }
    return undefined;
}

const UV_ARRAYS = new Set(['dev-dependencies', 'constraint-dependencies', 'override-dependencies']);

const POETRY_TABLES: DependencyTable[] = [
    { path: ['tool', 'poetry', 'dependencies'], section: () => '[tool.poetry.dependencies]', skip: new Set(['python']), constraintSyntax: 'poetry' },
    { path: ['tool', 'poetry', 'dev-dependencies'], section: () => '[tool.poetry.dev-dependencies]', constraintSyntax: 'poetry' },
    {
        path: ['tool', 'poetry', 'group', '*', 'dependencies'],
        section: (names) => `[tool.poetry.group.${names[3] ?? ''}.dependencies]`,
        constraintSyntax: 'poetry',
    },
];

function fromPep508Array(text: string, value: TomlContent, section: string, out: ManifestDependency[]): void {
    if (value.type !== 'TOMLArray') {
        return;
    }
    // Non-strings, such as PEP 735's `{ include-group = "test" }`, name no package.
    for (const element of value.elements) {
        const str = tomlString(text, element);
        const dep = str ? pep508Dependency(str, section) : undefined;
        if (dep) {
            out.push(dep);
        }
    }
}

function parsePyproject(text: string): ManifestDependency[] {
    const program = parseToml(text);
    if (!program) {
        return [];
    }
    const out: ManifestDependency[] = [];
    const poetry = new DependencyTableCollector(text, POETRY_TABLES);
    visitKeyValues(program, (path, kv) => {
        const section = pep508ArraySection(path.map((segment) => segment.name));
        if (section !== undefined) {
            fromPep508Array(text, kv.value, section, out);
        } else {
            poetry.visit(path, kv);
        }
    });
    return [...out, ...poetry.dependencies()];
}

export const pyprojectFormat: ManifestFormat = {
    id: 'pyproject',
    registry: 'pypi',
    matches: (fileName: string): boolean => manifestFormatOf(fileName) === 'pyproject',
    parse: (text, onError) => parseManifest(text, (source) => ({ dependencies: parsePyproject(source) }), onError),
};
