import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import type { WorkspaceUsage } from '../../core/radar/radarModel';
import { REGISTRY_PLATFORM } from '../../core/review/platforms';
import type { WorkspaceReview } from '../../core/review/summary';

/** The manifests a folder usually keeps at its top: enough to mark the radar without a full review. */
const TOP_MANIFESTS = ['package.json', 'requirements.txt', 'pyproject.toml', 'Pipfile', 'Gemfile'];

/**
 * What the last review found: the entries declared, the languages and runtimes the manifests
 * imply (a package.json is JavaScript on Node.js), and the packages no entry describes.
 */
export function usageFromReview(review: WorkspaceReview): WorkspaceUsage {
    const entryIds = new Set([...Object.keys(review.declaredAt), ...review.stack.languages, ...review.stack.runtimes]);
    return { entryIds, packages: review.unknown.map(({ registry, name }) => ({ registry, name })) };
}

/**
 * A cheap stand-in for a review: each folder's top-level manifests only, read with the same
 * parsers (loaded on demand). A missing or unreadable file adds nothing.
 */
export async function readTopManifests(catalog: Catalog | undefined): Promise<WorkspaceUsage> {
    const { formatFor } = await import('../../core/manifests/formats.js');
    const packages: { registry: WorkspaceUsage['packages'][number]['registry']; name: string }[] = [];
    const platforms = new Set<string>();
    const reads = (vscode.workspace.workspaceFolders ?? []).flatMap((folder) =>
        TOP_MANIFESTS.map(async (name) => {
            const format = formatFor(name);
            const bytes = await Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, name))).catch(() => undefined);
            if (format && bytes) {
                const { language, runtime } = REGISTRY_PLATFORM[format.registry];
                platforms.add(language).add(runtime ?? language);
                for (const dependency of format.parse(new TextDecoder().decode(bytes)).dependencies) {
                    packages.push({ registry: dependency.registry, name: dependency.name });
                }
            }
        }),
    );
    await Promise.all(reads);
    const entryIds = new Set([...platforms, ...packages.flatMap((pkg) => catalog?.findPackage(pkg.registry, pkg.name)?.id ?? [])]);
    return { entryIds, packages };
}
