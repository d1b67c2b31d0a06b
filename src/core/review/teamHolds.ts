/**
 * Dependencies the team's radar puts on hold, as review findings: the team's own guidance is
 * what users trust most, so the review lists these first. Pure; the host passes the merged team
 * files (TeamCatalog), or nothing when there are none.
 */
import type { CatalogEntry, Registry } from '../catalog/schema';
import type { ManifestDependency } from '../manifests/manifestTypes';
import { heldRing, onHoldWords } from '../team/holdRing';
import type { TeamRings } from '../team/teamCatalog';
import type { L10n } from '../text/l10n';
import type { DependencyLocation } from './detect';

export interface TeamHoldFinding {
    type: 'team-hold';
    package: string;
    registry: Registry;
    /** The catalog entry, when the catalog knows the package. */
    entry?: string;
    /** As the team wrote them: shown as text, never as markup. */
    note?: string;
    since?: string;
    location: DependencyLocation;
    message: string;
}

/** The finding when the team holds this package (by name, by pattern, or by its catalog entry). */
export function teamHoldFinding(
    team: TeamRings,
    dependency: ManifestDependency,
    entry: CatalogEntry | undefined,
    location: DependencyLocation,
    l10n: L10n,
): TeamHoldFinding | undefined {
    const ring = heldRing(team, dependency, entry?.id);
    if (!ring) {
        return undefined;
    }
    // The note is the team's own words, as written in its file.
    const note = ring.note === undefined ? '.' : `: ${ring.note}`;
    return {
        type: 'team-hold',
        package: dependency.name,
        registry: dependency.registry,
        location,
        message: `${onHoldWords(dependency.name, ring, l10n)}${note}`,
        ...(entry ? { entry: entry.id } : {}),
        ...(ring.note === undefined ? {} : { note: ring.note }),
        ...(ring.since === undefined ? {} : { since: ring.since }),
    };
}
