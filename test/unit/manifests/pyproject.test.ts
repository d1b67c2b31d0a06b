import * as assert from 'node:assert/strict';
import { pyprojectFormat as format } from '../../../src/core/manifests/pyproject';
import { dependencyAt } from '../../../src/core/manifests/parsedManifest';
import { expectDependencies, offsetOf } from './expectations';

const POETRY = 'poetry' as const;

describe('manifests: pyproject.toml', () => {
    it('matches pyproject.toml', () => {
        assert.ok(format.matches('pyproject.toml'));
        assert.ok(format.matches('/a/b/pyproject.toml'));
        assert.ok(!format.matches('pyproject.toml.bak'));
        assert.ok(!format.matches('Cargo.toml'));
    });

    it('locates [project] dependencies inside their strings', () => {
        const text = `[project]
name = "app"
version = "1.0.0"
requires-python = ">=3.10"
dependencies = [
    "httpx>=0.27",
    "pydantic[email]~=2.6",  # validation
    'rich',
]
`;
        const deps = expectDependencies(format, text, [
            { name: 'httpx', section: '[project] dependencies', constraint: '>=0.27' },
            { name: 'pydantic', section: '[project] dependencies', constraint: '~=2.6' },
            { name: 'rich', section: '[project] dependencies' },
        ]);
        assert.equal(dependencyAt(deps, offsetOf(text, 'app')), undefined);
        assert.equal(dependencyAt(deps, offsetOf(text, '>=3.10')), undefined);
        assert.equal(dependencyAt(deps, offsetOf(text, 'validation')), undefined);
    });

    it('labels [project.optional-dependencies] by extra', () => {
        const text = `[project.optional-dependencies]
test = ["pytest>=8", "pytest-cov"]
docs = ["mkdocs-material==9.*"]
`;
        expectDependencies(format, text, [
            { name: 'pytest', section: '[project.optional-dependencies] test', constraint: '>=8' },
            { name: 'pytest-cov', section: '[project.optional-dependencies] test' },
            { name: 'mkdocs-material', section: '[project.optional-dependencies] docs', constraint: '==9.*' },
        ]);
    });

    it('reads PEP 735 [dependency-groups], skipping include-group tables', () => {
        const text = `[dependency-groups]
test = ["pytest", "coverage>=7"]
dev = [{include-group = "test"}, "ruff==0.3.4"]
`;
        expectDependencies(format, text, [
            { name: 'pytest', section: '[dependency-groups] test' },
            { name: 'coverage', section: '[dependency-groups] test', constraint: '>=7' },
            { name: 'ruff', section: '[dependency-groups] dev', constraint: '==0.3.4' },
        ]);
    });

    it('keeps markers and marks direct references', () => {
        const text = `[project]
dependencies = [
  'tomli>=1.1.0; python_version < "3.11"',
  "mylib @ git+https://github.com/org/mylib.git@main",
  "wheel @ https://example.com/wheel-1.0-py3-none-any.whl ; sys_platform == 'linux'",
]
`;
        expectDependencies(format, text, [
            { name: 'tomli', constraint: '>=1.1.0', markers: 'python_version < "3.11"' },
            { name: 'mylib', source: 'git' },
            { name: 'wheel', source: 'url', markers: "sys_platform == 'linux'" },
        ]);
    });

    it('locates [tool.poetry.dependencies], skipping python, in Poetry syntax', () => {
        const text = `[tool.poetry.dependencies]
python = "^3.10"
requests = "^2.31"
fastapi = "~0.110.0"
"Flask-Login" = "*"
`;
        expectDependencies(format, text, [
            { name: 'requests', section: '[tool.poetry.dependencies]', constraint: '^2.31', constraintSyntax: POETRY },
            { name: 'fastapi', constraint: '~0.110.0', constraintSyntax: POETRY },
            { name: 'Flask-Login', constraint: '*', constraintSyntax: POETRY },
        ]);
    });

    it('reads Poetry inline tables for version, markers and sources', () => {
        const text = `[tool.poetry.dependencies]
uvicorn = { version = "^0.29", extras = ["standard"], optional = true }
pathlib2 = { version = "^2.2", markers = "python_version <= '3.4' or sys_platform == 'win32'" }
mylib = { git = "https://github.com/org/mylib.git", branch = "main" }
shared = { path = "../shared", develop = true }
wheelie = { url = "https://example.com/wheelie-1.0.tar.gz" }
`;
        expectDependencies(format, text, [
            { name: 'uvicorn', constraint: '^0.29', constraintSyntax: POETRY },
            { name: 'pathlib2', constraint: '^2.2', constraintSyntax: POETRY, markers: "python_version <= '3.4' or sys_platform == 'win32'" },
            { name: 'mylib', source: 'git' },
            { name: 'shared', source: 'path' },
            { name: 'wheelie', source: 'url' },
        ]);
    });

    it('labels Poetry groups and the legacy dev-dependencies table', () => {
        const text = `[tool.poetry.group.dev.dependencies]
black = "^24.2"

[tool.poetry.group.test]
optional = true

[tool.poetry.group.test.dependencies]
pytest = ">=8,<9"

[tool.poetry.dev-dependencies]
mypy = "1.9.0"
`;
        expectDependencies(format, text, [
            { name: 'black', section: '[tool.poetry.group.dev.dependencies]', constraint: '^24.2', constraintSyntax: POETRY },
            { name: 'pytest', section: '[tool.poetry.group.test.dependencies]', constraint: '>=8,<9', constraintSyntax: POETRY },
            { name: 'mypy', section: '[tool.poetry.dev-dependencies]', constraint: '1.9.0', constraintSyntax: POETRY },
        ]);
    });

    it('reads a Poetry dependency written as a sub-table', () => {
        const text = `[tool.poetry.dependencies.django]
version = "^5.0"
extras = ["argon2"]
`;
        expectDependencies(format, text, [{ name: 'django', section: '[tool.poetry.dependencies]', constraint: '^5.0', constraintSyntax: POETRY }]);
    });

    it('follows dotted keys and inline tables that spell the table path', () => {
        const text = `[tool.poetry]
name = "x"
dependencies.requests = "^2.31"
group.dev.dependencies = { ruff = "^0.3" }
`;
        expectDependencies(format, text, [
            { name: 'requests', section: '[tool.poetry.dependencies]', constraint: '^2.31', constraintSyntax: POETRY },
            { name: 'ruff', section: '[tool.poetry.group.dev.dependencies]', constraint: '^0.3', constraintSyntax: POETRY },
        ]);
    });

    it('gives no constraint for Poetry multiple-constraint arrays', () => {
        const text = `[tool.poetry.dependencies]
foo = [
    { version = "<=1.9", python = ">=3.6,<3.8" },
    { version = "^2.0", python = ">=3.8" },
]
`;
        expectDependencies(format, text, [{ name: 'foo' }]);
    });

    it('reads [tool.uv] dev-dependencies and [build-system] requires', () => {
        const text = `[build-system]
requires = ["hatchling>=1.21"]
build-backend = "hatchling.build"

[tool.uv]
dev-dependencies = ["pytest>=8.0.0"]
`;
        expectDependencies(format, text, [
            { name: 'hatchling', section: '[build-system] requires', constraint: '>=1.21' },
            { name: 'pytest', section: '[tool.uv] dev-dependencies', constraint: '>=8.0.0' },
        ]);
    });

    it('maps quoted keys without their quotes', () => {
        const text = `[tool.poetry.dependencies]\n"zope.interface" = "^6.0"\n'typing_extensions' = "*"\n`;
        expectDependencies(format, text, [
            { name: 'zope.interface', constraint: '^6.0', constraintSyntax: POETRY },
            { name: 'typing_extensions', constraint: '*', constraintSyntax: POETRY },
        ]);
    });

    it('maps a string with escapes to the whole string and gives no constraint span', () => {
        const text = `[project]\ndependencies = ["req\\u0075ests>=2", "ok>=1"]\n`;
        expectDependencies(format, text, [
            { name: 'requests', at: 'req\\u0075ests>=2', constraint: '>=2', noConstraintSpan: true },
            { name: 'ok', constraint: '>=1' },
        ]);
    });

    it('reads multi-line strings in arrays', () => {
        const text = `[project]\ndependencies = [\n"""\nattrs>=23""", '''cattrs==23.2.*''']\n`;
        expectDependencies(format, text, [
            { name: 'attrs', constraint: '>=23' },
            { name: 'cattrs', constraint: '==23.2.*' },
        ]);
    });

    it('ignores other tables and keys', () => {
        const text = `[tool.ruff]
select = ["E", "F"]
[tool.pytest.ini_options]
addopts = "-ra"
[project.scripts]
app = "app.cli:main"
[project.urls]
Homepage = "https://example.com"
`;
        expectDependencies(format, text, []);
    });

    it('gives nothing for a document with a syntax error, wherever it is', () => {
        const text = `[project]
dependencies = ["httpx>=0.27"]

[tool.poetry.dependencies]
requests = "^2.31"
broken = = "x"
after = "1.0"
`;
        expectDependencies(format, text, []);
        const unterminated = `[tool.poetry.dependencies]
requests = "^2.31"

[project]
dependencies = [
    "httpx>=0.27",
    "rich",
`;
        expectDependencies(format, unterminated, []);
    });

    it('returns [] for garbage', () => {
        assert.deepEqual(format.parse('[[[[[').dependencies, []);
        assert.deepEqual(format.parse('\u0000\u0001').dependencies, []);
        assert.deepEqual(format.parse('= "x"').dependencies, []);
        assert.deepEqual(format.parse('').dependencies, []);
    });
});
