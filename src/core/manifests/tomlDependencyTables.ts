import type { ConstraintSyntax } from '../constraints/explanation';
import type { DependencySource, ManifestDependency } from './manifestTypes';
import { keySpan, tomlString, type KeySegment, type TomlKeyValue } from './toml';
import { urlSource } from './pep508';
import type { LocatedString } from './located';

/**
 * A table whose keys are package names, as in Poetry's `[tool.poetry.dependencies]` or
 * Pipfile's `[packages]`. `path` may hold '*' for one segment, as in `group.*.dependencies`.
 */
export interface DependencyTable {
    path: readonly string[];
    section: (path: readonly string[]) => string;
    /** Keys that are not packages, e.g. Poetry's `python`. */
    skip?: ReadonlySet<string>;
    constraintSyntax?: ConstraintSyntax;
}

interface Entry {
    table: DependencyTable;
    names: readonly string[];
    nameSegment: Required<KeySegment>;
    constraint?: LocatedString;
    source?: DependencySource;
    markers?: string;
}

function matchesPrefix(names: readonly string[], pattern: readonly string[]): boolean {
    return names.length > pattern.length && pattern.every((part, index) => part === '*' || part === names[index]);
}

function sourceOf(attribute: string, value: string): DependencySource | undefined {
    switch (attribute) {
        case 'git':
            return 'git';
        case 'path':
            return 'path';
        case 'url':
        case 'file':
            return /^https?:/i.test(value) ? urlSource(value) : 'path';
        default:
            return undefined;
    }
}

/**
 * Gathers the packages of the given tables. A package may be written as `name = "^1.0"`,
 * `name = { version = "^1.0", extras = [...] }`, or as a `[...dependencies.name]` sub-table,
 * so the attributes are collected per package before the dependency is built.
 */
export class DependencyTableCollector {
    private readonly entries = new Map<string, Entry>();

    constructor(
        private readonly text: string,
        private readonly tables: readonly DependencyTable[],
    ) {}

    visit(path: readonly KeySegment[], kv: TomlKeyValue): void {
        const names = path.map((segment) => segment.name);
        const table = this.tables.find((candidate) => matchesPrefix(names, candidate.path));
        if (!table) {
            return;
        }
        const nameIndex = table.path.length;
        const nameSegment = path[nameIndex];
        if (!nameSegment?.node || table.skip?.has(nameSegment.name)) {
            return;
        }
        const entry = this.entryFor(table, names.slice(0, nameIndex + 1), { name: nameSegment.name, node: nameSegment.node });
        const attribute = names[nameIndex + 1];
        const value = tomlString(this.text, kv.value);
        if (attribute === undefined) {
            entry.constraint = value ?? entry.constraint;
        } else if (names.length === nameIndex + 2 && value) {
            if (attribute === 'version') {
                entry.constraint = value;
            } else if (attribute === 'markers') {
                entry.markers = value.value;
            } else {
                entry.source = sourceOf(attribute, value.value) ?? entry.source;
            }
        }
    }

    private entryFor(table: DependencyTable, names: readonly string[], nameSegment: Required<KeySegment>): Entry {
        const key = names.join('\u0000');
        let entry = this.entries.get(key);
        if (!entry) {
            entry = { table, names, nameSegment };
            this.entries.set(key, entry);
        }
        return entry;
    }

    dependencies(): ManifestDependency[] {
        return [...this.entries.values()].map((entry) => {
            const dep: ManifestDependency = {
                registry: 'pypi',
                name: entry.nameSegment.name,
                nameSpan: keySpan(entry.nameSegment.node),
                section: entry.table.section(entry.names.slice(0, -1)),
            };
            if (entry.constraint) {
                dep.constraint = entry.constraint.value;
                dep.constraintSpan = entry.constraint.span;
                if (entry.table.constraintSyntax) {
                    dep.constraintSyntax = entry.table.constraintSyntax;
                }
            }
            if (entry.source) {
                dep.source = entry.source;
            }
            if (entry.markers !== undefined) {
                dep.markers = entry.markers;
            }
            return dep;
        });
    }
}
