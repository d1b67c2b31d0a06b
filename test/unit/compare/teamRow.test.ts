import * as assert from 'node:assert/strict';
import { buildViewModel } from '../../../src/core/compare/viewModel';
import { tableToMarkdown } from '../../../src/core/compare/tableMarkdown';
import { english } from '../../../src/core/text/l10n';
import { catalog, HOSTILE, teamOf } from '../radar/fixtures';

describe('compare: Team ring row', () => {
    const team = teamOf({ radar: [{ entry: 'django', ring: 'adopt', since: '2024' }, { package: 'npm:moment', ring: 'hold', note: HOSTILE }] });
    const selection = { ids: ['django', 'moment', 'eslint'] };

    it('is absent without a team radar', () => {
        const model = buildViewModel(selection, catalog, 1, english);
        assert.ok(!model.table.rows.some((row) => row.dimension.label === 'Team ring'));
    });

    it("shows each entry's ring, with the note and date as the detail, last", () => {
        const model = buildViewModel(selection, catalog, 1, english, undefined, (id) => team.ringOfEntry(id));
        const row = model.table.rows.at(-1)!;
        assert.equal(row.dimension.label, 'Team ring');
        assert.deepEqual(row.cells.map((cell) => cell.text), ['Adopt', 'Hold', '']);
        assert.equal(row.cells[0]!.detail, 'Since 2024.');
        assert.equal(row.cells[1]!.detail, HOSTILE);
        assert.equal(row.differs, true);
    });

    it('keeps the hostile note out of the Markdown export as live markup', () => {
        const model = buildViewModel(selection, catalog, 1, english, undefined, (id) => team.ringOfEntry(id));
        const markdown = tableToMarkdown(model.table, english, false);
        assert.match(markdown, /\| \*\*Team ring\*\* \| Adopt — Since 2024\. \| Hold — /);
        assert.doesNotMatch(markdown, /[^\\]<img|[^\\]\[run\]\(command:/);
    });
});
