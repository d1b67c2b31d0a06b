/**
 * Dependencies the team's radar puts on hold, as review findings: the team's own guidance is
 * what users trust most, so the review lists these first. Pure; the host passes the merged team
 * files (TeamCatalog), or nothing when there are none.
 */
import type { CatalogEntry, Registry } from '../catalog/schema';
import type { ManifestDependency } from '../manifests/manifestTypes';
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
    const ring = team.ring(dependency.registry, dependency.name) ?? (entry ? team.ringOfEntry(entry.id) : undefined);
    if (ring?.ring !== 'hold') {
        return undefined;
    }
    const onHold =
        ring.since === undefined
            ? l10n.t("{0} is on the team radar's hold ring", dependency.name)
            : l10n.t("{0} is on the team radar's hold ring since {1}", dependency.name, ring.since);
    // The note is the team's own words, as written in its file.
    const note = ring.note === undefined ? '.' : `: ${ring.note}`;
    return {
        type: 'team-hold',
        package: dependency.name,
        registry: dependency.registry,
        location,
        message: `${onHold}${note}`,
        ...(entry ? { entry: entry.id } : {}),
        ...(ring.note === undefined ? {} : { note: ring.note }),
        ...(ring.since === undefined ? {} : { since: ring.since }),
    };
}
