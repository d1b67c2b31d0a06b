import { english } from '../../../src/core/text/l10n';
import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { detectStack } from '../../../src/core/review/detect';
import { isDevelopmentOnly } from '../../../src/core/review/developmentOnly';
import { areRivals } from '../../../src/core/review/sameRole';
import { realCatalog } from '../recommend/realCatalog';
import { manifestFile } from './fixtures';

/**
 * Pairs the review once flagged as "same role twice" in the manifests of real applications
 * (Discourse, Mastodon, Forem, GitLab, Ghost, n8n, PostHog, Sentry, Redash, Saleor, Zulip,
 * Chatwoot, Mealie, Paperless-ngx), judged one by one: libraries used together, never
 * alternatives of each other.
 */
const COMPANIONS: readonly (readonly [string, string, string])[] = [
    ['scikit-learn', 'xgboost', 'XGBoost plugs into the scikit-learn estimator API'],
    ['opentelemetry-python', 'sentry-python', 'error monitoring beside vendor-neutral telemetry'],
    ['prometheus-client-python', 'sentry-python', 'metrics exposition beside error monitoring'],
    ['opentelemetry-js', 'sentry-node', 'the Sentry SDK is built on OpenTelemetry'],
    ['python-dateutil', 'pytz', 'parsing and date arithmetic beside a time-zone database'],
    ['typeshed-stubs', 'django-stubs', 'type stubs of different libraries'],
    ['js-yaml', 'toml-node', 'parsers of different formats'],
    ['brotli', 'zstandard-python', 'different compression formats'],
    ['nock', 'sinon', 'HTTP mocking beside function stubs'],
    ['listen-ruby', 'rb-fsevent', 'Listen uses rb-fsevent on macOS'],
    ['test-prof', 'parallel-tests', 'profiling a test suite beside running it in parallel'],
    ['authlib', 'pyjwt', 'OAuth clients and servers beside JWT encoding'],
    ['xlsxwriter', 'openpyxl', 'a write-only xlsx library cannot replace a reader'],
    ['concurrent-ruby', 'connection-pool-ruby', 'concurrency primitives beside a connection pool'],
    ['ldapts', 'samlify', 'LDAP beside SAML single sign-on'],
    ['convict', 'dotenv', 'config validation beside a .env loader'],
    ['geocoder-ruby', 'maxminddb-ruby', "Geocoder's local GeoIP2 lookup uses maxminddb"],
    ['doorkeeper', 'jwt-ruby', 'an OAuth 2 provider beside JWT encoding'],
];

/** Pairs the same apps declare that are genuine alternatives: the review must keep flagging them. */
const RIVALS: readonly (readonly [string, string])[] = [
    ['psycopg2', 'psycopg'],
    ['moment', 'luxon'],
    ['sidekiq', 'delayed-job'],
    ['faraday', 'httparty'],
    ['jose', 'jsonwebtoken'],
    ['httpx', 'requests'],
    ['byebug', 'debug-ruby'],
    ['redcarpet', 'commonmarker'],
    ['pg', 'postgres-js'],
    ['tenacity', 'backoff'],
];

describe('same role twice, on pairs from real applications (real catalog)', () => {
    let catalog: Catalog;

    before(async () => {
        catalog = await realCatalog();
    });

    const entry = (id: string) => {
        const found = catalog.get(id);
        assert.ok(found, `no entry ${id}`);
        return found;
    };

    for (const [a, b, why] of COMPANIONS) {
        it(`does not pair ${a} with ${b}: ${why}`, () => {
            assert.equal(areRivals(entry(a), entry(b)), false);
        });
    }

    for (const [a, b] of RIVALS) {
        it(`still pairs ${a} with ${b}`, () => {
            assert.equal(areRivals(entry(a), entry(b)), true);
        });
    }

    it("flags nothing in Ghost's test tools: Mocha with Jest's standalone expect, Sinon and Nock", () => {
        const devDependencies = { expect: '29.3.1', mocha: '10.2.0', nock: '13.3.3', sinon: '15.2.0' };
        const detection = detectStack([manifestFile('package.json', JSON.stringify({ devDependencies }, null, 2))], catalog, { l10n: english });
        assert.deepEqual(detection.sameRoleFindings, []);
    });

    it("does not take Mastodon's fog-core, used for OpenStack storage, for the AWS provider of fog", () => {
        const gemfile = "source 'https://rubygems.org'\ngem 'aws-sdk-s3', '~> 1.123', require: false\ngem 'fog-core', '<= 2.6.0'\ngem 'fog-openstack', '~> 1.0', require: false\n";
        assert.deepEqual(detectStack([manifestFile('Gemfile', gemfile)], catalog, { l10n: english }).sameRoleFindings, []);
    });

    it('does not pair a development-only server or profiler with the shipped one (GitLab)', () => {
        const gemfile = [
            "source 'https://rubygems.org'",
            "gem 'ruby-prof', '~> 1.4'",
            "group :unicorn do\n  gem 'unicorn', '~> 6.1'\nend",
            "group :development do\n  gem 'thin', '~> 1.8'\nend",
            "group :development, :test do\n  gem 'stackprof', '~> 0.2'\nend",
        ].join('\n');
        assert.deepEqual(detectStack([manifestFile('Gemfile', gemfile)], catalog, { l10n: english }).sameRoleFindings, []);
    });

    it("does not pair Zulip's Tornado with aiohttp, which only its development proxy uses", () => {
        const pyproject = '[dependency-groups]\nprod = ["tornado"]\ndev = ["aiohttp"]\n';
        assert.deepEqual(detectStack([manifestFile('pyproject.toml', pyproject)], catalog, { l10n: english }).sameRoleFindings, []);
    });

    it('still flags two rivals declared for the same environment', () => {
        const gemfile = "source 'https://rubygems.org'\ngem 'faraday'\ngem 'httparty'\ngroup :development, :test do\n  gem 'byebug'\n  gem 'debug'\nend\n";
        const findings = detectStack([manifestFile('Gemfile', gemfile)], catalog, { l10n: english }).sameRoleFindings;
        assert.deepEqual(
            findings.map((finding) => finding.entries),
            [
                ['faraday', 'httparty'],
                ['byebug', 'debug-ruby'],
            ],
        );
    });

    it('counts an entry as shipped when any of its declarations is', () => {
        const manifests = [
            manifestFile('requirements.txt', 'httpx==0.27\n'),
            manifestFile('requirements-dev.txt', 'requests==2.32\n'),
            manifestFile('pyproject.toml', '[project]\nname = "app"\ndependencies = ["requests"]\n'),
        ];
        const findings = detectStack(manifests, catalog, { l10n: english }).sameRoleFindings;
        assert.deepEqual(
            findings.map((finding) => finding.entries),
            [['httpx', 'requests']],
        );
    });
});

describe('development-only declarations', () => {
    const cases: readonly (readonly [string, string, boolean])[] = [
        ['devDependencies', 'package.json', true],
        ['dependencies', 'package.json', false],
        ['peerDependencies', 'package.json', false],
        ['group :development, :test', 'Gemfile', true],
        ['group :test', 'Gemfile', true],
        ['group :unicorn', 'Gemfile', false],
        ['group :production, :development', 'Gemfile', false],
        ['group :development › platforms :mri', 'Gemfile', true],
        ['default group', 'Gemfile', false],
        ['development dependencies', 'app.gemspec', true],
        ['runtime dependencies', 'app.gemspec', false],
        ['[dev-packages]', 'Pipfile', true],
        ['[packages]', 'Pipfile', false],
        ['[dependency-groups] dev', 'pyproject.toml', true],
        ['[dependency-groups] typing', 'pyproject.toml', true],
        ['[dependency-groups] prod', 'pyproject.toml', false],
        ['[project.optional-dependencies] test', 'pyproject.toml', true],
        ['[project.optional-dependencies] postgres', 'pyproject.toml', false],
        ['[tool.poetry.dev-dependencies]', 'pyproject.toml', true],
        ['[tool.poetry.group.lint.dependencies]', 'pyproject.toml', true],
        ['[tool.poetry.group.all_ds.dependencies]', 'pyproject.toml', false],
        ['[project] dependencies', 'pyproject.toml', false],
        ['requirements', 'requirements.txt', false],
        ['requirements', 'requirements-dev.txt', true],
        ['requirements', 'backend/dev-requirements.txt', true],
        ['requirements', 'requirements/test.txt', true],
        ['requirements', 'requirements/base.txt', false],
        ['requirements', 'requirements-base.txt', false],
    ];
    for (const [section, path, expected] of cases) {
        it(`${section} in ${path}: ${expected ? 'development only' : 'shipped'}`, () => {
            assert.equal(isDevelopmentOnly(section, path), expected);
        });
    }
});
