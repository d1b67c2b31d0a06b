/**
 * `npm run catalog:same-role -- <manifest>...`: runs the review's "same role twice" detection
 * over real manifests and prints every group it raises (project, role, packages), so each one
 * can be judged a genuine pair of alternatives or a false alarm. Prints, changes nothing.
 *
 * The manifests are reviewed as one workspace rooted at their common folder, as the extension
 * would review them: each manifest's folder is a project.
 */
import { english } from '../../src/core/text/l10n';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CATALOG_DIR, loadCatalogEntries } from '../../src/build/load';
import { Catalog } from '../../src/core/catalog/catalog';
import { CATEGORY_LABELS } from '../../src/core/catalog/labels';
import { packageKey } from '../../src/core/catalog/packageNames';
import { formatFor } from '../../src/core/manifests/formats';
import { detectStack, type ManifestFile, type SameRoleFinding } from '../../src/core/review/detect';

/** Compiled, this runs from out/test/tools; the catalog stays in the source tree. */
const REPO_ROOT = path.resolve(__dirname, '../../..');

/** The deepest folder holding every file, so projects read as `owner__repo/sub`. */
function commonFolder(files: readonly string[]): string {
    const split = files.map((file) => path.dirname(path.resolve(file)).split(path.sep));
    const first = split[0] ?? [];
    let depth = 0;
    while (depth < first.length && split.every((parts) => parts[depth] === first[depth])) {
        depth += 1;
    }
    // One project alone: keep its own folder's name visible.
    return first.slice(0, files.length === 1 ? depth - 1 : depth).join(path.sep) || path.sep;
}

/** Where each package is declared, by manifest path and package key: "devDependencies", "group :test"... */
type Sections = Map<string, string>;

function sectionsOf(manifests: readonly ManifestFile[]): Sections {
    const sections: Sections = new Map();
    for (const manifest of manifests) {
        for (const dependency of formatFor(manifest.path)?.parse(manifest.text).dependencies ?? []) {
            const key = `${manifest.path} ${packageKey(dependency.registry, dependency.name)}`;
            sections.set(key, sections.has(key) ? `${sections.get(key)}; ${dependency.section}` : dependency.section);
        }
    }
    return sections;
}

function describe(finding: SameRoleFinding, catalog: Catalog, sections: Sections): string {
    const members = finding.entries.map((id, index) => {
        const key = finding.packages[index] ?? id;
        const section = sections.get(`${finding.locations[index]?.path ?? ''} ${key}`) ?? '?';
        return `${catalog.nameOf(id)} [${key} · ${section}]`;
    });
    return `${finding.folder || '.'} · ${CATEGORY_LABELS[finding.category]} · ${members.join(' + ')}`;
}

async function main(files: readonly string[]): Promise<void> {
    if (files.length === 0) {
        console.error('usage: npm run catalog:same-role -- <package.json|Gemfile|requirements.txt|pyproject.toml|Pipfile|*.gemspec>...');
        process.exitCode = 2;
        return;
    }
    const catalog = new Catalog(await loadCatalogEntries(path.join(REPO_ROOT, CATALOG_DIR)));
    const root = commonFolder(files);
    const manifests: ManifestFile[] = files.map((file) => {
        const relative = path.relative(root, path.resolve(file)).split(path.sep).join('/');
        return { uri: relative, path: relative, text: readFileSync(file, 'utf8') };
    });
    const detection = detectStack(manifests, catalog, { l10n: english });
    const sections = sectionsOf(manifests);
    for (const finding of detection.sameRoleFindings) {
        console.log(describe(finding, catalog, sections));
    }
    const projects = new Set(detection.sameRoleFindings.map((finding) => finding.folder)).size;
    console.log(`${detection.sameRoleFindings.length} groups in ${projects} of ${detection.projects.length} projects (${files.length} manifests)`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
