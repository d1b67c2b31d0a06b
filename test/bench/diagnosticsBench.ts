/**
 * `npm run bench`: how long the diagnostics of one manifest take, in-process, on a generated
 * package.json of 2,000 dependencies (catalog packages, unknown names checked for typosquats,
 * a team file with a hold and a private pattern). Each run is a new document version, so the
 * manifest is parsed again, as after an edit. Prints figures; asserts nothing about time.
 */
import { RegistryTiers } from '../../src/core/registry/tiers';
import { DiagnosticsService } from '../../src/core/diagnostics/diagnosticsService';
import { parseTeamFile } from '../../src/core/team/parseTeamFile';
import { english } from '../../src/core/text/l10n';
import { TeamCatalog } from '../../src/core/team/teamCatalog';
import { loadTiers } from '../unit/registry/loadTiers';
import { minMedianMax } from './minMedianMax';

const RUNS = 200;

function packageJson(count: number, known: readonly string[]): string {
    const deps = Array.from({ length: count }, (_, i) => (i < known.length ? `    "${known[i]}": "^${i % 9}.0.0"` : `    "generated-package-${i}": "^1.${i % 7}.0"`));
    return `{\n  "name": "bench",\n  "dependencies": {\n${deps.join(',\n')}\n  }\n}\n`;
}

const percentile = (sorted: readonly number[], fraction: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;

async function main(): Promise<void> {
    const { catalog, families, indexes } = await loadTiers();
    const registry = new RegistryTiers(catalog, families, indexes);
    const team = new TeamCatalog([parseTeamFile('bench', JSON.stringify({ radar: [{ package: 'npm:moment', ring: 'hold', note: 'Use date-fns.' }], packages: [{ package: 'npm:generated-package-1*', summary: 'Ours.' }] }), english)], catalog);
    const known = catalog.all().flatMap((entry) => entry.packages.filter((pkg) => pkg.registry === 'npm').map((pkg) => pkg.name));
    const text = packageJson(2000, known.slice(0, 1000));
    const service = new DiagnosticsService(catalog, english);
    const request = { key: 'bench', fileName: 'package.json', text: () => text, team, registry, ignored: new Set<string>() };
    // The first run builds the typosquat check's tables: reported apart, as a first open pays it once.
    let started = performance.now();
    const first = service.diagnostics({ ...request, version: 0 });
    const firstMs = performance.now() - started;
    const times: number[] = [];
    for (let run = 1; run <= RUNS; run += 1) {
        started = performance.now();
        service.diagnostics({ ...request, version: run });
        times.push(performance.now() - started);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const count = Array.isArray(first) ? first.length : 0;
    console.log(`diagnostics, package.json with 2,000 dependencies (${count} diagnostics): first ${firstMs.toFixed(1)} ms, then over ${RUNS} edits: ${minMedianMax(times)}, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms`);
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
