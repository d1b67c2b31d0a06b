/**
 * Dependencies the team's radar puts on hold, as review findings: the team's own guidance is
 * what users trust most, so the review lists these first. Pure; the host passes the merged team
 * files (TeamCatalog), or nothing when there are none.
 */
import type { CatalogEntry, Registry } from '../catalog/schema';
import type { ManifestDependency } from '../manifests/manifestTypes';
import type { TeamRings } from '../team/teamCatalog';
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
export function teamHoldFinding(team: TeamRings, dependency: ManifestDependency, entry: CatalogEntry | undefined, location: DependencyLocation): TeamHoldFinding | undefined {
    const ring = team.ring(dependency.registry, dependency.name) ?? (entry ? team.ringOfEntry(entry.id) : undefined);
    if (ring?.ring !== 'hold') {
        return undefined;
    }
    const since = ring.since === undefined ? '' : ` since ${ring.since}`;
    const note = ring.note === undefined ? '.' : `: ${ring.note}`;
    return {
        type: 'team-hold',
        package: dependency.name,
        registry: dependency.registry,
        location,
        message: `${dependency.name} is on the team radar's hold ring${since}${note}`,
        ...(entry ? { entry: entry.id } : {}),
        ...(ring.note === undefined ? {} : { note: ring.note }),
        ...(ring.since === undefined ? {} : { since: ring.since }),
    };
}
