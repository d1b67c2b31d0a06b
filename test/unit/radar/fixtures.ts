import { Catalog } from '../../../src/core/catalog/catalog';
import { parseTeamFile } from '../../../src/core/team/parseTeamFile';
import { english } from '../../../src/core/text/l10n';
import { TeamCatalog } from '../../../src/core/team/teamCatalog';
import { makeEntry } from '../catalog/entryBuilder';

export const catalog = new Catalog([
    makeEntry({ id: 'moment', name: 'Moment.js', kind: 'library', packages: [{ registry: 'npm', name: 'moment' }] }),
    makeEntry({ id: 'django', name: 'Django', kind: 'framework', packages: [{ registry: 'pypi', name: 'Django' }] }),
    makeEntry({ id: 'nodejs', name: 'Node.js', kind: 'runtime', packages: [] }),
    makeEntry({ id: 'eslint', name: 'ESLint', kind: 'tool', packages: [{ registry: 'npm', name: 'eslint' }] }),
]);

export const teamOf = (value: unknown): TeamCatalog => new TeamCatalog([parseTeamFile('file:///w/.vscode/stack-guide.json', JSON.stringify(value), english)], catalog);

/** The payloads a hostile team file could carry in a note, a name or a date. */
export const HOSTILE = `<img src=x onerror="alert(1)"><script>alert(2)</script>"'&amp; [run](command:workbench.action.terminal.new) $(alert)`;
