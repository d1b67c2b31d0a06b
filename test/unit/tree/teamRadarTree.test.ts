import * as assert from 'node:assert/strict';
import { english } from '../../../src/core/text/l10n';
import { buildTeamRadarRoot } from '../../../src/core/tree/teamRadarTree';
import { TeamCatalog } from '../../../src/core/team/teamCatalog';
import { catalog, HOSTILE, teamOf } from '../radar/fixtures';

describe('catalog tree: Team radar group', () => {
    const team = teamOf({
        radar: [
            { package: 'npm:moment', ring: 'hold', note: HOSTILE, since: '2025-06' },
            { entry: 'django', ring: 'adopt' },
            { package: 'pypi:nose', ring: 'hold', note: 'Use pytest.' },
        ],
    });

    it('groups the items by ring, in ring order, counting each', () => {
        const root = buildTeamRadarRoot(team, catalog, english);
        assert.ok(root);
        assert.equal(root.label, 'Team radar');
        assert.deepEqual(root.children.map((child) => child.type === 'teamGroup' && child.label), ['Adopt (1)', 'Hold (2)']);
        const hold = root.children[1]!.children.map((child) => child.type === 'teamItem' && child.item.label);
        assert.deepEqual(hold, ['Moment.js', 'pypi:nose']);
    });

    it('names the catalog entry an item is about, for the row to open its page', () => {
        const root = buildTeamRadarRoot(team, catalog, english)!;
        const [moment, nose] = root.children[1]!.children;
        assert.ok(moment?.type === 'teamItem' && nose?.type === 'teamItem');
        assert.equal(moment.item.entryId, 'moment');
        assert.equal(nose.item.entryId, undefined);
    });

    it('escapes the note in the tooltip: no link, no HTML, no icon', () => {
        const moment = buildTeamRadarRoot(team, catalog, english)!.children[1]!.children[0]!;
        assert.ok(moment.type === 'teamItem');
        assert.doesNotMatch(moment.tooltip, /[^\\]\[run\]\(command:|[^\\]<img|[^\\]\$\(/);
        assert.match(moment.tooltip, /Since 2025\\-06/);
    });

    it('is absent without radar items', () => {
        assert.equal(buildTeamRadarRoot(TeamCatalog.EMPTY, catalog, english), undefined);
        assert.equal(buildTeamRadarRoot(teamOf({ packages: [{ package: 'npm:@acme/*', summary: 'Ours.' }] }), catalog, english), undefined);
    });
});
