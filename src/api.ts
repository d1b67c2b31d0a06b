import type { CatalogSource } from './host/catalogSource';
import type { CatalogEntry, Registry } from './core/catalog/schema';
import type { CompareApi } from './host/compare/registerCompare';
import type { RecommendApi } from './host/recommend/registerRecommend';
import type { ReviewApi } from './host/review/registerReview';
import type { CatalogTreeApi } from './host/tree/registerCatalogTree';

/**
 * What `vscode.extensions.getExtension('stackguide.stack-guide').exports` returns. Every
 * catalog call loads the catalog on first use, so they are asynchronous.
 */
export interface StackGuideApi extends RecommendApi, ReviewApi {
    readonly catalog: {
        get(id: string): Promise<CatalogEntry | undefined>;
        all(): Promise<readonly CatalogEntry[]>;
        findPackage(registry: Registry, name: string): Promise<CatalogEntry | undefined>;
    };
    readonly tree: CatalogTreeApi;
    readonly compare: CompareApi;
}

export function createCatalogApi(source: CatalogSource): StackGuideApi['catalog'] {
    return {
        get: async (id) => (await source.get()).get(id),
        all: async () => (await source.get()).all(),
        findPackage: async (registry, name) => (await source.get()).findPackage(registry, name),
    };
}
