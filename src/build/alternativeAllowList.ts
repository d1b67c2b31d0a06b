/**
 * Alternatives that cross categories on purpose. The integrity check flags an alternative of
 * another category sharing no use case with the entry, because that is usually a companion or a
 * tool for a different job; the pairings below are the exceptions, each with the reason a user
 * could adopt one instead of the other. Pairs are unordered.
 */
import type { CatalogEntry, Category } from '../core/catalog/schema';

/** Category pairs whose members routinely do the same job. */
const CATEGORY_PAIRS: readonly (readonly [Category, Category, string])[] = [
    ['database-driver', 'orm', 'query through the driver directly or through an ORM or query builder'],
    ['linting', 'formatting', 'linters that format and formatters that lint (Ruff and Black, Biome and Prettier)'],
    ['validation', 'serialization', 'schema libraries validate while they (de)serialise (pydantic and marshmallow)'],
    ['caching', 'database-driver', 'a Redis client serves as the cache store in place of a Memcached client'],
    ['mocking', 'testing', 'test frameworks bring their own test doubles (Jest, RSpec)'],
    ['api', 'graphql', 'an API style is chosen once: REST, RPC or GraphQL'],
    ['cloud-sdk', 'machine-learning', 'a model provider\'s SDK and a model-agnostic AI toolkit both call the model'],
    ['cloud-sdk', 'ai-framework', 'a model provider\'s SDK and a model-agnostic AI framework both call the model'],
    ['machine-learning', 'ai-framework', 'an LLM toolkit and an LLM application framework both compose model calls'],
];

/** Entry pairs that do the same job although their categories differ. */
const ENTRY_PAIRS: readonly (readonly [string, string, string])[] = [
    ['prop-types', 'types-react', 'static prop types in place of run-time checks'],
    ['envalid', 'zod', 'a zod schema validates the environment'],
    ['express-mongo-sanitize', 'zod', 'schema validation rejects operator objects instead of stripping them'],
    ['hpp', 'express-validator', 'validating parameter types rejects repeated parameters'],
    ['create-react-app', 'nextjs', 'a React framework replaces the deprecated starter'],
    ['vue-cli', 'nuxt', 'a Vue framework replaces the starter in maintenance'],
    ['type-graphql', 'nestjs', 'NestJS builds code-first GraphQL schemas itself'],
    ['tsoa', 'nestjs', 'both generate OpenAPI from decorated controllers'],
    ['rimraf', 'shelljs', 'shelljs offers rm -rf'],
    ['mkdirp', 'shelljs', 'shelljs offers mkdir -p'],
    ['pdfkit', 'puppeteer', 'a headless browser prints HTML to PDF'],
    ['pdfkit', 'playwright', 'a headless browser prints HTML to PDF'],
    ['cheerio', 'puppeteer', 'scraping through a headless browser'],
    ['jsdom', 'puppeteer', 'a real browser in place of a simulated DOM'],
    ['ioredis-mock', 'testcontainers', 'a real Redis in a container in place of a mock'],
    ['requests', 'aiohttp', 'aiohttp is also an HTTP client'],
    ['httpx', 'aiohttp', 'aiohttp is also an async HTTP client'],
    ['pydantic', 'attrs', 'both declare data classes'],
    ['attrs', 'msgspec', 'msgspec Structs declare data classes'],
    ['pyjwt', 'itsdangerous', 'both sign tokens'],
    ['beautifulsoup4', 'scrapy', 'Scrapy selectors parse the pages it fetches'],
    ['tablib', 'pandas', 'pandas exports tabular data to the same formats'],
    ['semantic-version-py', 'packaging', 'packaging.version parses and compares versions'],
    ['semver-py', 'packaging', 'packaging.version parses and compares versions'],
    ['ipdb', 'debugpy', 'both are Python debuggers'],
    ['importlib-metadata', 'setuptools', 'pkg_resources in setuptools is what importlib.metadata replaces'],
    ['poethepoet', 'nox', 'nox sessions run project tasks'],
    ['poethepoet', 'tox', 'tox environments run project tasks'],
    ['pytest-asyncio', 'anyio', 'AnyIO ships its own pytest plugin for async tests'],
    ['bandit', 'ruff', 'Ruff implements the Bandit rules'],
    ['cython', 'numba', 'both compile hot Python code'],
    ['django-celery-results', 'redis-py', 'Redis serves as the Celery result backend instead'],
    ['protected-attributes', 'rails', 'Rails has strong parameters built in'],
    ['strong-parameters-gem', 'rails', 'Rails has strong parameters built in'],
    ['solid-cable', 'redis-rb', 'Action Cable runs on the Redis adapter instead'],
    ['rack-timeout', 'unicorn', 'Unicorn kills workers that exceed its timeout'],
    ['rack-timeout', 'pitchfork', 'Pitchfork kills workers that exceed its timeout'],
    ['rinku', 'redcarpet', 'Redcarpet autolinks URLs'],
    ['ox', 'nokogiri', 'both parse XML'],
    ['logster', 'sentry-ruby', 'both collect and show application errors'],
    ['logster', 'rollbar', 'both collect and show application errors'],
    ['rss-ruby', 'feedjira', 'both parse feeds'],
    ['timecop', 'rails', 'Rails test helpers travel in time (travel_to)'],
    ['rake', 'thor', 'both define command-line tasks'],
    ['quiet-assets', 'sprockets', 'sprockets-rails silences asset logs itself (config.assets.quiet)'],
    ['rails-12factor', 'rails', 'Rails 5 logs to stdout and serves static files itself'],
    ['stimulus-rails', 'jquery-rails', 'both add JavaScript behaviour to server-rendered pages'],
    ['simple-form', 'rails', 'the Rails form builder (form_with)'],
    ['flask-restful', 'fastapi', 'FastAPI builds the same REST APIs'],
    ['flask-restx', 'fastapi', 'FastAPI builds the same REST APIs with OpenAPI'],
    ['flask-smorest', 'fastapi', 'FastAPI builds the same REST APIs with OpenAPI'],
];

const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
const allowedCategories = new Set(CATEGORY_PAIRS.map(([a, b]) => key(a, b)));
const allowedEntries = new Set(ENTRY_PAIRS.map(([a, b]) => key(a, b)));

/** Whether `b` may be listed as an alternative of `a` although their categories differ. */
export function crossCategoryAllowed(a: CatalogEntry, b: CatalogEntry): boolean {
    return allowedCategories.has(key(a.category, b.category)) || allowedEntries.has(key(a.id, b.id));
}
