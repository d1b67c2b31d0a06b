import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { parsePackagePattern, patternMatches } from '../../../src/core/team/packagePattern';
import { parseTeamFile, TEAM_FILE_MAX_BYTES } from '../../../src/core/team/parseTeamFile';
import { english, type L10n } from '../../../src/core/text/l10n';
import { TeamCatalog } from '../../../src/core/team/teamCatalog';
import { ISSUE_EXAMPLE } from './examples';
import { makeEntry } from '../catalog/entryBuilder';

const catalog = new Catalog([
    makeEntry({ id: 'django', ecosystem: 'python', packages: [{ registry: 'pypi', name: 'Django' }] }),
    makeEntry({ id: 'moment', packages: [{ registry: 'npm', name: 'moment' }] }),
]);

const file = (uri: string, value: unknown): ReturnType<typeof parseTeamFile> => parseTeamFile(uri, JSON.stringify(value, null, 2), english);

describe('Team file: reading', () => {
    it('reads the documented example with nothing to report', () => {
        const team = file('a', ISSUE_EXAMPLE);
        assert.deepEqual(team.problems, []);
        assert.equal(team.name, 'Acme platform radar');
        assert.equal(team.radar.length, 3);
        assert.equal(team.packages.length, 1);
    });

    it('reports a bad ring at its node, naming its JSON path, and still applies the valid items', () => {
        const text = JSON.stringify({ radar: [{ package: 'npm:left-pad', ring: 'avoid' }, { package: 'npm:moment', ring: 'hold' }] }, null, 2);
        const team = parseTeamFile('a', text, english);
        assert.equal(team.problems.length, 1);
        const [problem] = team.problems;
        assert.equal(problem!.path, 'radar[0].ring');
        assert.match(problem!.message, /^radar\[0\]\.ring: ring must be adopt, trial, assess or hold$/);
        assert.equal(text.slice(problem!.offset, problem!.offset + problem!.length), '"ring": "avoid"');
        assert.deepEqual(team.radar.map((item) => item.target.kind === 'package' && item.target.pattern.text), ['npm:moment']);
    });

    it('names the path of an unknown property, a missing ring, and an item naming both a package and an entry', () => {
        const team = file('a', { colour: 'red', radar: [{ package: 'npm:x' }, { package: 'npm:y', entry: 'django', ring: 'adopt' }], packages: [{ package: 'npm:z', summary: 'Z.', docs: 'http://example.com' }] });
        assert.deepEqual(team.problems.map((problem) => problem.path).sort(), ['colour', 'packages[0].docs', 'radar[0].ring', 'radar[1]']);
        assert.equal(team.radar.length, 0);
        assert.equal(team.packages.length, 0);
    });

    it('reports JSON syntax errors and still applies what it could read', () => {
        const team = parseTeamFile('a', '{ "radar": [ { "package": "npm:moment", "ring": "hold" }, ] , }', english);
        assert.equal(team.radar.length, 1);
        const broken = parseTeamFile('a', '{ "radar": [ { "package": "npm:moment" "ring": "hold" } ] }', english);
        assert.ok(broken.problems.some((problem) => problem.message.startsWith('JSON syntax:')));
    });

    it('says so, without throwing, for a file that is empty, not an object, or not JSON at all', () => {
        for (const text of ['', '[]', '42', 'null', '\u0000\u0001', '{"radar": 3}', '{"radar": [null, 1, "x"]}']) {
            const team = parseTeamFile('a', text, english);
            assert.ok(team.problems.length > 0, `no problem for ${JSON.stringify(text)}`);
            assert.deepEqual(team.radar, []);
        }
    });

    it('says every problem in the display language, keeping its JSON path and the parser\'s code', () => {
        const marked: L10n = { t: (message, ...args) => `«${english.t(message, ...args)}»` };
        const text = JSON.stringify({ colour: 'red', radar: [{ package: 'npm:x', ring: 'avoid', since: 'May' }], packages: [{ package: 'x', summary: '' }] }, null, 2);
        const problems = parseTeamFile('a', text, marked).problems.map((problem) => problem.message);
        assert.equal(problems.length, 5, problems.join('\n'));
        for (const message of problems) {
            assert.match(message, /^[\w.[\]]+: «[^«»]+»$/);
        }
        assert.ok(problems.includes('radar[0].ring: «ring must be adopt, trial, assess or hold»'), problems.join('\n'));
        assert.deepEqual(parseTeamFile('a', '{ "name": "x" "radar": [] }', marked).problems.map((problem) => problem.message), ['«JSON syntax: CommaExpected»']);
        assert.deepEqual(parseTeamFile('a', ' '.repeat(TEAM_FILE_MAX_BYTES + 1), marked).problems.map((problem) => problem.message), ['«The team file is over 1 MB and was not read.»']);
    });
});

describe('Team file: package patterns', () => {
    it('matches PyPI names after PEP 503 normalisation, in the pattern and in the dependency', () => {
        const pattern = parsePackagePattern('pypi:Zope.Interface')!;
        assert.ok(patternMatches(pattern, 'pypi', 'zope-interface'));
        assert.ok(patternMatches(pattern, 'pypi', 'ZOPE__interface'));
        assert.ok(!patternMatches(pattern, 'npm', 'zope.interface'));
        // npm and RubyGems compare as written.
        assert.ok(!patternMatches(parsePackagePattern('npm:Left-Pad')!, 'npm', 'left-pad'));
    });

    it('matches a trailing * as a prefix, and nothing else as a pattern', () => {
        const scoped = parsePackagePattern('npm:@acme/*')!;
        assert.ok(patternMatches(scoped, 'npm', '@acme/ui'));
        assert.ok(!patternMatches(scoped, 'npm', '@acme-evil/ui'));
        assert.ok(patternMatches(parsePackagePattern('pypi:acme_*')!, 'pypi', 'Acme.Billing'));
        for (const bad of ['npm:a*b', 'npm:*a', 'maven:x', 'npm:', 'moment', 'npm:a b', 'npm:a**']) {
            assert.equal(parsePackagePattern(bad), undefined, bad);
        }
    });
});

describe('Team file: merging', () => {
    const shared = file('shared', { radar: [{ package: 'npm:moment', ring: 'hold', note: 'shared' }, { package: 'npm:@acme/*', ring: 'trial' }], packages: [{ package: 'npm:@acme/*', summary: 'Shared summary.' }] });
    const local = file('local', { radar: [{ package: 'npm:moment', ring: 'assess', note: 'local' }, { entry: 'django', ring: 'adopt' }, { entry: 'nope', ring: 'hold' }], packages: [{ package: 'npm:@acme/*', summary: 'Local summary.' }] });

    it('lets the later file win per package', () => {
        const team = new TeamCatalog([shared, local], catalog);
        assert.equal(team.ring('npm', 'moment')?.note, 'local');
        assert.equal(new TeamCatalog([local, shared], catalog).ring('npm', 'moment')?.note, 'shared');
        assert.equal(team.privatePackage('npm', '@acme/ui')?.summary, 'Local summary.');
        assert.equal(team.radar().filter((item) => item.subject === 'npm:moment').length, 1);
    });

    it('resolves entry ids against the catalog, by entry and by each of its packages', () => {
        const team = new TeamCatalog([shared, local], catalog);
        assert.equal(team.ringOfEntry('django')?.ring, 'adopt');
        assert.equal(team.ring('pypi', 'django')?.ring, 'adopt');
        assert.equal(team.ringOfEntry('moment')?.ring, 'assess');
        assert.deepEqual(team.problemsIn('local', english).map((problem) => [problem.path, problem.severity, problem.message]), [['radar[2].entry', 'warning', 'radar[2].entry: the catalog has no entry "nope"; the item is ignored']]);
    });

    it('prefers an exact name to a pattern, and the longest pattern to a shorter one', () => {
        const patterns = file('p', { radar: [{ package: 'npm:@acme/ui', ring: 'adopt' }, { package: 'npm:@acme/u*', ring: 'assess' }, { package: 'npm:@acme/*', ring: 'hold' }] });
        const team = new TeamCatalog([patterns], catalog);
        assert.equal(team.ring('npm', '@acme/ui')?.ring, 'adopt');
        assert.equal(team.ring('npm', '@acme/utils')?.ring, 'assess');
        assert.equal(team.ring('npm', '@acme/db')?.ring, 'hold');
        assert.equal(team.ring('npm', 'express'), undefined);
    });

    it('is empty with no file', () => {
        assert.ok(TeamCatalog.EMPTY.isEmpty);
        assert.equal(TeamCatalog.EMPTY.ring('npm', 'moment'), undefined);
    });
});
