/**
 * How widely each framework is adopted, read from the registry index's dated download ranks.
 * A rank is a position in one registry's list, so a framework is only ever placed among the
 * frameworks of its own registry and category: Fastify among the npm web frameworks, FastAPI
 * among the PyPI ones, never one against the other. The gem data has no ranks, so Ruby
 * frameworks get no adoption reason, neither a plus nor a minus.
 */
import { REGISTRY_LABELS } from '../catalog/labels';
import type { CatalogEntry, Registry } from '../catalog/schema';
import { popularityBand, type DownloadRank, type RankLookup } from '../registry/popularity';
import { compareCodeUnits } from '../text/order';

/** Where one framework stands among its peers: the frameworks of its registry and category that have a rank. */
export interface Adoption {
    readonly packageName: string;
    readonly registry: Registry;
    /** "among the 100 most downloaded PyPI packages". */
    readonly band: string;
    /** The band's size: 100 in the example above. */
    readonly within: number;
    readonly asOf: string;
    /** 1 for the most downloaded of the peers. */
    readonly place: number;
    readonly peers: number;
}

interface Ranked {
    readonly entry: CatalogEntry;
    readonly registry: Registry;
    readonly packageName: string;
    readonly rank: DownloadRank;
}

/** The entry's first package that its registry's list ranks: a framework's main package comes first. */
function rankedPackage(entry: CatalogEntry, ranks: RankLookup): Ranked | undefined {
    for (const pkg of entry.packages) {
        const rank = ranks(pkg.registry, pkg.name);
        if (rank) {
            return { entry, registry: pkg.registry, packageName: pkg.name, rank };
        }
    }
    return undefined;
}

export class AdoptionTable {
    /** For a catalog without registry data (or a test that wants none): no reason, no tie-break. */
    static readonly NONE = new AdoptionTable(new Map());

    /** Places each framework among the frameworks of its registry and category. */
    static build(frameworks: readonly CatalogEntry[], ranks: RankLookup): AdoptionTable {
        const groups = new Map<string, Ranked[]>();
        for (const framework of frameworks) {
            const ranked = rankedPackage(framework, ranks);
            if (ranked) {
                const key = `${ranked.registry} ${framework.category}`;
                groups.set(key, [...(groups.get(key) ?? []), ranked]);
            }
        }
        const table = new Map<string, Adoption>();
        for (const group of groups.values()) {
            group.sort((a, b) => a.rank.rank - b.rank.rank || compareCodeUnits(a.entry.id, b.entry.id));
            group.forEach((ranked, index) => {
                const band = popularityBand(ranked.registry, ranked.rank.rank, ranked.rank.listSize);
                if (band) {
                    table.set(ranked.entry.id, {
                        packageName: ranked.packageName,
                        registry: ranked.registry,
                        band: band.text,
                        within: band.within,
                        asOf: ranked.rank.asOf,
                        place: index + 1,
                        peers: group.length,
                    });
                }
            });
        }
        return new AdoptionTable(table);
    }

    private constructor(private readonly table: ReadonlyMap<string, Adoption>) {}

    of(entryId: string): Adoption | undefined {
        return this.table.get(entryId);
    }

    /**
     * 0 for the most downloaded of its peers, 1 for the least, ½ without a rank or without peers:
     * a tie-break that reads each framework's standing in its own registry, never raw figures.
     */
    standing(entryId: string): number {
        const adoption = this.table.get(entryId);
        return adoption && adoption.peers > 1 ? (adoption.place - 1) / (adoption.peers - 1) : 0.5;
    }
}

/** "the 2nd most downloaded of the 9 npm web frameworks in the catalog". */
export function placeText(adoption: Adoption, categoryLabel: string): string {
    const place = adoption.place === 1 ? 'the most downloaded' : `${ordinal(adoption.place)} by downloads`;
    return `${place} of the ${adoption.peers} ${REGISTRY_LABELS[adoption.registry]} ${categoryLabel.toLowerCase()}s in the catalog`;
}

const ORDINAL_RULES = new Intl.PluralRules('en-US', { type: 'ordinal' });
const ORDINAL_SUFFIXES: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'st', two: 'nd', few: 'rd' };

/** 1st, 2nd, 3rd, 4th, 11th, 22nd: English ordinals by the platform's own plural rules. */
function ordinal(n: number): string {
    return `${n}${ORDINAL_SUFFIXES[ORDINAL_RULES.select(n)] ?? 'th'}`;
}
