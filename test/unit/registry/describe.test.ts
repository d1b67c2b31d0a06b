import * as assert from 'node:assert/strict';
import { describePackage } from '../../../src/core/registry/describe';
import { loadTiers } from './loadTiers';

describe('describePackage', () => {
    it('answers from the catalog first, with the index facts beside it', async () => {
        const { catalog, families, indexes } = await loadTiers();
        const express = describePackage(catalog, families, indexes, 'npm', 'express');
        assert.equal(express?.source, 'catalog');
        assert.equal(express?.entryId, 'express');
        assert.equal(express?.summary, catalog.get('express')?.summary);
        assert.equal(express?.asOf, '2026-11-30');
        assert.ok((express?.popularityRank ?? 0) > 0);
    });

    it('describes a family member with its own index summary and links the package it types', async () => {
        const { catalog, families, indexes } = await loadTiers();
        assert.equal(catalog.findPackage('npm', '@types/koa'), undefined, 'an entry would answer first');
        const types = describePackage(catalog, families, indexes, 'npm', '@types/koa');
        assert.equal(types?.source, 'family');
        assert.equal(types?.familyId, 'definitely-typed');
        assert.equal(types?.entryId, catalog.findPackage('npm', 'koa')?.id);
        assert.equal(types?.summary, indexes.lookup('npm', '@types/koa')?.summary);
        assert.match(types?.summary ?? '', /koa/);
        const stubs = describePackage(catalog, families, indexes, 'pypi', 'boto3-stubs');
        assert.equal(stubs?.familyId, 'pep561-stubs');
        assert.equal(stubs?.entryId, catalog.findPackage('pypi', 'boto3')?.id);
        assert.match(types?.familyDescription ?? '', /DefinitelyTyped/);
    });

    it('falls back to the family sentence and parent entry for a member the index does not know', async () => {
        const { catalog, families, indexes } = await loadTiers();
        const plugin = describePackage(catalog, families, indexes, 'npm', 'eslint-plugin-zz-not-published');
        assert.equal(plugin?.source, 'family');
        assert.equal(plugin?.entryId, 'eslint');
        assert.equal(plugin?.summary, plugin?.familyDescription);
        assert.equal(plugin?.summaryAuthor, 'stack-guide');
        assert.equal(plugin?.asOf, undefined);
        const radix = describePackage(catalog, families, indexes, 'npm', '@radix-ui/react-zz-not-published');
        assert.equal(radix?.entryId, undefined);
    });

    it('answers from the index alone for a package no entry or family covers', async () => {
        const { catalog, families, indexes } = await loadTiers();
        const requests = describePackage(catalog, families, indexes, 'pypi', 'Requests');
        assert.equal(requests?.source, 'catalog');
        const index = indexes.get('npm')!;
        const onlyIndexed = index.topNames(5000).find((name) => !catalog.findPackage('npm', name) && !families.match('npm', name));
        const described = describePackage(catalog, families, indexes, 'npm', onlyIndexed!);
        assert.equal(described?.source, 'index');
        assert.equal(described?.summary, index.lookup(onlyIndexed!)?.summary);
        assert.equal(described?.summaryAuthor, 'authors');
    });

    it('labels gem summaries as Debian\'s text and gives gems no rank', async () => {
        const { catalog, families, indexes } = await loadTiers();
        assert.deepEqual(indexes.get('rubygems')!.topNames(1000), []);
        const crass = describePackage(catalog, families, indexes, 'rubygems', 'crass');
        assert.equal(crass?.source, 'index');
        assert.equal(crass?.summaryAuthor, 'debian');
        assert.equal(crass?.popularityRank, undefined);
        assert.equal(crass?.asOf, '2026-12-07');
    });

    it('knows nothing of a name no tier has', async () => {
        const { catalog, families, indexes } = await loadTiers();
        assert.equal(describePackage(catalog, families, indexes, 'npm', 'zz-surely-not-a-package'), undefined);
        assert.equal(describePackage(catalog, families, indexes, 'pypi', ''), undefined);
    });
});
