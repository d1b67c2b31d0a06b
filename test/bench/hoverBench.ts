/**
 * `npm run bench`: how long a hover takes to compute, in-process, on large generated
 * manifests. Prints figures; asserts nothing about time (the machine decides those).
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { catalogFromCompiled, COMPILED_CATALOG_PATH } from '../../src/core/catalog/compiled';
import { explainConstraint, explainMarkers } from '../../src/core/constraints';
import { renderDependencyHover } from '../../src/core/hover/dependencyHover';
import { dependencyAt } from '../../src/core/manifests/parsedManifest';
import { formatFor } from '../../src/core/manifests/formats';
import { english } from '../../src/core/text/l10n';

const REPO_ROOT = path.resolve(__dirname, '../../..');

function percentile(sorted: readonly number[], fraction: number): number {
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))]!;
}

function packageJson(count: number, known: readonly string[]): string {
    const deps = Array.from({ length: count }, (_, i) =>
        i < known.length ? `    "${known[i]}": "~${i % 9}.${i % 5}.1"` : `    "generated-package-${i}": "^${i % 20}.${i % 7}.0"`,
    );
    return `{\n  "name": "bench",\n  "dependencies": {\n${deps.join(',\n')}\n  }\n}\n`;
}

function gemfile(count: number, known: readonly string[]): string {
    const gems = Array.from({ length: count }, (_, i) =>
        i < known.length ? `gem "${known[i]}", "~> ${i % 8}.${i % 4}"` : `gem "generated_gem_${i}", ">= ${i % 5}.0", "< ${(i % 5) + 1}"`,
    );
    return `source "https://rubygems.org"\n\n${gems.join('\n')}\n`;
}

function requirements(count: number, known: readonly string[]): string {
    const lines = Array.from({ length: count }, (_, i) =>
        i < known.length ? `${known[i]}>=${i % 6}.0,<${(i % 6) + 1}.0` : `generated-dist-${i}[extra]~=${i % 9}.${i % 3} ; python_version >= "3.9"`,
    );
    return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
    // The catalog as the extension reads it (dist/catalog.json, from `npm run build`).
    const catalog = catalogFromCompiled(await readFile(path.join(REPO_ROOT, ...COMPILED_CATALOG_PATH)));
    const namesOf = (registry: string): string[] =>
        catalog.all().flatMap((entry) => entry.packages.filter((pkg) => pkg.registry === registry).map((pkg) => pkg.name));

    const cases: [string, string][] = [
        ['package.json', packageJson(2000, namesOf('npm'))],
        ['Gemfile', gemfile(500, namesOf('rubygems'))],
        ['requirements.txt', requirements(1000, namesOf('pypi'))],
    ];
    for (const [fileName, text] of cases) {
        const format = formatFor(fileName)!;
        const parseTimes: number[] = [];
        let dependencies = format.parse(text).dependencies;
        for (let run = 0; run < 20; run += 1) {
            const started = performance.now();
            dependencies = format.parse(text).dependencies;
            parseTimes.push(performance.now() - started);
        }
        const hoverTimes: number[] = [];
        let found = 0;
        for (const dependency of dependencies) {
            const started = performance.now();
            const hit = dependencyAt(dependencies, dependency.nameSpan.start + 1)!;
            const entry = catalog.findPackage(hit.registry, hit.name);
            renderDependencyHover({
                dependency: hit,
                entry,
                catalog,
                constraint: hit.constraint === undefined ? undefined : explainConstraint(hit.registry, hit.constraint, english, hit.constraintSyntax),
                markers: hit.markers === undefined ? undefined : explainMarkers(hit.markers, english),
                l10n: english,
            });
            hoverTimes.push(performance.now() - started);
            found += entry ? 1 : 0;
        }
        parseTimes.sort((a, b) => a - b);
        hoverTimes.sort((a, b) => a - b);
        console.log(
            `${fileName}: ${dependencies.length} dependencies (${found} in the catalog); ` +
                `parse once per version p50 ${percentile(parseTimes, 0.5).toFixed(2)} ms, p99 ${percentile(parseTimes, 0.99).toFixed(2)} ms; ` +
                `hover from the parsed index p50 ${percentile(hoverTimes, 0.5).toFixed(3)} ms, p99 ${percentile(hoverTimes, 0.99).toFixed(3)} ms`,
        );
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
