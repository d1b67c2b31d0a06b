/**
 * `npm run catalog:coverage -- <manifest>...`: for each manifest, which tier answers each
 * dependency — a curated catalog entry, a family rule, the registry index — and which none
 * does. Finds gaps; prints, changes nothing.
 */
import { readFileSync } from 'node:fs';
import type { Registry } from '../../src/core/catalog/schema';
import { formatFor } from '../../src/core/manifests/formats';
import { describePackage, type DescriptionSource } from '../../src/core/registry/describe';
import { loadTiers } from '../unit/registry/loadTiers';

const TIERS: readonly DescriptionSource[] = ['catalog', 'family', 'index'];

type Counts = Record<DescriptionSource | 'none', number>;
const noCounts = (): Counts => ({ catalog: 0, family: 0, index: 0, none: 0 });

function share(part: number, whole: number): string {
    return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`;
}

function line(label: string, counts: Counts): string {
    const total = TIERS.reduce((sum, tier) => sum + counts[tier], counts.none);
    const answered = total - counts.none;
    const tiers = TIERS.map((tier) => `${tier} ${counts[tier]}`).join(', ');
    return `${label}: ${answered} of ${total} answered (${share(answered, total)}; curated ${share(counts.catalog, total)}) — ${tiers}, none ${counts.none}`;
}

async function main(files: readonly string[]): Promise<void> {
    if (files.length === 0) {
        console.error('usage: npm run catalog:coverage -- <package.json|Gemfile|requirements.txt|pyproject.toml|Pipfile|*.gemspec>...');
        process.exitCode = 2;
        return;
    }
    const { catalog, families, indexes } = await loadTiers();
    const byRegistry = new Map<Registry, Counts>();
    for (const file of files) {
        const format = formatFor(file);
        if (!format) {
            console.log(`${file}: not a manifest Stack Guide reads`);
            continue;
        }
        const dependencies = format.parse(readFileSync(file, 'utf8')).dependencies;
        // A monorepo's own packages (`workspace:*`, `path:`) are not the registry's: no tier
        // could cover them, so they are listed apart rather than counted as gaps.
        const local = new Set(dependencies.filter((dependency) => dependency.source === 'path').map((dependency) => dependency.name));
        // One name may be declared in several sections (dependencies and overrides).
        const names = [...new Set(dependencies.map((dependency) => dependency.name))].filter((name) => !local.has(name));
        const counts = noCounts();
        const missing: string[] = [];
        for (const name of names) {
            const tier = describePackage(catalog, families, indexes, format.registry, name)?.source ?? 'none';
            counts[tier] += 1;
            if (tier === 'none') {
                missing.push(name);
            }
        }
        const totals = byRegistry.get(format.registry) ?? noCounts();
        for (const key of Object.keys(counts) as (keyof Counts)[]) {
            totals[key] += counts[key];
        }
        byRegistry.set(format.registry, totals);
        console.log(line(file, counts));
        if (missing.length > 0) {
            console.log(`  in no tier: ${missing.sort().join(', ')}`);
        }
        if (local.size > 0) {
            console.log(`  not counted, the project's own packages: ${[...local].sort().join(', ')}`);
        }
    }
    if (files.length > 1) {
        for (const [registry, counts] of byRegistry) {
            console.log(line(`all ${registry}`, counts));
        }
    }
}

main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
