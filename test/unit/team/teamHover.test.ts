import * as assert from 'node:assert/strict';
import { english } from '../../../src/core/text/l10n';
import { Catalog } from '../../../src/core/catalog/catalog';
import { DependencyHoverService, NEEDS_REGISTRY, type HoverRequest } from '../../../src/core/hover/hoverService';
import { parseTeamFile } from '../../../src/core/team/parseTeamFile';
import { TeamCatalog } from '../../../src/core/team/teamCatalog';
import { makeEntry } from '../catalog/entryBuilder';
import { ISSUE_EXAMPLE } from './examples';

const catalog = new Catalog([makeEntry({ id: 'moment', name: 'Moment.js', packages: [{ registry: 'npm', name: 'moment' }] })]);
const hovers = new DependencyHoverService(catalog, english);
const teamOf = (value: unknown): TeamCatalog => new TeamCatalog([parseTeamFile('file:///w/.vscode/stack-guide.json', JSON.stringify(value), english)], catalog);

/** The hover on `name` in a package.json, as the host asks it (no registry data needed for these). */
function hoverOn(name: string, team: TeamCatalog, version = '^1.0.0'): string {
    const text = JSON.stringify({ dependencies: { [name]: version } }, null, 2);
    const request: HoverRequest = { key: `${name}${Math.random()}`, version: 1, fileName: 'package.json', offset: text.indexOf(JSON.stringify(name)) + 2, text: () => text, showUnknownPackages: false, team };
    const answer = hovers.hover(request);
    assert.ok(answer && answer !== NEEDS_REGISTRY, `no hover on ${name}`);
    return answer.markdown;
}

/** Markdown's backslash escapes removed: the text a user reads. */
const unescaped = (markdown: string): string => markdown.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:$])/g, '$1');

describe('Team file: hovers', () => {
    const team = teamOf(ISSUE_EXAMPLE);

    it('shows the ring with its note and date, first', () => {
        const markdown = hoverOn('moment', team);
        assert.match(unescaped(markdown.split('\n\n')[0]!), /^\$\(warning\) \*\*Team radar: Hold\*\* \(since 2025-06\): Use date-fns for new code.$/);
        assert.match(unescaped(markdown), /\*\*Moment\.js\*\*/);
    });

    it('describes a private package as known: summary, owner, https docs, and its constraint in words', () => {
        const markdown = hoverOn('@acme/billing', team, '^2.1.0');
        const text = unescaped(markdown);
        assert.match(text, /\*\*@acme\/billing\*\* · internal package/);
        assert.match(text, /Acme's internal packages, published to the company registry\./);
        assert.match(text, /Owner: Platform team/);
        assert.match(markdown, /\[Documentation\]\(https:\/\/example\.com\/acme\/packages\)/);
        assert.match(text, /Version \^2\.1\.0: /);
        assert.doesNotMatch(text, /not in the Stack Guide catalog|unknown/i);
    });

    it('escapes every hostile string and links nothing but https', () => {
        const payloads = ['[x](command:workbench.action.terminal.new)', '<img src=x onerror=alert(1)>', '**bold** `code` $(alert)', 'line\n# heading', '[link](javascript:alert(1))'];
        for (const payload of payloads) {
            const hostile = teamOf({ radar: [{ package: 'npm:moment', ring: 'hold', note: payload }], packages: [{ package: 'npm:@evil/*', summary: payload, owner: payload }] });
            for (const markdown of [hoverOn('moment', hostile), hoverOn('@evil/x', hostile)]) {
                assert.doesNotMatch(markdown, /(?<!\\)\]\((?!https:\/\/|command:stackGuide\.)/, `a live link other than https or our own commands in ${markdown}`);
                assert.doesNotMatch(markdown, /(?<!\\)<img|(?<!\\)\*\*bold|(?<!\\)\$\(alert|^# /m, `unescaped Markdown in ${markdown}`);
                assert.ok(unescaped(markdown).includes(payload.replace('\n', ' ')), `the payload is not shown as text in ${markdown}`);
            }
        }
    });

    it('never links a docs value that is not https', () => {
        for (const docs of ['http://example.com', 'javascript:alert(1)', 'command:stackGuide.compare']) {
            const hostile = teamOf({ packages: [{ package: 'npm:@evil/*', summary: 'Evil.', docs }] });
            // The item is rejected by the schema, so the package stays as unknown as before.
            assert.equal(hostile.privatePackage('npm', '@evil/x'), undefined);
        }
    });
});
