import * as assert from 'node:assert/strict';
import { pipfileFormat as format } from '../../../src/core/manifests/pipfile';
import { dependencyAt } from '../../../src/core/manifests/parsedManifest';
import { expectDependencies, offsetOf } from './expectations';

describe('manifests: Pipfile', () => {
    it('matches Pipfile only', () => {
        assert.ok(format.matches('Pipfile'));
        assert.ok(format.matches('/srv/app/Pipfile'));
        assert.ok(!format.matches('Pipfile.lock'));
        assert.ok(!format.matches('pyproject.toml'));
    });

    it('locates [packages] with "*" and pinned versions', () => {
        const text = `[packages]\nrequests = "*"\ndjango = "==4.2.11"\n`;
        expectDependencies(format, text, [
            { name: 'requests', section: '[packages]', constraint: '*' },
            { name: 'django', section: '[packages]', constraint: '==4.2.11' },
        ]);
    });

    it('labels [dev-packages]', () => {
        const text = `[dev-packages]\npytest = ">=8.0"\nblack = "~=24.2"\n`;
        expectDependencies(format, text, [
            { name: 'pytest', section: '[dev-packages]', constraint: '>=8.0' },
            { name: 'black', section: '[dev-packages]', constraint: '~=24.2' },
        ]);
    });

    it('reads version from inline tables with extras and index', () => {
        const text = `[packages]\ndjango = {version = ">=4", extras = ["bcrypt"]}\nprivate = {version = "*", index = "internal"}\n`;
        expectDependencies(format, text, [
            { name: 'django', constraint: '>=4' },
            { name: 'private', constraint: '*' },
        ]);
    });

    it('marks git, path, editable and file sources', () => {
        const text = `[packages]
requests = {git = "https://github.com/psf/requests.git", ref = "main", editable = true}
me = {editable = true, path = "."}
wheel = {file = "https://example.com/wheel-1.0.tar.gz"}
localfile = {file = "./dist/x-1.0.tar.gz"}
`;
        expectDependencies(format, text, [
            { name: 'requests', source: 'git' },
            { name: 'me', source: 'path' },
            { name: 'wheel', source: 'url' },
            { name: 'localfile', source: 'path' },
        ]);
    });

    it('reads markers from tables', () => {
        const text = `[packages]\npywin32 = {version = "*", markers = "sys_platform == 'win32'"}\n`;
        expectDependencies(format, text, [{ name: 'pywin32', constraint: '*', markers: "sys_platform == 'win32'" }]);
    });

    it('reads a package written as a sub-table', () => {
        const text = `[packages.requests]\nversion = "==2.31.0"\nextras = ["socks"]\n`;
        expectDependencies(format, text, [{ name: 'requests', section: '[packages]', constraint: '==2.31.0' }]);
    });

    it('maps quoted names without their quotes', () => {
        const text = `[packages]\n"zope.interface" = "*"\n`;
        expectDependencies(format, text, [{ name: 'zope.interface', constraint: '*' }]);
    });

    it('ignores [[source]], [requires] and [scripts]', () => {
        const text = `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[requires]
python_version = "3.12"

[scripts]
serve = "python manage.py runserver"

[packages]
flask = "*"
`;
        const deps = expectDependencies(format, text, [{ name: 'flask', constraint: '*' }]);
        assert.equal(dependencyAt(deps, offsetOf(text, 'pypi"')), undefined);
        assert.equal(dependencyAt(deps, offsetOf(text, '3.12')), undefined);
    });

    it('is not confused by comments', () => {
        const text = `[packages]\n# requests = "*"\nflask = "*"  # web\n`;
        expectDependencies(format, text, [{ name: 'flask', constraint: '*' }]);
    });

    it('handles CRLF line endings', () => {
        const text = `[packages]\r\nflask = "==3.0.2"\r\n[dev-packages]\r\npytest = "*"\r\n`;
        expectDependencies(format, text, [
            { name: 'flask', constraint: '==3.0.2', section: '[packages]' },
            { name: 'pytest', constraint: '*', section: '[dev-packages]' },
        ]);
    });

    it('locates a package whose value is not a string or known table', () => {
        const text = `[packages]\nodd = 1\nweird = {editable = true}\n`;
        expectDependencies(format, text, [{ name: 'odd' }, { name: 'weird' }]);
    });

    it('finds packages by name and version offsets', () => {
        const text = `[packages]\nrequests = "==2.31.0"\n`;
        const deps = format.parse(text).dependencies;
        assert.equal(dependencyAt(deps, offsetOf(text, 'requests'))?.name, 'requests');
        assert.equal(dependencyAt(deps, offsetOf(text, '2.31'))?.name, 'requests');
        assert.equal(dependencyAt(deps, offsetOf(text, ' = ')), undefined);
        assert.equal(dependencyAt(deps, offsetOf(text, 'packages')), undefined);
    });

    it('gives nothing for a document with a syntax error', () => {
        const text = `[packages]\nflask = "*"\n[dev-packages\npytest = "*"\n`;
        expectDependencies(format, text, []);
    });

    it('returns [] for garbage and for other TOML', () => {
        assert.deepEqual(format.parse('\u0000\u0001\u0002').dependencies, []);
        assert.deepEqual(format.parse('[tool.poetry.dependencies]\nrequests = "^2"\n').dependencies, []);
        assert.deepEqual(format.parse('').dependencies, []);
    });
});
