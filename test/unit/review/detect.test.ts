import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { normalizePackageName } from '../../../src/core/catalog/packageNames';
import { detectStack, type ManifestFile, type StackDetection } from '../../../src/core/review/detect';
import { realCatalog } from '../recommend/realCatalog';
import { fixtureWorkspace, textAt } from './fixtures';
import { english } from '../../../src/core/text/l10n';

/** Every location a detection reports points at the package name in its manifest. */
function assertLocationsPointAtNames(files: readonly ManifestFile[], detection: StackDetection): void {
    const named = [
        ...detection.statusFindings.map((finding) => ({ name: finding.package, location: finding.location })),
        ...detection.unknown.map((dependency) => ({ name: dependency.name, location: dependency.location })),
    ];
    for (const { name, location } of named) {
        assert.equal(normalizePackageName('pypi', textAt(files, location)), normalizePackageName('pypi', name), JSON.stringify(location));
    }
    for (const finding of detection.sameRoleFindings) {
        assert.equal(finding.locations.length, finding.entries.length);
        for (const location of finding.locations) {
            assert.ok(textAt(files, location).length > 0, JSON.stringify(location));
        }
    }
}

const folders = (detection: StackDetection): string[] => detection.projects.map((project) => project.folder);
const sameRole = (detection: StackDetection): string[][] => detection.sameRoleFindings.map((finding) => [finding.folder, ...finding.entries]);

describe('stack detection over fixture workspaces (real catalog)', () => {
    let catalog: Catalog;

    before(async () => {
        catalog = await realCatalog();
    });

    describe('a monorepo with several package.json files', () => {
        let files: ManifestFile[];
        let detection: StackDetection;

        before(() => {
            files = fixtureWorkspace('monorepo');
            detection = detectStack(files, catalog, { l10n: english });
        });

        it('treats each package folder as its own project', () => {
            assert.deepEqual(folders(detection), ['', 'packages/api', 'packages/shared', 'packages/web']);
            assert.deepEqual(detection.manifests, files.map(({ uri, path }) => ({ uri, path })));
        });

        it('detects JavaScript and TypeScript on Node.js with Express', () => {
            assert.deepEqual(detection.stack.languages, ['javascript', 'typescript']);
            assert.deepEqual(detection.stack.runtimes, ['nodejs']);
            assert.deepEqual(detection.stack.frameworks, ['express']);
            const orm = detection.stack.libraries.find((group) => group.category === 'orm');
            assert.deepEqual(orm?.entries, ['mongoose']);
        });

        it('reports request as deprecated and moment as in maintenance, with their successors', () => {
            const byPackage = new Map(detection.statusFindings.map((finding) => [finding.package, finding]));
            assert.equal(byPackage.get('request')?.status, 'deprecated');
            assert.ok(byPackage.get('request')?.successors.includes('axios'));
            assert.equal(byPackage.get('moment')?.status, 'maintenance');
            assert.equal(byPackage.get('moment')?.location.path, 'packages/api/package.json');
            assert.match(byPackage.get('request')?.message ?? '', /^request is deprecated; the catalog suggests .*Axios/);
        });

        it('finds two test runners, two date libraries and two HTTP clients, each in its own project', () => {
            assert.deepEqual(sameRole(detection), [
                ['', 'jest', 'mocha'],
                ['packages/api', 'moment', 'dayjs'],
                ['packages/web', 'axios', 'node-fetch'],
            ]);
        });

        it('counts the workspace\'s own packages and overrides as neither known nor unknown', () => {
            assert.deepEqual(detection.unknown.map((dependency) => dependency.name), ['acme-internal-logger']);
            // typescript, jest, mocha; express, mongoose, jsonwebtoken, request, moment, dayjs, the logger; zod; axios, node-fetch.
            assert.equal(detection.dependencyCount, 13);
        });

        it('points every finding at the dependency\'s name in its manifest', () => {
            assertLocationsPointAtNames(files, detection);
            assert.deepEqual(detection.unknown[0]?.location, { uri: 'test-workspace:/packages/api/package.json', path: 'packages/api/package.json', line: 11, character: 5, length: 20 });
        });
    });

    describe('a Rails app', () => {
        let files: ManifestFile[];
        let detection: StackDetection;

        before(() => {
            files = fixtureWorkspace('rails-app');
            detection = detectStack(files, catalog, { l10n: english });
        });

        it('detects Ruby with Rails, Devise and Sidekiq', () => {
            assert.deepEqual(detection.stack.languages, ['ruby']);
            assert.deepEqual(detection.stack.runtimes, []);
            assert.deepEqual(detection.stack.frameworks, ['rails']);
            const ids = detection.stack.libraries.flatMap((group) => group.entries);
            for (const id of ['devise', 'sidekiq', 'rspec-rails', 'capybara']) {
                assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
            }
        });

        it('reports Paperclip as deprecated on its Gemfile line', () => {
            const [paperclip] = detection.statusFindings;
            assert.equal(paperclip?.entry, 'paperclip');
            assert.deepEqual(paperclip.location, { uri: 'test-workspace:/Gemfile', path: 'Gemfile', line: 9, character: 5, length: 9 });
            assert.ok(paperclip.successors.length > 0);
            assertLocationsPointAtNames(files, detection);
        });

        it('knows every gem of a typical Rails Gemfile', () => {
            assert.deepEqual(detection.unknown, []);
        });
    });

    describe('a Poetry project', () => {
        let files: ManifestFile[];
        let detection: StackDetection;

        before(() => {
            files = fixtureWorkspace('poetry-project');
            detection = detectStack(files, catalog, { l10n: english });
        });

        it('detects Python with FastAPI and SQLAlchemy, dev groups included', () => {
            assert.deepEqual(detection.stack.languages, ['python']);
            assert.deepEqual(detection.stack.frameworks, ['fastapi']);
            const ids = detection.stack.libraries.flatMap((group) => group.entries);
            for (const id of ['sqlalchemy', 'pydantic', 'pytest', 'black']) {
                assert.ok(ids.includes(id), `${id} in ${ids.join(', ')}`);
            }
        });

        it('ignores the Python version and the build-system requirements', () => {
            // fastapi, SQLAlchemy, pydantic, requests, httpx, aioredis; pytest, pytest-cov, black, flake8, ruff.
            assert.equal(detection.dependencyCount, 11);
            assert.ok(!detection.stack.libraries.some((group) => group.entries.includes('poetry')));
        });

        it('reports aioredis as deprecated in favour of redis-py', () => {
            assert.deepEqual(
                detection.statusFindings.map((finding) => [finding.package, finding.status, finding.successors]),
                [['aioredis', 'deprecated', ['redis-py']]],
            );
            assertLocationsPointAtNames(files, detection);
        });

        it('finds two HTTP clients and two linters, but not pytest with its own plugin', () => {
            assert.deepEqual(sameRole(detection), [
                ['', 'requests', 'httpx'],
                ['', 'flake8', 'ruff'],
            ]);
        });
    });

    describe('a mixed repository', () => {
        let files: ManifestFile[];
        let detection: StackDetection;

        before(() => {
            files = fixtureWorkspace('mixed');
            detection = detectStack(files, catalog, { l10n: english });
        });

        it('keeps one project per folder, whatever its language', () => {
            assert.deepEqual(folders(detection), ['backend', 'frontend', 'scripts']);
            assert.deepEqual(detection.projects[0]?.manifests.map((manifest) => manifest.path), ['backend/requirements-dev.txt', 'backend/requirements.txt']);
            assert.deepEqual(detection.stack.languages, ['python', 'javascript', 'ruby']);
            assert.deepEqual(detection.stack.frameworks, ['django', 'flask', 'express', 'sinatra', 'roda']);
        });

        it('reports deprecated dependencies across requirements files', () => {
            assert.deepEqual(detection.statusFindings.map((finding) => finding.package).sort(), ['django-rest-swagger', 'nose', 'passport']);
            assertLocationsPointAtNames(files, detection);
        });

        it('finds frameworks of the same role within a project but never across languages', () => {
            assert.deepEqual(sameRole(detection), [
                ['backend', 'django', 'flask'],
                ['scripts', 'sinatra', 'roda'],
            ]);
        });
    });
});
