import * as assert from 'node:assert/strict';
import { activateExtension, type TestedApi } from './helpers';

describe('api.catalog.describe: one lookup over the catalog, the families and the registry index', () => {
    let api: TestedApi;

    before(async () => {
        api = await activateExtension();
    });

    it('answers a curated package from its entry, with the index facts beside it', async () => {
        const express = await api.catalog.describe('npm', 'express');
        assert.equal(express?.source, 'catalog');
        assert.equal(express.entryId, 'express');
        assert.equal(express.asOf, '2026-11-30');
        assert.ok((express.popularityRank ?? 0) > 0);
    });

    it('answers a family member with its family and the entry it belongs to', async () => {
        const koa = await api.catalog.describe('npm', '@types/koa');
        assert.equal(koa?.source, 'family');
        assert.equal(koa.familyId, 'definitely-typed');
        assert.equal(koa.entryId, 'koa');
        assert.equal(koa.summaryAuthor, 'authors');
    });

    it('answers an index-only package with its dated facts, PyPI names after PEP 503 normalisation', async () => {
        const lockfile = await api.catalog.describe('pypi', 'LockFile');
        assert.equal(lockfile?.source, 'index');
        assert.equal(lockfile.summary, 'Platform-independent file locking module');
        assert.equal(lockfile.lastRelease, '2015-11');
        assert.equal(lockfile.latestVersion, '0.12.2');
        assert.equal(lockfile.asOf, '2026-11-30');
        const gem = await api.catalog.describe('rubygems', 'abstract_type');
        assert.equal(gem?.source, 'index');
        assert.equal(gem.summaryAuthor, 'debian');
        assert.equal(gem.homepage, 'https://github.com/dkubb/abstract_type');
    });

    it('knows nothing of a private name or a typo', async () => {
        assert.equal(await api.catalog.describe('npm', 'fixture-only-package'), undefined);
        assert.equal(await api.catalog.describe('npm', 'expresss'), undefined);
        assert.equal(await api.catalog.describe('pypi', 'reqeusts'), undefined);
    });
});
