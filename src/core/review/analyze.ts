/**
 * The analysis half of a review, the same for the extension and for the benchmark: detection
 * and the tree model in time slices, the summary in between. The host finds and reads the
 * files; none of this holds its thread for longer than a slice.
 */
import type { Catalog } from '../catalog/catalog';
import { detectStackSteps, type ManifestFile } from './detect';
import { reviewTreeSteps, type ReviewNode } from './reviewTreeModel';

// The view's badge count, loaded with the rest of the review rather than at activation.
export { findingCount } from './reviewTreeModel';
import { runSliced, type SliceHost } from './slices';
import { summarizeReview, type ScanLimits, type WorkspaceReview } from './summary';
import type { RegistryLookup } from '../registry/tiers';
import { tierReportSteps } from './tierReport';
import { lockReportSteps, type ManifestLock } from './lockReport';
import { locksWithoutIgnored, tiersWithoutIgnored, withoutIgnored } from './ignore';
import type { TeamRings } from '../team/teamCatalog';
import type { L10n } from '../text/l10n';

/** What a review reads besides the manifests, and the language it words its findings in. */
export interface AnalyzeOptions {
    /** The display language of the summary and the findings. */
    readonly l10n: L10n;
    /** What the family rules and the registry index say; without it the review counts and flags what the catalog alone knows. */
    readonly registry?: RegistryLookup | undefined;
    /** The read lockfile of each manifest that has one, by the manifest's URI; without it the review says nothing of lockfiles. */
    readonly locks?: ReadonlyMap<string, ManifestLock> | undefined;
    /** The keys of findings the user dismissed (see ignore.ts): the summary and the counts leave them out too. */
    readonly ignored?: ReadonlySet<string> | undefined;
    /** The merged team files, whose hold ring the review lists first. */
    readonly team?: TeamRings | undefined;
}

export async function analyzeManifests(files: readonly ManifestFile[], catalog: Catalog, limits: ScanLimits, host: SliceHost, options: AnalyzeOptions): Promise<WorkspaceReview> {
    const { l10n, registry, locks, ignored = new Set<string>(), team } = options;
    const detection = withoutIgnored(await runSliced(detectStackSteps(files, catalog, { l10n, team }), host), ignored);
    const tiers = registry === undefined ? undefined : tiersWithoutIgnored(await runSliced(tierReportSteps(detection, registry, l10n), host), ignored);
    const lockReport =
        locks === undefined || locks.size === 0 ? undefined : locksWithoutIgnored(await runSliced(lockReportSteps(files, locks, registry, l10n), host), ignored);
    const scanned = { truncated: limits.truncated, maxManifests: limits.maxManifests, skipped: limits.skipped };
    return summarizeReview(detection, catalog, scanned, { l10n, tiers, locks: lockReport });
}

/** The rows of the "This Workspace" view, in slices: thousands of projects make thousands of rows. */
export function buildReviewTree(review: WorkspaceReview, catalog: Catalog, host: SliceHost, l10n: L10n): Promise<ReviewNode[]> {
    return runSliced(reviewTreeSteps(review, catalog, l10n), host);
}
