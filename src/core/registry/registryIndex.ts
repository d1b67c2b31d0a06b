import { normalizePackageName } from '../catalog/packageNames';
import type { Registry } from '../catalog/schema';
import { cleanSummary, httpsUrl } from './indexText';
import type { IndexedPackage, IndexRow, SummaryAuthor } from './indexTypes';

/** The longest package name any of the three registries accepts (npm's limit is the largest). */
const MAX_NAME_LENGTH = 214;

/**
 * The key a name is looked up under. PyPI names are compared after PEP 503 normalisation, as
 * pip does. RubyGems no longer accepts a new gem whose name differs from an existing one only
 * in case, and Debian's package names (the source of our gem list) are lower case, so gems are
 * compared case-insensitively. npm names are compared as written.
 */
function lookupKey(registry: Registry, name: string): string {
    const normalized = normalizePackageName(registry, name);
    return registry === 'rubygems' ? normalized.toLowerCase() : normalized;
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isRow(row: unknown): row is IndexRow {
    return Array.isArray(row) && typeof row[0] === 'string' && row[0].length > 0 && row[0].length <= MAX_NAME_LENGTH && typeof row[1] === 'string';
}

function optionalString(value: unknown, pattern: RegExp): string | undefined {
    return typeof value === 'string' && pattern.test(value) ? value : undefined;
}

/** The checked rows and the name map, built from an index file's raw rows. */
interface Indexed {
    readonly rows: readonly IndexRow[];
    readonly byName: ReadonlyMap<string, IndexRow>;
    /** How many rows carry a rank: the length of the ranked list, 0 for data without ranks. */
    readonly ranked: number;
}

function buildIndex(registry: Registry, rawRows: readonly unknown[]): Indexed {
    const rows: IndexRow[] = [];
    const byName = new Map<string, IndexRow>();
    let ranked = 0;
    for (const row of rawRows) {
        if (!isRow(row)) {
            continue;
        }
        rows.push(row);
        ranked += typeof row[3] === 'number' ? 1 : 0;
        const key = lookupKey(registry, row[0]);
        // The first row wins: rows are sorted by rank, so that is the more used spelling.
        if (!byName.has(key)) {
            byName.set(key, row);
        }
    }
    return { rows, byName, ranked };
}

/**
 * One registry's index of most-used packages, read from an index file. The file is hostile
 * input like every registry string: a malformed file gives an empty index, a malformed row is
 * skipped, and each fact is checked when a package is looked up. The name map is built on the
 * first question, not at load: an index is loaded when a manifest opens, and building its
 * 50,000 map entries is only worth it once a name is asked.
 */
export class RegistryIndex {
    readonly registry: Registry;
    readonly asOf: string;
    readonly source: string;
    readonly summaryAuthor: SummaryAuthor;
    private readonly rawRows: readonly unknown[];
    private indexed: Indexed | undefined;

    constructor(registry: Registry, file: unknown) {
        this.registry = registry;
        const valid = isObject(file) && file.registry === registry && Array.isArray(file.packages);
        this.asOf = valid ? (optionalString(file.asOf, /^\d{4}-\d{2}-\d{2}$/) ?? '') : '';
        this.source = valid && typeof file.source === 'string' ? cleanSummary(file.source) : '';
        this.summaryAuthor = valid && file.summaryAuthor === 'debian' ? 'debian' : 'authors';
        this.rawRows = valid ? (file.packages as unknown[]) : [];
    }

    private index(): Indexed {
        this.indexed ??= buildIndex(this.registry, this.rawRows);
        return this.indexed;
    }

    get size(): number {
        return this.index().byName.size;
    }

    /** The length of the ranked list (the N of "the N most downloaded"); 0 when the data has no ranks. */
    get rankedSize(): number {
        return this.index().ranked;
    }

    lookup(name: string): IndexedPackage | undefined {
        const row = this.index().byName.get(lookupKey(this.registry, name));
        return row ? this.toPackage(row) : undefined;
    }

    has(name: string): boolean {
        return this.index().byName.has(lookupKey(this.registry, name));
    }

    /** The names ranked 1 to `count`, most used first; empty when the data has no ranks. */
    topNames(count: number): string[] {
        const names: string[] = [];
        for (const row of this.index().rows) {
            const rank = row[3];
            if (typeof rank === 'number' && rank <= count) {
                names.push(row[0]);
            }
        }
        return names;
    }

    private toPackage(row: IndexRow): IndexedPackage {
        const [name, summary, latestVersion, rank, lastRelease, homepage] = row;
        return {
            name,
            registry: this.registry,
            summary: cleanSummary(summary),
            summaryAuthor: this.summaryAuthor,
            latestVersion: optionalString(latestVersion, /^[0-9A-Za-z][0-9A-Za-z.+_!-]{0,63}$/),
            rank: typeof rank === 'number' && Number.isInteger(rank) && rank > 0 ? rank : undefined,
            lastRelease: optionalString(lastRelease, /^\d{4}-(0[1-9]|1[0-2])$/),
            homepage: httpsUrl(homepage),
            asOf: this.asOf,
        };
    }
}
