import * as assert from 'node:assert/strict';
import { formatFor, MANIFEST_FORMATS } from '../../../src/core/manifests/formats';
import { dependencyAt } from '../../../src/core/manifests/parsedManifest';
import { explainConstraint } from '../../../src/core/constraints/explain';
import { FIXTURE_FILES, readFixture } from './fixtureFiles';
import { english } from '../../../src/core/text/l10n';

type Row = [name: string, constraint: string | null, source: string | null];

const EXPECTED: Record<(typeof FIXTURE_FILES)[number], Row[]> = {
    'package.json': [
        ['express', '^4.19.2', null], ['@prisma/client', '~5.12.1', null], ['zod', '3.22.4', null], ['pino', '>=8.0.0 <9.0.0', null],
        ['lodash', '4.17.x', null], ['string-width', '^4.2.0', null], ['local-utils', null, 'path'], ['ui-kit', null, 'path'],
        ['forked', null, 'git'], ['tarball', null, 'url'], ['react', 'latest', null], ['legacy', '1.2.3 - 2.3.4 || ^3.0.0', null],
        ['typescript', '^5.4.5', null], ['@types/node', '^20.12.7', null], ['mocha', '~10.4.0', null], ['react-dom', '>=17', null],
        ['fsevents', '2.3.3', null], ['zod', null, null], ['semver', '7.6.0', null], ['glob', null, null], ['webpack', null, null],
        ['webpack', '5.91.0', null], ['terser', '5.30.3', null], ['minimist', '1.2.8', null], ['@babel/traverse', '7.24.1', null],
        ['cookie', '0.6.0', null], ['foo', '2.0.0', null],
    ],
    Gemfile: [
        ['rails', '~> 7.1, >= 7.1.3', null], ['pg', '~> 1.5', null], ['puma', '>= 5.0', null], ['importmap-rails', null, null],
        ['redis', '>= 4.0.1', null], ['tzinfo-data', null, null], ['bootsnap', null, null], ['image_processing', '~> 1.2', null],
        ['debug', null, null], ['rspec-rails', '~> 6.1', null], ['factory_bot_rails', null, null], ['web-console', null, null],
        ['listen', '~> 3.8', null], ['spring', null, null], ['capybara', null, null], ['selenium-webdriver', '!= 4.17.0', null],
        ['activerecord-jdbcpostgresql-adapter', null, null], ['private-gem', '~> 2.0', null], ['toolkit-core', null, 'git'],
        ['admin_engine', null, 'path'], ['local_gem', null, 'path'], ['forked', null, 'git'], ['rspec', null, null], ['pry', null, null],
    ],
    'sample.gemspec': [
        ['activesupport', '>= 6.1, < 8.0', null], ['zeitwerk', '~> 2.6', null], ['thor', '~> 1.2, >= 1.2.2', null],
        ['concurrent-ruby', '~> 1.0, >= 1.0.2', null], ['json', '>= 2.0', null], ['rake', '~> 13.0', null], ['rspec', '~> 3.12', null],
        ['rubocop', null, null],
    ],
    'requirements.txt': [
        ['Django', '==4.2.11', null], ['djangorestframework', '>=3.14,<4', null], ['celery', '~=5.3.6', null], ['psycopg', '==3.1.*', null],
        ['requests', '>=2.31.0', null], ['tomli', '>=1.1.0', null], ['pywin32', '==306', null], ['numpy', '>= 1.26 , != 1.26.1', null],
        ['gunicorn', '>=21.2', null], ['uvicorn', '=== 0.29.0', null], ['mylib', null, 'git'], ['wheelie', null, 'url'],
        ['certifi', '==2024.2.2', null], ['zope.interface', null, null], ['typing_extensions', null, null],
    ],
    'pyproject.toml': [
        ['hatchling', '>=1.21', null], ['hatch-vcs', null, null], ['fastapi', '>=0.110,<1', null], ['pydantic', '~=2.6', null],
        ['sqlalchemy', '==2.0.*', null], ['tomli', '>=1.1.0', null], ['mylib', null, 'git'], ['httpx', null, null], ['pytest', '>=8', null],
        ['pytest-asyncio', null, null], ['mkdocs-material', '==9.*', null], ['ruff', '==0.3.4', null], ['mypy', '>=1.9', null],
        ['pre-commit', '>=3.7', null], ['requests', '^2.31', null], ['uvicorn', '^0.29', null], ['zope.interface', '*', null],
        ['forked', null, 'git'], ['shared', null, 'path'], ['foo', null, null], ['django', '^5.0', null], ['black', '^24.2', null],
        ['pytest', '>=8,<9', null], ['mypy', '1.9.0', null],
    ],
    Pipfile: [
        ['requests', '*', null], ['django', '==4.2.11', null], ['zope.interface', '*', null], ['celery', '>=5.3', null], ['pywin32', '*', null],
        ['forked', null, 'git'], ['me', null, 'path'], ['wheel', null, 'url'], ['gunicorn', '>=21.2', null], ['pytest', '>=8.0', null],
        ['black', '~=24.2', null],
    ],
};

describe('manifests: real-world fixtures', () => {
    it('has exactly one format for each fixture', () => {
        for (const file of FIXTURE_FILES) {
            assert.equal(MANIFEST_FORMATS.filter((format) => format.matches(file)).length, 1, file);
        }
        assert.equal(formatFor('README.md'), undefined);
    });

    for (const file of FIXTURE_FILES) {
        it(`locates every dependency of ${file}, and explains every constraint as valid`, () => {
            const text = readFixture(file);
            const format = formatFor(file);
            assert.ok(format);
            const deps = format.parse(text).dependencies;
            assert.deepEqual(
                deps.map((dep): Row => [dep.name, dep.constraint ?? null, dep.source ?? null]),
                EXPECTED[file],
            );
            for (const dep of deps) {
                assert.equal(dependencyAt(deps, dep.nameSpan.start), dep);
                if (dep.constraint !== undefined) {
                    const explanation = explainConstraint(dep.registry, dep.constraint, english, dep.constraintSyntax);
                    assert.equal(explanation?.valid, true, `${dep.name} ${dep.constraint}: ${explanation?.words ?? ''}`);
                }
            }
        });
    }
});
