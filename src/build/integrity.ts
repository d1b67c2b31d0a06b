import { packageKey } from '../core/catalog/packageNames';
import type { CatalogEntry } from '../core/catalog/schema';
import { crossCategoryAllowed } from './alternativeAllowList';

type RelationField = 'extends' | 'builtOn' | 'worksWith';
const RELATIONS: readonly RelationField[] = ['extends', 'builtOn', 'worksWith'];

/**
 * Cross-entry rules the schema alone cannot express. Returns one readable line per problem;
 * an empty list means the catalog is consistent.
 */
export function findIntegrityProblems(entries: readonly CatalogEntry[]): string[] {
    const ids = new Set<string>();
    const problems: string[] = [];
    for (const entry of entries) {
        if (ids.has(entry.id)) {
            problems.push(`duplicate id "${entry.id}"`);
        }
        ids.add(entry.id);
    }
    return [...problems, ...referenceProblems(entries, ids), ...packageProblems(entries), ...aliasProblems(entries), ...alternativeProblems(entries)];
}

function referenceProblems(entries: readonly CatalogEntry[], ids: ReadonlySet<string>): string[] {
    const problems: string[] = [];
    for (const entry of entries) {
        const references: [string, readonly string[]][] = [
            ['alternatives', entry.alternatives],
            ['languages', entry.languages],
            ['status.successors', entry.status.successors ?? []],
            ...RELATIONS.map((field): [string, readonly string[]] => [field, entry[field] ?? []]),
        ];
        for (const [field, refs] of references) {
            for (const ref of refs) {
                if (!ids.has(ref)) {
                    problems.push(`${entry.id}: ${field} names unknown id "${ref}"`);
                }
                if (ref === entry.id) {
                    problems.push(`${entry.id}: ${field} names the entry itself`);
                }
            }
        }
    }
    return problems;
}

/**
 * An alias ranks its entry first in searches, so one word may not put two entries of an
 * ecosystem first, nor hide another entry named by that word. Across ecosystems a word may
 * name several entries ("pg" for the PostgreSQL driver of each language).
 */
function aliasProblems(entries: readonly CatalogEntry[]): string[] {
    const problems: string[] = [];
    const owners = new Map<string, string>();
    for (const entry of entries) {
        owners.set(`${entry.ecosystem}:${entry.name.toLowerCase()}`, entry.id);
    }
    for (const entry of entries) {
        for (const alias of entry.aliases ?? []) {
            const key = `${entry.ecosystem}:${alias}`;
            const owner = owners.get(key);
            if (owner !== undefined && owner !== entry.id) {
                problems.push(`${entry.id}: alias "${alias}" already names "${owner}" in ${entry.ecosystem}`);
            }
            owners.set(key, entry.id);
        }
    }
    return problems;
}

function packageProblems(entries: readonly CatalogEntry[]): string[] {
    const problems: string[] = [];
    const owners = new Map<string, string>();
    for (const entry of entries) {
        for (const pkg of entry.packages) {
            const key = packageKey(pkg.registry, pkg.name);
            const owner = owners.get(key);
            if (owner !== undefined && owner !== entry.id) {
                problems.push(`${pkg.registry} package "${pkg.name}" maps to both "${owner}" and "${entry.id}"`);
            }
            owners.set(key, entry.id);
        }
    }
    return problems;
}

/**
 * An alternative is something a user could adopt instead, for the same job. What a machine can
 * tell is not: the entry's own host or base (a plugin's host, the library a wrapper is built on),
 * something the entry already names as a companion or base, and an entry of another category
 * that shares no use case, unless that pairing is allowed explicitly (alternativeAllowList.ts).
 */
function alternativeProblems(entries: readonly CatalogEntry[]): string[] {
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const problems: string[] = [];
    for (const entry of entries) {
        for (const id of entry.alternatives) {
            const other = byId.get(id);
            if (other === undefined) {
                continue;
            }
            for (const field of ['extends', 'builtOn'] as const) {
                if (other[field]?.includes(entry.id)) {
                    problems.push(`${entry.id}: alternative "${id}" names it in ${field} (a host or base is no alternative)`);
                }
            }
            for (const field of RELATIONS) {
                if (entry[field]?.includes(id)) {
                    problems.push(`${entry.id}: "${id}" is listed both as an alternative and in ${field}`);
                }
            }
            if (unrelatedCategories(entry, other) && !crossCategoryAllowed(entry, other)) {
                problems.push(
                    `${entry.id}: alternative "${id}" is a ${other.category} entry sharing no use case with this ${entry.category} entry`,
                );
            }
        }
    }
    return problems;
}

function unrelatedCategories(a: CatalogEntry, b: CatalogEntry): boolean {
    return a.category !== b.category && !a.useCases.some((useCase) => b.useCases.includes(useCase));
}
