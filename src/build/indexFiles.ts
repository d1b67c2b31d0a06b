import { normalizePackageName } from '../core/catalog/packageNames';
import { cleanSummary } from '../core/registry/indexText';
import type { IndexRow, RegistryIndexFile } from '../core/registry/indexTypes';

/**
 * Builds the registry index files from package lists: pure functions of the lists' text, so
 * that the build makes no registry request and a test can feed it hostile rows.
 */

/** The lines of a tab-separated list after its header, each split into its columns. */
function tsvRows(text: string): string[][] {
    return text
        .split('\n')
        .slice(1)
        .filter((line) => line.trim().length > 0)
        .map((line) => line.replace(/\r$/, '').split('\t'));
}

/** Drops trailing absent values so that each row is as short as it can be. */
function compactRow(row: IndexRow): IndexRow {
    const values = [...row];
    while (values.length > 2 && (values[values.length - 1] === null || values[values.length - 1] === undefined)) {
        values.pop();
    }
    return values as IndexRow;
}

const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_!-]{0,63}$/;

function versionOrNull(value: string | undefined): string | null {
    return value !== undefined && VERSION.test(value) ? value : null;
}

/**
 * npm: columns name, version, downloads a month, summary. Keeps the `limit` most downloaded,
 * ranked by downloads (ties by name, so that a rebuild is stable).
 */
export function npmIndexRows(text: string, limit: number): IndexRow[] {
    const seen = new Set<string>();
    const packages = tsvRows(text)
        .map(([name = '', version, downloads, summary = '']) => ({ name: name.trim(), version, downloads: Number(downloads), summary }))
        .filter((pkg) => pkg.name.length > 0 && Number.isFinite(pkg.downloads) && !seen.has(pkg.name) && seen.add(pkg.name));
    packages.sort((a, b) => b.downloads - a.downloads || (a.name < b.name ? -1 : 1));
    return packages.slice(0, limit).map((pkg, i) => compactRow([pkg.name, cleanSummary(pkg.summary), versionOrNull(pkg.version), i + 1]));
}

/**
 * PyPI: columns name, version, month of the latest release, rank among the 15,000 most
 * downloaded, summary. Keeps the ranked projects in rank order; the rank is the list's own.
 */
export function pypiIndexRows(text: string): IndexRow[] {
    const seen = new Set<string>();
    const rows: IndexRow[] = [];
    for (const [name = '', version, month, rankText = '', summary = ''] of tsvRows(text)) {
        const rank = Number(rankText);
        const key = normalizePackageName('pypi', name);
        if (rankText.trim() === '' || !Number.isInteger(rank) || rank < 1 || key.length === 0 || seen.has(key)) {
            continue;
        }
        seen.add(key);
        const lastRelease = month !== undefined && /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : null;
        rows.push(compactRow([name.trim(), cleanSummary(summary), versionOrNull(version), rank, lastRelease]));
    }
    return rows.sort((a, b) => (a[3] as number) - (b[3] as number));
}

export function indexFile(registry: RegistryIndexFile['registry'], asOf: string, source: string, summaryAuthor: RegistryIndexFile['summaryAuthor'], packages: IndexRow[]): RegistryIndexFile {
    return { format: 1, registry, asOf, source, summaryAuthor, packages };
}

/** JSON with one package per line: compact to ship, and a rebuild's diff shows which packages changed. */
export function serializeIndexFile(file: RegistryIndexFile): string {
    const { packages, ...header } = file;
    const head = JSON.stringify(header).slice(0, -1);
    const rows = packages.map((row) => JSON.stringify(row)).join(',\n');
    return `${head},"packages":[\n${rows}\n]}\n`;
}
