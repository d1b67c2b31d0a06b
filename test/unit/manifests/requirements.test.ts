import * as assert from 'node:assert/strict';
import { requirementsFormat as format } from '../../../src/core/manifests/requirements';
import { parsePep508 } from '../../../src/core/manifests/pep508';
import { dependencyAt } from '../../../src/core/manifests/parsedManifest';
import { expectDependencies, offsetOf } from './expectations';

describe('manifests: requirements files', () => {
    it('matches requirements and constraints files, and .txt/.in files in a requirements folder', () => {
        for (const name of ['requirements.txt', 'requirements-dev.txt', 'requirements_test.txt', 'dev-requirements.in', 'requirements.in', 'constraints.txt', 'requirements/prod.txt', 'requirements\\base.in', '/srv/app/requirements/local.txt']) {
            assert.ok(format.matches(name), name);
        }
        for (const name of ['notes.txt', 'requirements.md', 'Pipfile', 'base.in', 'docs/requirements.rst']) {
            assert.ok(!format.matches(name), name);
        }
    });

    it('locates plain names and pinned versions', () => {
        const text = `Django==4.2.11\nrequests\ncelery>=5.3\n`;
        expectDependencies(format, text, [
            { name: 'Django', section: 'requirements', constraint: '==4.2.11' },
            { name: 'requests' },
            { name: 'celery', constraint: '>=5.3' },
        ]);
    });

    it('reads extras and several specifiers', () => {
        const text = `requests[security,socks]>=2.8.1,<3\nuvicorn[standard] ~= 0.29.0\n`;
        expectDependencies(format, text, [
            { name: 'requests', constraint: '>=2.8.1,<3' },
            { name: 'uvicorn', constraint: '~= 0.29.0' },
        ]);
        assert.deepEqual(parsePep508('requests[security, socks]>=2')?.extras, ['security', 'socks']);
    });

    it('keeps every PEP 440 operator as written', () => {
        const text = ['a~=1.4', 'b==2.*', 'c!=1.5', 'd===1.0', 'e>1,<=2', 'f<3'].join('\n');
        expectDependencies(format, text, [
            { name: 'a', constraint: '~=1.4' },
            { name: 'b', constraint: '==2.*' },
            { name: 'c', constraint: '!=1.5' },
            { name: 'd', constraint: '===1.0' },
            { name: 'e', constraint: '>1,<=2' },
            { name: 'f', constraint: '<3' },
        ]);
    });

    it('separates environment markers', () => {
        const text = `tomli>=1.1.0 ; python_version < "3.11"\npywin32==306; sys_platform == 'win32'\n`;
        expectDependencies(format, text, [
            { name: 'tomli', constraint: '>=1.1.0', markers: 'python_version < "3.11"' },
            { name: 'pywin32', constraint: '==306', markers: "sys_platform == 'win32'" },
        ]);
    });

    it('marks direct URL references by kind', () => {
        const text = [
            'pip @ https://github.com/pypa/pip/archive/1.3.1.zip#sha1=da9234ee9982d4bbb3c72346a6de940a148ea686',
            'mylib @ git+https://github.com/org/mylib.git@v1.2#egg=mylib',
            'local @ file:///opt/wheels/local-1.0-py3-none-any.whl ; python_version >= "3.9"',
        ].join('\n');
        expectDependencies(format, text, [
            { name: 'pip', source: 'url' },
            { name: 'mylib', source: 'git' },
            { name: 'local', source: 'path', markers: 'python_version >= "3.9"' },
        ]);
    });

    it('drops full-line and trailing comments but not # inside URLs', () => {
        const text = `# the web stack
flask>=3  # web framework
  # indented comment naming fake==1.0
pkg @ https://example.com/pkg.zip#egg=pkg
`;
        const deps = expectDependencies(format, text, [{ name: 'flask', constraint: '>=3' }, { name: 'pkg', source: 'url' }]);
        assert.equal(dependencyAt(deps, offsetOf(text, 'fake')), undefined);
        assert.equal(dependencyAt(deps, offsetOf(text, 'framework')), undefined);
    });

    it('joins lines continued with a backslash', () => {
        const text = `numpy>=1.26 \\\n    --hash=sha256:abc \\\n    --hash=sha256:def\npandas\\\n==2.2.1\n`;
        expectDependencies(format, text, [{ name: 'numpy', constraint: '>=1.26' }, { name: 'pandas', constraint: '==2.2.1' }]);
    });

    it('ignores option lines', () => {
        const text = `-r base.txt
--requirement other.txt
-c constraints.txt
-e git+https://github.com/org/repo.git#egg=repo
-e .
--index-url https://pypi.example.com/simple
-i https://pypi.example.com/simple
--extra-index-url https://x.example.com
-f ./wheels
--find-links=./wheels
--pre
--only-binary :all:
--trusted-host pypi.example.com
attrs
`;
        expectDependencies(format, text, [{ name: 'attrs' }]);
    });

    it('strips per-requirement options such as --hash', () => {
        const text = `certifi==2024.2.2 --hash=sha256:0569859f95fc761b18b45ef421b1290a0f65f147e92a1e5eb3e635f9a5e4e66f\nidna==3.6 --config-settings=x=y\n`;
        expectDependencies(format, text, [{ name: 'certifi', constraint: '==2024.2.2' }, { name: 'idna', constraint: '==3.6' }]);
    });

    it('reads the parenthesised specifier form', () => {
        const text = `numpy (>=1.0, <2.0)\nscipy ( ==1.11.* ) ; python_version >= "3.9"\n`;
        expectDependencies(format, text, [
            { name: 'numpy', constraint: '>=1.0, <2.0' },
            { name: 'scipy', constraint: '==1.11.*', markers: 'python_version >= "3.9"' },
        ]);
    });

    it('accepts whitespace around operators and names with dots and underscores', () => {
        const text = `zope.interface >= 6.0 , < 7\ntyping_extensions\nruamel.yaml.clib==0.2.8\n`;
        expectDependencies(format, text, [
            { name: 'zope.interface', constraint: '>= 6.0 , < 7' },
            { name: 'typing_extensions' },
            { name: 'ruamel.yaml.clib', constraint: '==0.2.8' },
        ]);
    });

    it('handles CRLF line endings', () => {
        const text = `flask==3.0.2\r\n# comment\r\ngunicorn>=21\r\n`;
        expectDependencies(format, text, [{ name: 'flask', constraint: '==3.0.2' }, { name: 'gunicorn', constraint: '>=21' }]);
    });

    it('skips paths, bare URLs and archives that name no package', () => {
        const text = `./downloads/numpy-1.9.2-cp34-none-win32.whl\n.\n../sibling\nhttps://example.com/pkg-1.0.tar.gz\ngit+https://github.com/org/repo.git\n/abs/path\nkept\n`;
        expectDependencies(format, text, [{ name: 'kept' }]);
    });

    it('keeps a constraint PEP 440 rejects, for the explainer to flag', () => {
        const text = `requests 2.0\n`;
        expectDependencies(format, text, [{ name: 'requests', constraint: '2.0' }]);
    });

    it('rejects broken extras and survives garbage', () => {
        assert.deepEqual(format.parse('requests[security\n').dependencies, []);
        assert.deepEqual(format.parse('\u0000\u0001\u0002').dependencies, []);
        assert.deepEqual(format.parse('\\\\\\\n\\').dependencies, []);
        assert.deepEqual(format.parse('').dependencies, []);
    });

    it('finds the dependency from name or constraint offsets, not from markers', () => {
        const text = `tomli>=1.1.0 ; python_version < "3.11"\n`;
        const deps = format.parse(text).dependencies;
        assert.equal(dependencyAt(deps, 0)?.name, 'tomli');
        assert.equal(dependencyAt(deps, offsetOf(text, '1.1.0'))?.name, 'tomli');
        assert.equal(dependencyAt(deps, offsetOf(text, 'python_version')), undefined);
    });
});
