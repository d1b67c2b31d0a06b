import type { Catalog } from '../catalog/catalog';
import type { Kind, Registry } from '../catalog/vocabulary';
import { parsePackagePattern, patternMatches } from '../team/packagePattern';
import type { TeamCatalog, TeamRing } from '../team/teamCatalog';
import { RINGS, type Ring } from '../team/teamTypes';
import type { L10n } from '../text/l10n';

/** The radar's four quadrants, in drawing order (clockwise from the top). */
export const QUADRANTS = ['languages', 'frameworks', 'libraries', 'tools'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** The quadrants' names in the display language. */
export function quadrantLabels(l10n: L10n): Readonly<Record<Quadrant, string>> {
    return { languages: l10n.t('Languages and runtimes'), frameworks: l10n.t('Frameworks'), libraries: l10n.t('Libraries'), tools: l10n.t('Tools') };
}

/** The rings' names as teams write them in their files, capitalised: not translated, like the radar's own vocabulary. */

export const RING_LABELS: Readonly<Record<Ring, string>> = { adopt: 'Adopt', trial: 'Trial', assess: 'Assess', hold: 'Hold' };

const QUADRANT_OF_KIND: Readonly<Record<Kind, Quadrant>> = {
    language: 'languages',
    runtime: 'languages',
    framework: 'frameworks',
    library: 'libraries',
    tool: 'tools',
};

/** What the workspace declares: catalog entries by id, and every package by registry and name. */
export interface WorkspaceUsage {
    readonly entryIds: ReadonlySet<string>;
    readonly packages: readonly { readonly registry: Registry; readonly name: string }[];
}

/** One dot: every string in it comes from a team file or the catalog, so it is escaped wherever it is shown. */
export interface RadarItem {
    readonly label: string;
    /** As the file names it: `npm:moment`, `npm:@acme/*`, `django`. */
    readonly subject: string;
    readonly ring: Ring;
    readonly quadrant: Quadrant;
    readonly note?: string;
    readonly since?: string;
    readonly entryId?: string;
    /** True when the workspace declares it (undefined: the workspace's dependencies are not known yet). */
    readonly inWorkspace: boolean | undefined;
}

export interface RadarModel {
    /** The team files' names joined; undefined when none is named (the page then says "Team radar" in the display language). */
    readonly title: string | undefined;
    /** Sorted by ring, then quadrant, then label: the table's order and the layout's input. */
    readonly items: readonly RadarItem[];
}

function quadrantOf(ring: TeamRing, catalog: Pick<Catalog, 'get'> | undefined): Quadrant {
    const kind = ring.entryId === undefined ? undefined : catalog?.get(ring.entryId)?.kind;
    // A package the catalog does not know is most likely a library: tools and frameworks are few and catalogued.
    return kind === undefined ? 'libraries' : QUADRANT_OF_KIND[kind];
}

function usedInWorkspace(ring: TeamRing, usage: WorkspaceUsage | undefined): boolean | undefined {
    if (!usage) {
        return undefined;
    }
    if (ring.entryId !== undefined && usage.entryIds.has(ring.entryId)) {
        return true;
    }
    const pattern = parsePackagePattern(ring.subject);
    return pattern !== undefined && usage.packages.some((pkg) => patternMatches(pattern, pkg.registry, pkg.name));
}

const order = (item: RadarItem): [number, number] => [RINGS.indexOf(item.ring), QUADRANTS.indexOf(item.quadrant)];

export function compareItems(a: RadarItem, b: RadarItem): number {
    const [ringA, quadrantA] = order(a);
    const [ringB, quadrantB] = order(b);
    return ringA - ringB || quadrantA - quadrantB || a.label.localeCompare(b.label) || a.subject.localeCompare(b.subject);
}

/** The radar's content: one item per radar subject the team files keep after merging. */
export function buildRadarModel(team: TeamCatalog, catalog: Pick<Catalog, 'get' | 'nameOf'> | undefined, usage: WorkspaceUsage | undefined): RadarModel {
    const items = team.radar().map((ring): RadarItem => ({
        label: ring.entryId !== undefined && catalog ? catalog.nameOf(ring.entryId) : ring.subject,
        subject: ring.subject,
        ring: ring.ring,
        quadrant: quadrantOf(ring, catalog),
        ...(ring.note === undefined ? {} : { note: ring.note }),
        ...(ring.since === undefined ? {} : { since: ring.since }),
        ...(ring.entryId === undefined ? {} : { entryId: ring.entryId }),
        inWorkspace: usedInWorkspace(ring, usage),
    }));
    return { title: team.names.length > 0 ? team.names.join(' · ') : undefined, items: items.sort(compareItems) };
}
