import type { Catalog } from '../catalog/catalog';
import { quadrantLabels, RING_LABELS, buildRadarModel, type RadarItem } from '../radar/radarModel';
import type { TeamCatalog } from '../team/teamCatalog';
import { RINGS, type Ring } from '../team/teamTypes';
import type { L10n } from '../text/l10n';
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

const plural = (count: number, l10n: L10n): string => (count === 1 ? l10n.t('1 item') : l10n.t('{0} items', count));

/** The row's tooltip: names, ring, note and date; every team and catalog string escaped. */
export function teamItemTooltip(item: RadarItem, l10n: L10n): string {
    const lines = [`**${escapeMarkdown(item.label)}** — ${l10n.t('team ring: {0} ({1})', RING_LABELS[item.ring], quadrantLabels(l10n)[item.quadrant])}`, ''];
    if (item.note !== undefined) {
        lines.push(escapeMarkdown(item.note), '');
    }
    if (item.since !== undefined) {
        lines.push(l10n.t('Since {0}', escapeMarkdown(item.since)), '');
    }
    lines.push(l10n.t('Team file: {0}', escapeMarkdown(item.subject)));
    return lines.join('\n');
}

/**
 * The "Team radar" group with one child per ring that has items ("Adopt (2)"), each listing its
 * items by name; undefined when the team files put nothing on the radar.
 */
export function buildTeamRadarRoot(team: TeamCatalog, catalog: Pick<Catalog, 'get' | 'nameOf'> | undefined, l10n: L10n): TeamRadarGroupNode | undefined {
    const { items } = buildRadarModel(team, catalog, undefined);
    if (items.length === 0) {
        return undefined;
    }
    const rings = RINGS.flatMap((ring): TeamRadarGroupNode[] => {
        const inRing = items.filter((item) => item.ring === ring).sort((a, b) => a.label.localeCompare(b.label) || a.subject.localeCompare(b.subject));
        if (inRing.length === 0) {
            return [];
        }
        const children = inRing.map((item): TeamItemNode => ({ type: 'teamItem', id: `team:${ring}:${item.subject}`, item, tooltip: teamItemTooltip(item, l10n), children: [] }));
        return [{ type: 'teamGroup', id: `team:${ring}`, label: `${RING_LABELS[ring]} (${inRing.length})`, description: '', ring, children }];
    });
    return { type: 'teamGroup', id: 'team', label: l10n.t('Team radar'), description: plural(items.length, l10n), children: rings };
}
