import { packageKey } from './packageNames';
import type { CatalogEntry, Registry } from './schema';

/**
 * The loaded catalog with its indexes. Built once; every lookup is a map access, never a
 * scan of the entries.
 */
export class Catalog {
    private readonly byId = new Map<string, CatalogEntry>();
    private readonly byPackage = new Map<string, CatalogEntry>();

    constructor(private readonly entries: readonly CatalogEntry[]) {
        for (const entry of entries) {
            this.byId.set(entry.id, entry);
            for (const pkg of entry.packages) {
                this.byPackage.set(packageKey(pkg.registry, pkg.name), entry);
            }
        }
    }

    get(id: string): CatalogEntry | undefined {
        return this.byId.get(id);
    }

    /** The entry's name, or the id itself when the catalog has no such entry. */
    nameOf(id: string): string {
        return this.byId.get(id)?.name ?? id;
    }

    all(): readonly CatalogEntry[] {
        return this.entries;
    }

    findPackage(registry: Registry, name: string): CatalogEntry | undefined {
        return this.byPackage.get(packageKey(registry, name));
    }
}

/** Entries in the order people look them up: by name. */
export function byEntryName(a: CatalogEntry, b: CatalogEntry): number {
    return a.name.localeCompare(b.name);
}
