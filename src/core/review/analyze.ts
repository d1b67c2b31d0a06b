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

/**
 * `registry` is what the family rules and the registry index say; without it the review
 * counts and flags what the catalog alone knows. `locks` holds the read lockfile of each
 * manifest that has one, by the manifest's URI; without it the review says nothing of lockfiles.
 * `ignored` holds the keys of findings the user dismissed (see ignore.ts): the summary and the
 * counts leave them out too. `team` is the merged team files, whose hold ring the review lists first.
 */
export async function analyzeManifests(
    files: readonly ManifestFile[],
    catalog: Catalog,
    limits: ScanLimits,
    host: SliceHost,
    registry?: RegistryLookup,
    locks?: ReadonlyMap<string, ManifestLock>,
    ignored: ReadonlySet<string> = new Set(),
    team?: TeamRings,
): Promise<WorkspaceReview> {
    const detection = withoutIgnored(await runSliced(detectStackSteps(files, catalog, team), host), ignored);
    const tiers = registry === undefined ? undefined : tiersWithoutIgnored(await runSliced(tierReportSteps(detection, registry), host), ignored);
    const lockReport = locks === undefined || locks.size === 0 ? undefined : locksWithoutIgnored(await runSliced(lockReportSteps(files, locks, registry), host), ignored);
    return summarizeReview(detection, catalog, { truncated: limits.truncated, maxManifests: limits.maxManifests, skipped: limits.skipped }, tiers, lockReport);
}

/** The rows of the "This Workspace" view, in slices: thousands of projects make thousands of rows. */
export function buildReviewTree(review: WorkspaceReview, catalog: Catalog, host: SliceHost): Promise<ReviewNode[]> {
    return runSliced(reviewTreeSteps(review, catalog), host);
}
