import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import parseSpdx from 'spdx-expression-parse';
import { CATALOG_DIR, loadCatalogEntries } from '../../../src/build/load';
import type { CatalogEntry } from '../../../src/core/catalog/schema';
import { NPM_SNAPSHOT_FILE, type NpmSnapshot } from '../../catalog/verifyNpm';

const repoRoot = path.resolve(__dirname, '../../../..');

/**
 * Entries whose licence cannot be read from their primary package's npm metadata, with the
 * value the snapshot holds for that package (so an exception lapses, and this test fails,
 * as soon as the registry data changes) and the reason. Keep this list short: prefer fixing
 * the entry.
 */
const LICENSE_EXCEPTIONS: Record<string, { registry: string | null; reason: string }> = {
    lusca: {
        registry: null,
        reason: 'package.json has no licence field; the repository LICENSE.txt is Apache-2.0',
    },
    'passport-local': {
        registry: null,
        reason: 'package.json uses the legacy "licenses" array, which npm does not report; the repository LICENSE is MIT',
    },
    busboy: {
        registry: null,
        reason: 'package.json uses the legacy "licenses" array, which npm does not report; the repository LICENSE is MIT',
    },
    'node-uuid': {
        registry: null,
        reason: 'the last release predates the licence field; the project (now uuid) is MIT',
    },
};

type SpdxNode = { license: string; plus?: boolean; exception?: string } | { conjunction: string; left: SpdxNode; right: SpdxNode };

/** A canonical text for an SPDX expression: operands of AND / OR are sorted and brackets normalised. */
function canonicalSpdx(expression: string): string {
    const flatten = (node: SpdxNode, conjunction: string): string[] =>
        'conjunction' in node && node.conjunction === conjunction
            ? [...flatten(node.left, conjunction), ...flatten(node.right, conjunction)]
            : [render(node)];
    const render = (node: SpdxNode): string => {
        if ('conjunction' in node) {
            return `(${flatten(node, node.conjunction).sort().join(` ${node.conjunction.toUpperCase()} `)})`;
        }
        return `${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
    };
    try {
        return render(parseSpdx(expression.trim()) as SpdxNode);
    } catch {
        return expression.trim();
    }
}

function npmPackages(entry: CatalogEntry): string[] {
    return entry.packages.filter((pkg) => pkg.registry === 'npm').map((pkg) => pkg.name);
}

describe('npm registry snapshot (data/registry/npm-snapshot.json)', () => {
    let entries: CatalogEntry[];
    let snapshot: NpmSnapshot;

    before(async () => {
        entries = await loadCatalogEntries(path.join(repoRoot, CATALOG_DIR));
        snapshot = JSON.parse(readFileSync(path.join(repoRoot, NPM_SNAPSHOT_FILE), 'utf8')) as NpmSnapshot;
    });

    it('compares SPDX expressions regardless of operand order and brackets', () => {
        assert.equal(canonicalSpdx('(MIT OR Apache-2.0)'), canonicalSpdx('Apache-2.0 OR MIT'));
        assert.notEqual(canonicalSpdx('MIT'), canonicalSpdx('ISC'));
    });

    it('holds every npm package name the catalog uses', () => {
        const missing = entries.flatMap((entry) =>
            npmPackages(entry)
                .filter((name) => !Object.hasOwn(snapshot.packages, name))
                .map((name) => `${entry.id}: ${name}`),
        );
        assert.deepEqual(missing, [], 'names missing from the snapshot: run npm run catalog:verify-npm');
    });

    it('agrees with each entry\'s licence for its primary npm package', () => {
        const mismatches: string[] = [];
        for (const entry of entries) {
            const primary = npmPackages(entry)[0];
            if (primary === undefined || !entry.license || !Object.hasOwn(snapshot.packages, primary)) {
                continue;
            }
            const registry = snapshot.packages[primary]!.license;
            const exception = LICENSE_EXCEPTIONS[entry.id];
            if (exception) {
                assert.equal(registry, exception.registry, `${entry.id}: the registry licence changed, so its exception can go`);
                continue;
            }
            if (registry === null || canonicalSpdx(registry) !== canonicalSpdx(entry.license.spdx)) {
                mismatches.push(`${entry.id}: catalog says ${entry.license.spdx}, npm says ${registry} for ${primary}`);
            }
        }
        assert.deepEqual(mismatches, []);
    });

    it('keeps the exceptions list to entries that still exist', () => {
        const ids = new Set(entries.map((entry) => entry.id));
        for (const id of Object.keys(LICENSE_EXCEPTIONS)) {
            assert.ok(ids.has(id), `${id} is no longer in the catalog`);
        }
    });
});
