import type { Catalog } from '../catalog/catalog';
import type { Registry } from '../catalog/schema';
import type { FamilyRules } from './families';
import type { RegistryIndexes } from './registryIndexes';
import type { IndexedPackage, SummaryAuthor } from './indexTypes';

/** Which tier described a package: a curated entry, a family rule, or the registry index alone. */
export type DescriptionSource = 'catalog' | 'family' | 'index';

/** What Stack Guide can say about one package name. Every string is data, escaped where shown. */
export interface PackageDescription {
    readonly name: string;
    readonly registry: Registry;
    readonly source: DescriptionSource;
    readonly summary: string;
    /** Who wrote `summary`: Stack Guide (catalog entries and family rules), the authors or Debian. */
    readonly summaryAuthor: SummaryAuthor | 'stack-guide';
    readonly entryId?: string;
    readonly familyId?: string;
    /** The family rule's own sentence, when the summary is the member's index text. */
    readonly familyDescription?: string;
    readonly latestVersion?: string;
    /** YYYY-MM. */
    readonly lastRelease?: string;
    readonly popularityRank?: number;
    readonly homepage?: string;
    /** The date of the index facts above; absent when none came from the index. */
    readonly asOf?: string;
}

/** The dated facts the index adds to any tier's description. */
function indexFacts(indexed: IndexedPackage | undefined): Partial<PackageDescription> {
    if (!indexed) {
        return {};
    }
    return {
        latestVersion: indexed.latestVersion,
        lastRelease: indexed.lastRelease,
        popularityRank: indexed.rank,
        homepage: indexed.homepage,
        asOf: indexed.asOf || undefined,
    };
}

/**
 * One answer for "what is this package?", from the most to the least curated tier: the
 * catalog's entry, else a family rule (with the member's own index summary when the index
 * knows it, and the catalog entry of the package it is about or of its parent), else the
 * registry index. Undefined when no tier knows the name.
 */
export function describePackage(
    catalog: Catalog,
    families: FamilyRules,
    index: RegistryIndexes,
    registry: Registry,
    name: string,
): PackageDescription | undefined {
    const indexed = index.lookup(registry, name);
    const base = { name, registry, ...indexFacts(indexed) };
    const entry = catalog.findPackage(registry, name);
    if (entry) {
        return { ...base, source: 'catalog', summary: entry.summary, summaryAuthor: 'stack-guide', entryId: entry.id };
    }
    const family = families.match(registry, name);
    if (family) {
        const target = family.targetPackage === undefined ? undefined : catalog.findPackage(registry, family.targetPackage);
        const entryId = target?.id ?? family.rule.parentEntryId;
        const ownSummary = indexed && indexed.summary.length > 0 ? indexed : undefined;
        return {
            ...base,
            source: 'family',
            summary: ownSummary ? ownSummary.summary : family.rule.description,
            summaryAuthor: ownSummary ? ownSummary.summaryAuthor : 'stack-guide',
            familyId: family.rule.id,
            familyDescription: family.rule.description,
            ...(entryId === undefined ? {} : { entryId }),
        };
    }
    if (indexed) {
        return { ...base, source: 'index', summary: indexed.summary, summaryAuthor: indexed.summaryAuthor };
    }
    return undefined;
}
