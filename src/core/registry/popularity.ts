import type { Registry } from '../catalog/schema';

/** A popularity band: the package is among the `within` most used packages of its registry. */
export interface PopularityBand {
    readonly within: number;
    /** For example "among the 1,000 most downloaded npm packages". */
    readonly text: string;
}

const REGISTRY_NAMES: Record<Registry, string> = { npm: 'npm', pypi: 'PyPI', rubygems: 'RubyGems' };

/**
 * The smallest power-of-ten band (100, 1,000, 10,000, …) that holds `rank`. A rank is only a
 * position in one dated list, so it is shown as a band: the exact number would suggest a
 * precision the data does not have.
 */
export function popularityBand(registry: Registry, rank: number | undefined): PopularityBand | undefined {
    if (rank === undefined || !Number.isInteger(rank) || rank < 1) {
        return undefined;
    }
    let within = 100;
    while (within < rank) {
        within *= 10;
    }
    return { within, text: `among the ${within.toLocaleString('en-US')} most downloaded ${REGISTRY_NAMES[registry]} packages` };
}
