/**
 * `npm run catalog:verify-npm`: checks every npm package name in the catalog against the
 * registry (the name exists, its licence, its repository URL) and writes the committed
 * snapshot data/registry/npm-snapshot.json. The unit test test/unit/npmSnapshot.test.ts then
 * compares the catalog with that snapshot offline, so a misspelt name or a wrong licence
 * fails CI without the network.
 *
 * Usage: node out/test/catalog/verifyNpm.js [catalogDir] [snapshotFile]
 * Exits non-zero when a name does not exist on the registry (the snapshot is still written
 * for the names that do).
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { CATALOG_DIR, loadCatalogEntries } from '../../src/build/load';

const repoRoot = path.resolve(__dirname, '../../..');
/** Where the snapshot lives: outside data/catalog/, whose every *.json file is a catalog file. */
export const NPM_SNAPSHOT_FILE = path.join('data', 'registry', 'npm-snapshot.json');
const CONCURRENCY = 6;

export interface NpmSnapshotPackage {
    license: string | null;
    repository: string | null;
}

export interface NpmSnapshot {
    packages: Record<string, NpmSnapshotPackage>;
}

type Lookup = { name: string; found: true; info: NpmSnapshotPackage } | { name: string; found: false; error: string };

/** The licence as npm reports it: a string, or the legacy `{ type }` object, or a list of those. */
export function licenseText(value: unknown): string | null {
    if (typeof value === 'string') {
        return value;
    }
    if (Array.isArray(value)) {
        const parts = value.map(licenseText).filter((part): part is string => part !== null);
        return parts.length === 0 ? null : parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`;
    }
    if (value && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string') {
        return (value as { type: string }).type;
    }
    return null;
}

/** The repository as npm reports it: a URL string, a `{ url }` object or a shorthand like `owner/name`. */
export function repositoryText(value: unknown): string | null {
    if (typeof value === 'string') {
        return value;
    }
    if (value && typeof value === 'object' && typeof (value as { url?: unknown }).url === 'string') {
        return (value as { url: string }).url;
    }
    return null;
}

function npmView(name: string): Promise<Lookup> {
    return new Promise((resolve) => {
        execFile(
            'npm',
            ['view', name, 'name', 'license', 'repository', '--json'],
            { timeout: 60_000, maxBuffer: 4 * 1024 * 1024 },
            (error, stdout, stderr) => {
                if (error) {
                    const text = `${stdout}\n${stderr}`;
                    const code = /E404|404 Not Found|is not in this registry/.test(text) ? 'not found on the registry' : error.message;
                    resolve({ name, found: false, error: code.split('\n')[0]! });
                    return;
                }
                try {
                    let data = JSON.parse(stdout) as unknown;
                    // Several matching versions come back as an array; the last one is the newest.
                    if (Array.isArray(data)) {
                        data = data[data.length - 1];
                    }
                    const record = (data ?? {}) as Record<string, unknown>;
                    if (record.name !== name) {
                        resolve({ name, found: false, error: `registry answered for ${String(record.name)}` });
                        return;
                    }
                    resolve({
                        name,
                        found: true,
                        info: { license: licenseText(record.license), repository: repositoryText(record.repository) },
                    });
                } catch (parseError) {
                    resolve({ name, found: false, error: `unreadable answer: ${(parseError as Error).message}` });
                }
            },
        );
    });
}

/** Runs `task` over `items` with at most `limit` running at once, keeping the input order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
    const results: R[] = new Array(items.length);
    let next = 0;
    const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await task(items[index]!);
        }
    });
    await Promise.all(workers);
    return results;
}

async function main(): Promise<number> {
    const catalogDir = path.resolve(process.argv[2] ?? path.join(repoRoot, CATALOG_DIR));
    const snapshotFile = path.resolve(process.argv[3] ?? path.join(repoRoot, NPM_SNAPSHOT_FILE));
    const entries = await loadCatalogEntries(catalogDir);
    const names = [
        ...new Set(entries.flatMap((entry) => entry.packages.filter((pkg) => pkg.registry === 'npm').map((pkg) => pkg.name))),
    ].sort();
    console.log(`Checking ${names.length} npm package names against the registry...`);

    const lookups = await mapBounded(names, CONCURRENCY, npmView);
    const packages: Record<string, NpmSnapshotPackage> = {};
    const missing: string[] = [];
    for (const lookup of lookups) {
        if (lookup.found) {
            packages[lookup.name] = lookup.info;
        } else {
            missing.push(`${lookup.name}: ${lookup.error}`);
        }
    }
    const snapshot: NpmSnapshot = { packages };
    await mkdir(path.dirname(snapshotFile), { recursive: true });
    await writeFile(snapshotFile, `${JSON.stringify(snapshot, null, 2)}\n`, 'utf8');
    console.log(`Wrote ${Object.keys(packages).length} packages to ${path.relative(process.cwd(), snapshotFile)}.`);

    const noLicense = Object.entries(packages).filter(([, info]) => info.license === null).map(([name]) => name);
    if (noLicense.length > 0) {
        console.log(`No licence on the registry for: ${noLicense.join(', ')}`);
    }
    if (missing.length > 0) {
        console.error(`These npm names could not be verified:\n  ${missing.join('\n  ')}`);
        return 1;
    }
    return 0;
}

if (require.main === module) {
    main().then(
        (code) => process.exit(code),
        (error: unknown) => {
            console.error(error instanceof Error ? error.message : error);
            process.exit(1);
        },
    );
}
