import type { Catalog } from '../catalog/catalog';
import { QUADRANT_LABELS, RING_LABELS, buildRadarModel, type RadarItem } from '../radar/radarModel';
import type { TeamCatalog } from '../team/teamCatalog';
import { RINGS, type Ring } from '../team/teamTypes';
import { escapeMarkdown } from '../text/markdown';

/**
 * The catalog tree's "Team radar" root, built apart from the catalog's own roots (its rows are
 * team data, not entries, and may name packages the catalog does not know).
 */
export type TeamRadarNode = TeamRadarGroupNode | TeamItemNode;

export interface TeamRadarGroupNode {
    readonly type: 'teamGroup';
    readonly id: string;
    readonly label: string;
    /** "3 items", "hold · 2": beside the row. */
    readonly description: string;
    readonly ring?: Ring;
    readonly children: readonly TeamRadarNode[];
}

export interface TeamItemNode {
    readonly type: 'teamItem';
    readonly id: string;
    readonly item: RadarItem;
    /** The item's note, since-date and subject as Markdown, every team string escaped. */
    readonly tooltip: string;
    readonly children: readonly TeamRadarNode[];
}

const plural = (count: number): string => `${count} ${count === 1 ? 'item' : 'items'}`;

/** The row's tooltip: names, ring, note and date; every team and catalog string escaped. */
export function teamItemTooltip(item: RadarItem): string {
    const lines = [`**${escapeMarkdown(item.label)}** — team ring: ${RING_LABELS[item.ring]} (${QUADRANT_LABELS[item.quadrant]})`, ''];
    if (item.note !== undefined) {
        lines.push(escapeMarkdown(item.note), '');
    }
    if (item.since !== undefined) {
        lines.push(`Since ${escapeMarkdown(item.since)}`, '');
    }
    lines.push(`Team file: ${escapeMarkdown(item.subject)}`);
    return lines.join('\n');
}

/**
 * The "Team radar" group with one child per ring that has items ("Adopt (2)"), each listing its
 * items by name; undefined when the team files put nothing on the radar.
 */
export function buildTeamRadarRoot(team: TeamCatalog, catalog: Pick<Catalog, 'get' | 'nameOf'> | undefined): TeamRadarGroupNode | undefined {
    const { items } = buildRadarModel(team, catalog, undefined);
    if (items.length === 0) {
        return undefined;
    }
    const rings = RINGS.flatMap((ring): TeamRadarGroupNode[] => {
        const inRing = items.filter((item) => item.ring === ring).sort((a, b) => a.label.localeCompare(b.label) || a.subject.localeCompare(b.subject));
        if (inRing.length === 0) {
            return [];
        }
        const children = inRing.map((item): TeamItemNode => ({ type: 'teamItem', id: `team:${ring}:${item.subject}`, item, tooltip: teamItemTooltip(item), children: [] }));
        return [{ type: 'teamGroup', id: `team:${ring}`, label: `${RING_LABELS[ring]} (${inRing.length})`, description: '', ring, children }];
    });
    return { type: 'teamGroup', id: 'team', label: 'Team radar', description: plural(items.length), children: rings };
}
