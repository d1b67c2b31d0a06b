import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { ignoredPackages } from '../../../src/core/diagnostics/dependencyDiagnostics';
import { DiagnosticsService, NEEDS_REGISTRY, type DiagnosticsRequest } from '../../../src/core/diagnostics/diagnosticsService';
import { parseTeamFile } from '../../../src/core/team/parseTeamFile';
import { english, type L10n } from '../../../src/core/text/l10n';
import { TeamCatalog } from '../../../src/core/team/teamCatalog';
import { makeEntry } from '../catalog/entryBuilder';

const status = { source: 'https://example.com/status', note: 'The maintainers say so.' };
const catalog = new Catalog([
    makeEntry({ id: 'moment', name: 'Moment.js', packages: [{ registry: 'npm', name: 'moment' }], status: { value: 'deprecated', successors: ['date-fns'], ...status }, alternatives: ['date-fns'], links: { homepage: 'https://momentjs.com', docs: 'https://momentjs.com/docs' } }),
    makeEntry({ id: 'date-fns', name: 'date-fns', packages: [{ registry: 'npm', name: 'date-fns' }] }),
    makeEntry({ id: 'request', name: 'request', packages: [{ registry: 'npm', name: 'request' }], status: { value: 'unmaintained', ...status } }),
    makeEntry({ id: 'nose', name: 'nose', ecosystem: 'python', packages: [{ registry: 'pypi', name: 'nose' }] }),
    makeEntry({ id: 'oldie', name: 'Oldie', packages: [{ registry: 'npm', name: 'oldie' }], status: { value: 'deprecated', source: status.source } }),
]);
const team = new TeamCatalog([parseTeamFile('file:///w/.vscode/stack-guide.json', JSON.stringify({ radar: [{ package: 'pypi:nose', ring: 'hold', note: 'Use pytest.' }, { package: 'rubygems:paperclip', ring: 'hold' }], packages: [{ package: 'npm:@acme/*', summary: 'Ours.' }] }), english)], catalog);
const noTyposquats = { describe: () => undefined, list: () => undefined, typosquat: () => undefined };

function diagnose(fileName: string, text: string, extra: Partial<DiagnosticsRequest> = {}, l10n: L10n = english): ReturnType<DiagnosticsService['diagnostics']> {
    return new DiagnosticsService(catalog, l10n).diagnostics({ key: fileName, version: 1, fileName, text: () => text, team, ignored: new Set(), registry: noTyposquats, ...extra });
}

const codes = (result: ReturnType<DiagnosticsService['diagnostics']>): string[] => (result === NEEDS_REGISTRY ? [NEEDS_REGISTRY] : result.map((item) => `${item.code} ${item.name}`));

describe('Diagnostics on manifests', () => {
    it('flags deprecated (with its successor and docs page) and unmaintained entries in package.json', () => {
        const text = JSON.stringify({ dependencies: { moment: '^2', request: '^2', 'date-fns': '^3' } }, null, 2);
        const result = diagnose('package.json', text);
        assert.deepEqual(codes(result), ['deprecated moment', 'unmaintained request']);
        const [deprecated, unmaintained] = result as Exclude<typeof result, typeof NEEDS_REGISTRY>;
        assert.equal(deprecated!.severity, 'warning');
        assert.equal(deprecated!.message, 'Moment.js is deprecated: The maintainers say so. Consider date-fns.');
        assert.equal(deprecated!.link, 'https://momentjs.com/docs');
        assert.deepEqual(deprecated!.successor, { id: 'date-fns', name: 'date-fns' });
        assert.deepEqual(deprecated!.compareIds, ['moment', 'date-fns']);
        assert.equal(text.slice(deprecated!.span.start, deprecated!.span.end), 'moment');
        assert.equal(unmaintained!.severity, 'information');
    });

    it("flags the team's hold ring, with its note, in every manifest format", () => {
        const cases: [string, string, string][] = [
            ['requirements.txt', 'nose==1.3\n', 'nose'],
            ['pyproject.toml', '[project]\nname = "x"\ndependencies = ["Nose>=1"]\n', 'Nose'],
            ['Pipfile', '[packages]\nnose = "*"\n', 'nose'],
            ['Gemfile', "source 'https://rubygems.org'\ngem 'paperclip'\n", 'paperclip'],
            ['x.gemspec', "Gem::Specification.new do |s|\n  s.add_dependency 'paperclip'\nend\n", 'paperclip'],
        ];
        for (const [fileName, text, name] of cases) {
            assert.deepEqual(codes(diagnose(fileName, text)), [`team-hold ${name}`], fileName);
        }
        const [hold] = diagnose('requirements.txt', 'nose\n') as Exclude<ReturnType<typeof diagnose>, typeof NEEDS_REGISTRY>;
        assert.match(hold!.message, /hold ring: Use pytest\.$/);
        assert.equal(hold!.teamOrigin?.path, 'radar[0]');
    });

    it('asks for the registry index only for a name nobody knows, and reports its typosquat', () => {
        const text = JSON.stringify({ dependencies: { expresss: '^4', '@acme/ui': '^1', moment: '^2' } });
        assert.deepEqual(codes(diagnose('package.json', JSON.stringify({ dependencies: { moment: '^2', '@acme/ui': '1' } }), { registry: undefined })), ['deprecated moment']);
        assert.deepEqual(codes(diagnose('package.json', text, { registry: undefined })), [NEEDS_REGISTRY]);
        const squat = { ...noTyposquats, typosquat: (registry: 'npm' | 'pypi' | 'rubygems', name: string) => (name === 'expresss' ? { registry, name, similarTo: 'express' } : undefined) };
        assert.deepEqual(codes(diagnose('package.json', text, { registry: squat })), ['possible-typosquat expresss', 'deprecated moment']);
    });

    it('says each message in the display language, the catalog\'s and the team\'s notes as written', () => {
        const marked: L10n = { t: (message, ...args) => `«${english.t(message, ...args)}»` };
        const squat = { ...noTyposquats, typosquat: (registry: 'npm' | 'pypi' | 'rubygems', name: string) => (name === 'expresss' ? { registry, name, similarTo: 'express' } : undefined) };
        const npm = diagnose('package.json', JSON.stringify({ dependencies: { moment: '^2', oldie: '1', expresss: '4' } }), { registry: squat }, marked);
        const ruby = diagnose('Gemfile', "gem 'paperclip'\n", {}, marked);
        const messages = [npm, ruby].flatMap((result) => (result === NEEDS_REGISTRY ? [] : result.map((item) => item.message)));
        assert.deepEqual(messages, [
            '«Moment.js is deprecated: The maintainers say so.» «Consider date-fns.»',
            '«Oldie is deprecated.»',
            '«expresss is one or two keys from express, a much used package: check the spelling.»',
            "«paperclip is on the team radar's hold ring»",
        ]);
    });

    it('leaves ignored packages alone, PyPI names compared after PEP 503', () => {
        const ignored = ignoredPackages(['npm:moment', 'pypi:NOSE', 42, 'nonsense', 'maven:x']);
        assert.deepEqual([...ignored].sort(), ['npm:moment', 'pypi:nose']);
        assert.deepEqual(codes(diagnose('package.json', JSON.stringify({ dependencies: { moment: '^2' } }), { ignored })), []);
        assert.deepEqual(codes(diagnose('requirements.txt', 'Nose\n', { ignored })), []);
    });
});
