import type { Dimension } from '../catalog/entryFacts';
import type { TeamRing } from '../team/teamCatalog';
import type { L10n } from '../text/l10n';

/** The team's word on an entry, by entry id: TeamCatalog.ringOfEntry, or a stand-in in tests. */
export type TeamRingLookup = (entryId: string) => TeamRing | undefined;

/** The rings keep the names tech radars give them in every language, as the team file writes them. */
const RING_TEXT: Readonly<Record<TeamRing['ring'], string>> = { adopt: 'Adopt', trial: 'Trial', assess: 'Assess', hold: 'Hold' };

/**
 * The "Team ring" row: not catalog data but the team files', so it is added to the table only
 * when a team file puts something on the radar. Its note and since-date are the cell's detail,
 * which the page and the Markdown export show as text like every catalog string. The row's
 * label and the date's sentence are in the display language (`l10n`); the note as written.
 */
export function teamRingDimension(lookup: TeamRingLookup, l10n: L10n): Dimension {
    return {
        id: 'teamRing',
        label: l10n.t('Team ring'),
        kind: 'fact',
        cell: (entry) => {
            const ring = lookup(entry.id);
            if (!ring) {
                return { text: '' };
            }
            const detail = [ring.note, ring.since === undefined ? undefined : l10n.t('Since {0}.', ring.since)].filter((part): part is string => part !== undefined).join(' ');
            return { text: RING_TEXT[ring.ring], ...(detail === '' ? {} : { detail }) };
        },
    };
}
