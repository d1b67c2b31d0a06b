import type { Catalog } from '../catalog/catalog';
import type { Registry } from '../catalog/schema';
import { describePackage, type PackageDescription } from './describe';
import type { FamilyRules } from './families';
import type { RegistryIndexes } from './registryIndexes';
import { TyposquatCheck, typosquatWarning, type TyposquatWarning } from './typosquat';
import type { RegistryListFacts } from './signals';
import type { DownloadRank } from './popularity';

/**
 * The three tiers behind one lookup, once the registry data is loaded: what a hover, the review
 * and the API ask. Pure: the host reads the files and hands them over.
 */
export interface RegistryLookup {
    describe(registry: Registry, name: string): PackageDescription | undefined;
    /** A warning when no tier knows `name` and it is a likely slip for a much used package. */
    typosquat(registry: Registry, name: string): TyposquatWarning | undefined;
    list(registry: Registry): RegistryListFacts | undefined;
}

export class RegistryTiers implements RegistryLookup {
    // Built on the first unknown name: comparing needs the top 1,000 names of two indexes split up.
    private check: TyposquatCheck | undefined;

    constructor(
        private readonly catalog: Catalog,
        private readonly families: FamilyRules,
        private readonly indexes: RegistryIndexes,
    ) {}

    describe(registry: Registry, name: string): PackageDescription | undefined {
        return describePackage(this.catalog, this.families, this.indexes, registry, name);
    }

    typosquat(registry: Registry, name: string): TyposquatWarning | undefined {
        this.check ??= new TyposquatCheck(this.indexes);
        return typosquatWarning(this.check, this.catalog, this.families, this.indexes, registry, name);
    }

    /** For recommendations: the scoring reads ranks, never the indexes themselves. */
    downloadRank(registry: Registry, name: string): DownloadRank | undefined {
        return this.indexes.downloadRank(registry, name);
    }

    list(registry: Registry): RegistryListFacts | undefined {
        const index = this.indexes.get(registry);
        if (!index || index.size === 0) {
            return undefined;
        }
        return { registry, asOf: index.asOf, rankedSize: index.rankedSize, size: index.size, summaryAuthor: index.summaryAuthor };
    }
}
