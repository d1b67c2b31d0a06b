/**
 * `npm run catalog:coverage -- <manifest>...`: for each manifest, which dependencies the
 * catalog has an entry for, and the share covered. Finds gaps in the catalog; prints, changes
 * nothing.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Catalog } from '../../src/core/catalog/catalog';
import { CATALOG_DIR, loadCatalogEntries } from '../../src/build/load';
import { formatFor } from '../../src/core/manifests/formats';

const REPO_ROOT = path.resolve(__dirname, '../../..');

async function main(files: readonly string[]): Promise<void> {
    if (files.length === 0) {
        console.error('usage: npm run catalog:coverage -- <package.json|Gemfile|requirements.txt|pyproject.toml|Pipfile|*.gemspec>...');
        process.exitCode = 2;
        return;
    }
    const catalog = new Catalog(await loadCatalogEntries(path.join(REPO_ROOT, CATALOG_DIR)));
    let known = 0;
    let total = 0;
    for (const file of files) {
        const format = formatFor(file);
        if (!format) {
            console.log(`${file}: not a manifest Stack Guide reads`);
            continue;
        }
        const dependencies = format.parse(readFileSync(file, 'utf8')).dependencies;
        // A monorepo's own packages (`workspace:*`, `path:`) are not the registry's: no catalog
        // could cover them, so they are listed apart rather than counted as gaps.
        const local = new Set(dependencies.filter((dependency) => dependency.source === 'path').map((dependency) => dependency.name));
        // One name may be declared in several sections (dependencies and overrides).
        const names = [...new Set(dependencies.map((dependency) => dependency.name))].filter((name) => !local.has(name));
        const found = names.filter((name) => catalog.findPackage(format.registry, name));
        const missing = names.filter((name) => !catalog.findPackage(format.registry, name));
        known += found.length;
        total += names.length;
        const share = names.length === 0 ? 0 : (100 * found.length) / names.length;
        console.log(`${file}: ${found.length} of ${names.length} dependencies covered (${share.toFixed(0)}%)`);
        if (missing.length > 0) {
            console.log(`  missing: ${missing.sort().join(', ')}`);
        }
        if (local.size > 0) {
            console.log(`  not counted, the project's own packages: ${[...local].sort().join(', ')}`);
        }
    }
    if (files.length > 1 && total > 0) {
        console.log(`all: ${known} of ${total} covered (${((100 * known) / total).toFixed(0)}%)`);
    }
}

main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
