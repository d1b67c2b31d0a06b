import { explainConstraint } from '../constraints';
import type { ConstraintExplanation } from '../constraints/explanation';
import type { ManifestDependency, TextSpan } from '../manifests/manifestTypes';
import type { TeamCatalog, TeamRing } from '../team/teamCatalog';
import type { Ring, TeamPackage } from '../team/teamTypes';
import type { L10n } from '../text/l10n';
import { escapeMarkdown, markdownLink } from '../text/markdown';
import { safeHttpsUrl } from '../text/safeUrl';

/** What the team files say of one dependency: its ring, and its description when it is a private package. */
export interface TeamHoverFacts {
    readonly ring?: TeamRing;
    readonly privatePackage?: TeamPackage;
}

const RING_LABELS: Record<Ring, { readonly icon: string; readonly label: string }> = {
    adopt: { icon: 'pass', label: 'Adopt' },
    trial: { icon: 'beaker', label: 'Trial' },
    assess: { icon: 'eye', label: 'Assess' },
    hold: { icon: 'warning', label: 'Hold' },
};

/** The ring, the private description, or undefined when the team says nothing of it. */
export function teamFactsFor(team: TeamCatalog | undefined, dependency: ManifestDependency, entryId: string | undefined): TeamHoverFacts | undefined {
    if (!team || team.isEmpty) {
        return undefined;
    }
    const ring = team.ring(dependency.registry, dependency.name) ?? (entryId === undefined ? undefined : team.ringOfEntry(entryId));
    // A local or Git package with a team description is still the team's own.
    const privatePackage = team.privatePackage(dependency.registry, dependency.name);
    return ring || privatePackage ? { ...(ring ? { ring } : {}), ...(privatePackage ? { privatePackage } : {}) } : undefined;
}

/** "Team radar: Hold (since 2025-06): Use date-fns for new code." — every team string escaped. */
export function teamRingSection(ring: TeamRing, l10n: L10n): string {
    const { icon, label } = RING_LABELS[ring.ring];
    const since = ring.since === undefined ? '' : ` ${l10n.t('(since {0})', escapeMarkdown(ring.since))}`;
    const note = ring.note === undefined ? '' : `: ${escapeMarkdown(ring.note)}`;
    return `$(${icon}) **${l10n.t('Team radar: {0}', label)}**${since}${note}`;
}

/**
 * The hover of a private or internal package the catalog does not know: the team's summary,
 * owner and docs link (https only) instead of "not in the catalog", and the constraint in words.
 */
export function privatePackageHover(dependency: ManifestDependency, pkg: TeamPackage, constraint: ConstraintExplanation | undefined, l10n: L10n): string {
    const docs = pkg.docs === undefined ? undefined : safeHttpsUrl(pkg.docs);
    const version = dependency.constraint !== undefined && constraint
        ? l10n.t('Version {0}: {1}', escapeMarkdown(dependency.constraint), escapeMarkdown(constraint.words))
        : '';
    return [
        `**${escapeMarkdown(dependency.name)}** · ${l10n.t('internal package')}`,
        escapeMarkdown(pkg.summary),
        pkg.owner === undefined ? '' : l10n.t('Owner: {0}', escapeMarkdown(pkg.owner)),
        version,
        docs === undefined ? '' : markdownLink(l10n.t('Documentation'), docs),
    ]
        .filter((section) => section !== '')
        .join('\n\n');
}

/** The team's ring goes first, where "should we use this at all" is read before the rest. */
export function withTeamRing(markdown: string, facts: TeamHoverFacts | undefined, l10n: L10n): string {
    return facts?.ring ? `${teamRingSection(facts.ring, l10n)}\n\n${markdown}` : markdown;
}

/** The whole answer for a private package the catalog does not know: no tier is asked about it. */
export function privatePackageAnswer(
    dependency: ManifestDependency,
    facts: TeamHoverFacts,
    pkg: TeamPackage,
    offset: number,
    l10n: L10n,
): { markdown: string; span: TextSpan } {
    const constraint = dependency.constraint === undefined ? undefined : explainConstraint(dependency.registry, dependency.constraint, l10n, dependency.constraintSyntax);
    const { constraintSpan } = dependency;
    const span = constraintSpan && offset >= constraintSpan.start ? constraintSpan : dependency.nameSpan;
    return { markdown: withTeamRing(privatePackageHover(dependency, pkg, constraint, l10n), facts, l10n), span };
}
