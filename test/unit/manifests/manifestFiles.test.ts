import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { formatFor, MANIFEST_FORMATS } from '../../../src/core/manifests/formats';
import {
    isSkippedManifest,
    MANIFEST_FILES,
    MANIFEST_GLOB,
    MANIFEST_LANGUAGES,
    MANIFEST_NAMES,
    manifestFormatOf,
    SKIPPED_GLOB,
} from '../../../src/core/manifests/manifestFiles';

/** Compiled tests run from out/test/unit/manifests. */
const PACKAGE_JSON = path.resolve(__dirname, '../../../../package.json');

describe('which manifests the review reads', () => {
    it('skips dependency, environment and build folders at any depth', () => {
        for (const path of [
            'node_modules/express/package.json',
            'web/node_modules/a/package.json',
            'vendor/bundle/ruby/3.3.0/gems/rails/Gemfile',
            '.venv/lib/python3.12/site-packages/x/pyproject.toml',
            'venv/requirements.txt',
            'dist/package.json',
            'build/package.json',
            'out/package.json',
            'app/.next/package.json',
            'target/package.json',
            'lib/python3.11/site-packages/pkg/pyproject.toml',
        ]) {
            assert.equal(isSkippedManifest(path, []), true, path);
        }
    });

    it('reads project manifests, including ones named like skipped folders', () => {
        for (const path of ['package.json', 'packages/api/package.json', 'backend/requirements.txt', 'requirements/dev.txt', 'dist-tools/Gemfile', 'env/pyproject.toml']) {
            assert.equal(isSkippedManifest(path, []), false, path);
        }
    });

    it('skips any folder holding pyvenv.cfg, whatever its name, but not a workspace that is one', () => {
        assert.equal(isSkippedManifest('env/lib/site/x/setup/requirements.txt', ['env']), true);
        assert.equal(isSkippedManifest('tools/py311/pyproject.toml', ['tools/py311']), true);
        assert.equal(isSkippedManifest('tools/pyproject.toml', ['tools/py311']), false);
        assert.equal(isSkippedManifest('environment/requirements.txt', ['env']), false);
        assert.equal(isSkippedManifest('requirements.txt', ['']), false);
    });

    it('globs only names some format reads, and every name it globs has an example here', () => {
        const examples = ['package.json', 'Gemfile', 'gems.rb', 'app.gemspec', 'requirements.txt', 'dev-requirements.txt', 'requirements-dev.in', 'constraints.txt', 'test-constraints.in', 'requirements/base.txt', 'requirements/dev.in', 'pyproject.toml', 'Pipfile'];
        const asRegExp = (glob: string): RegExp => new RegExp(`^${glob.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]*')}$`);
        for (const example of examples) {
            assert.ok(formatFor(example), `${example} has no format`);
        }
        for (const name of MANIFEST_NAMES) {
            assert.ok(examples.some((example) => asRegExp(name).test(example)), `no example for ${name}`);
        }
        assert.equal(MANIFEST_GLOB, `**/{${MANIFEST_NAMES.join(',')}}`);
        assert.match(SKIPPED_GLOB, /^\*\*\/\{.*node_modules.*\}\/\*\*$/);
    });

    it('has one list of names: each format matches exactly the files its globs name', () => {
        const cases: [string, string | undefined][] = [
            ['/repo/package.json', 'package.json'],
            ['C:\\repo\\web\\package.json', 'package.json'],
            ['package-lock.json', undefined],
            ['Gemfile', 'gemfile'],
            ['Gemfile.lock', undefined],
            ['gemfiles/rails_7.gemfile', undefined],
            ['lib/my_gem.gemspec', 'gemspec'],
            ['constraints.txt', 'requirements'],
            ['requirements/prod.txt', 'requirements'],
            ['notes.txt', undefined],
            ['docs/README.txt', undefined],
            ['base.in', undefined],
            ['pyproject.toml', 'pyproject'],
            ['Pipfile', 'pipfile'],
            ['Pipfile.lock', undefined],
        ];
        for (const [file, format] of cases) {
            assert.equal(manifestFormatOf(file), format, file);
            assert.deepEqual(MANIFEST_FORMATS.filter((candidate) => candidate.matches(file)).map((candidate) => candidate.id), format ? [format] : [], file);
        }
        assert.deepEqual(MANIFEST_FILES.map((files) => files.format), MANIFEST_FORMATS.map((format) => format.id));
    });

    it('activates on exactly the manifest names and languages the list gives', () => {
        const manifest = JSON.parse(fs.readFileSync(PACKAGE_JSON, 'utf8')) as { activationEvents: string[] };
        const events = manifest.activationEvents;
        assert.deepEqual(events.filter((event) => event.startsWith('workspaceContains:')), [`workspaceContains:${MANIFEST_GLOB}`]);
        assert.deepEqual(
            events.filter((event) => event.startsWith('onLanguage:')).sort(),
            MANIFEST_LANGUAGES.map((language) => `onLanguage:${language}`).sort(),
        );
    });
});
