import { packageKey } from '../core/catalog/packageNames';
import type { CatalogEntry } from '../core/catalog/schema';

/**
 * Cross-entry rules the schema alone cannot express. Returns one readable line per problem;
 * an empty list means the catalog is consistent.
 */
export function findIntegrityProblems(entries: readonly CatalogEntry[]): string[] {
    const problems: string[] = [];
    const ids = new Set<string>();
    for (const entry of entries) {
        if (ids.has(entry.id)) {
            problems.push(`duplicate id "${entry.id}"`);
        }
        ids.add(entry.id);
    }

    const owners = new Map<string, string>();
    for (const entry of entries) {
        const references: [string, readonly string[]][] = [
            ['alternatives', entry.alternatives],
            ['languages', entry.languages],
            ['status.successors', entry.status.successors ?? []],
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
