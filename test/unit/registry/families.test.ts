import * as assert from 'node:assert/strict';
import { FAMILY_RULES, FamilyRules } from '../../../src/core/registry/families';
import { loadTiers } from './loadTiers';

describe('family rules', () => {
    const families = new FamilyRules();

    it('cover the groups the catalog leaves to rules', () => {
        const patterns = FAMILY_RULES.map((rule) => `${rule.registry} ${rule.pattern}`);
        for (const expected of [
            'npm @types/*', 'pypi types-*', 'pypi *-stubs', 'npm @babel/plugin-*', 'npm @babel/preset-*', 'npm babel-plugin-*',
            'npm eslint-plugin-*', 'npm eslint-config-*', 'npm @typescript-eslint/*', 'npm @aws-sdk/client-*', 'npm @radix-ui/react-*',
            'npm @tiptap/*', 'npm @storybook/*', 'npm @nestjs/*', 'npm @sentry/*', 'npm @opentelemetry/*', 'npm @testcontainers/*',
            'npm @fortawesome/*', 'npm @tanstack/*', 'rubygems rubocop-*', 'rubygems omniauth-*', 'pypi pytest-*', 'pypi flake8-*',
            'pypi sphinxcontrib-*', 'pypi sphinx-*', 'pypi opentelemetry-instrumentation-*',
        ]) {
            assert.ok(patterns.includes(expected), expected);
        }
    });

    it('are each sourced, described in one sentence and written once', async () => {
        const { catalog } = await loadTiers();
        assert.equal(new Set(FAMILY_RULES.map((rule) => rule.id)).size, FAMILY_RULES.length);
        for (const rule of FAMILY_RULES) {
            assert.match(rule.source, /^https:\/\/[^\s]+$/, rule.id);
            assert.match(rule.description, /^[A-Z][^]*\.$/, rule.id);
            assert.equal(rule.pattern.split('*').length, 2, `${rule.id}: one * in the pattern`);
            if (rule.parentEntryId !== undefined) {
                assert.ok(catalog.get(rule.parentEntryId), `${rule.id}: no catalog entry ${rule.parentEntryId}`);
            }
        }
    });

    it('name the package a type-declaration member is for', () => {
        assert.equal(families.match('npm', '@types/node')?.targetPackage, 'node');
        assert.equal(families.match('npm', '@types/babel__core')?.targetPackage, '@babel/core');
        assert.equal(families.match('pypi', 'types-PyYAML')?.targetPackage, 'pyyaml');
        assert.equal(families.match('pypi', 'boto3_stubs')?.targetPackage, 'boto3');
    });

    it('match the narrower rule first and nothing outside their registry', () => {
        assert.equal(families.match('pypi', 'sphinxcontrib-mermaid')?.rule.id, 'sphinx-contrib');
        assert.equal(families.match('pypi', 'Sphinx_RTD_Theme')?.rule.id, 'sphinx-extensions');
        assert.equal(families.match('npm', 'pytest-cov'), undefined);
        assert.equal(families.match('rubygems', 'eslint-plugin-react'), undefined);
    });

    it('need a member part that is a package name', () => {
        for (const name of ['@types/', 'eslint-plugin-', '@tiptap/a/b', '@tanstack/ query', 'types-']) {
            assert.equal(families.match(name.startsWith('types') ? 'pypi' : 'npm', name), undefined, name);
        }
    });
});
