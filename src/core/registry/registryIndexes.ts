import type { Registry } from '../catalog/schema';
import type { RegistryIndex } from './registryIndex';
import type { IndexedPackage } from './types';

/** The index of each registry that has one loaded; a registry without one simply knows nothing. */
export class RegistryIndexes {
    private readonly byRegistry: Partial<Record<Registry, RegistryIndex>>;

    constructor(indexes: readonly RegistryIndex[]) {
        this.byRegistry = Object.fromEntries(indexes.map((index) => [index.registry, index]));
    }

    get(registry: Registry): RegistryIndex | undefined {
        return this.byRegistry[registry];
    }

    lookup(registry: Registry, name: string): IndexedPackage | undefined {
        return this.byRegistry[registry]?.lookup(name);
    }
}
