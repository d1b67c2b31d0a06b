import type { Registry } from '../catalog/schema';
import type { RegistryIndex } from './registryIndex';
import type { IndexedPackage } from './indexTypes';
import type { DownloadRank } from './popularity';

/** Builds one registry's index when it is first asked about. */
export type IndexLoader = () => RegistryIndex;

/**
 * The index of each registry that has one; a registry without one simply knows nothing. An
 * index given as a loader is built on its first question, so a hover in package.json parses
 * the npm file alone and a Python-only review never parses it.
 */
export class RegistryIndexes {
    private readonly byRegistry: Partial<Record<Registry, RegistryIndex>>;
    private readonly loaders: Partial<Record<Registry, IndexLoader>>;

    constructor(indexes: readonly RegistryIndex[], loaders: Partial<Record<Registry, IndexLoader>> = {}) {
        this.byRegistry = Object.fromEntries(indexes.map((index) => [index.registry, index]));
        this.loaders = { ...loaders };
    }

    get(registry: Registry): RegistryIndex | undefined {
        const loader = this.loaders[registry];
        if (loader) {
            delete this.loaders[registry];
            this.byRegistry[registry] = loader();
        }
        return this.byRegistry[registry];
    }

    lookup(registry: Registry, name: string): IndexedPackage | undefined {
        return this.get(registry)?.lookup(name);
    }

    /** The package's place in its registry's download list; undefined when the list does not rank it. */
    downloadRank(registry: Registry, name: string): DownloadRank | undefined {
        const found = this.lookup(registry, name);
        const listSize = this.get(registry)?.rankedSize ?? 0;
        return found?.rank === undefined || listSize === 0 ? undefined : { rank: found.rank, listSize, asOf: found.asOf };
    }
}
