/**
 * `npm run bench:radar`: how long the radar page takes to build (model, layout and HTML) for a
 * team file of 40 items, and of 640 (40 per ring segment, the layout's design limit), from the
 * compiled catalog. Prints figures; asserts nothing about time.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import type { Catalog } from '../../src/core/catalog/catalog';
import { catalogFromCompiled, COMPILED_CATALOG_PATH } from '../../src/core/catalog/compiled';
import { buildRadarModel } from '../../src/core/radar/radarModel';
import { buildRadarHtml } from '../../src/core/radar/radarPage';
import { english } from '../../src/core/text/l10n';
import { parseTeamFile } from '../../src/core/team/parseTeamFile';
import { TeamCatalog } from '../../src/core/team/teamCatalog';
import { RINGS } from '../../src/core/team/teamTypes';
import { minMedianMax } from './minMedianMax';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const RUNS = 30;

function bench(catalog: Catalog, size: number): void {
    const entries = catalog.all();
    // Catalog entries spread the items over the quadrants; unknown packages fill the libraries.
    const radar = Array.from({ length: size }, (_, i) => {
        const ring = RINGS[i % 4]!;
        const note = `Note ${i}: <b>why</b> & since when.`;
        return i % 2 === 0 ? { entry: entries[(i * 7) % entries.length]!.id, ring, note } : { package: `npm:generated-${i}`, ring, note, since: '2025-06' };
    });
    const team = new TeamCatalog([parseTeamFile('file:///bench/.vscode/stack-guide.json', JSON.stringify({ name: 'Bench radar', radar }), english)], catalog);
    const usage = { entryIds: new Set(entries.slice(0, 200).map((entry) => entry.id)), packages: [] };
    const resources = { nonce: 'q1w2e3r4t5y6u7i8o9p0AA==', cspSource: 'https://webview.test', scriptUri: 'radar.js', styleUri: 'radar.css', language: 'en' };
    const times: number[] = [];
    let bytes = 0;
    for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        const html = buildRadarHtml(buildRadarModel(team, catalog, usage), run, resources, english);
        times.push(performance.now() - started);
        bytes = html.length;
    }
    console.log(`radar page, ${team.radar().length} items: ${minMedianMax(times, 2)} (${(bytes / 1024).toFixed(0)} KB of HTML)`);
}

async function main(): Promise<void> {
    const catalog = catalogFromCompiled(await readFile(path.join(REPO_ROOT, ...COMPILED_CATALOG_PATH)));
    for (const size of [40, 640]) {
        bench(catalog, size);
    }
}

void main();
