/**
 * Whether the team's radar holds a declared dependency, and how that is said: one rule for the
 * diagnostics on a manifest and for the workspace review's findings, so they never disagree.
 */
import type { Registry } from '../catalog/vocabulary';
import type { L10n } from '../text/l10n';
import type { TeamRing, TeamRings } from './teamCatalog';

/** The hold ring the team puts this dependency on: by its name or a pattern first, else by its catalog entry. */
export function heldRing(team: TeamRings | undefined, dependency: { readonly registry: Registry; readonly name: string }, entryId: string | undefined): TeamRing | undefined {
    const ring = team?.ring(dependency.registry, dependency.name) ?? (entryId === undefined ? undefined : team?.ringOfEntry(entryId));
    return ring?.ring === 'hold' ? ring : undefined;
}

/** "moment is on the team radar's hold ring since 2025-06": the team's note is the caller's to add. */
export function onHoldWords(name: string, ring: TeamRing, l10n: L10n): string {
    return ring.since === undefined ? l10n.t("{0} is on the team radar's hold ring", name) : l10n.t("{0} is on the team radar's hold ring since {1}", name, ring.since);
}
