import type { RankLookup } from '../../../src/core/registry/popularity';
import { loadTiers } from '../registry/loadTiers';

/** Download ranks from the committed registry indexes, as the extension reads them. */
export async function realRanks(): Promise<RankLookup> {
    const { indexes } = await loadTiers();
    return (registry, name) => indexes.downloadRank(registry, name);
}
