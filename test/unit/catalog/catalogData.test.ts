import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import parseSpdx from 'spdx-expression-parse';
import { Catalog } from '../../../src/core/catalog/catalog';
import { catalogFromCompiled, COMPILED_CATALOG_PATH } from '../../../src/core/catalog/compiled';
import { compileCatalog } from '../../../src/build/compile';
import { findIntegrityProblems } from '../../../src/build/integrity';
import { CATALOG_DIR, loadCatalogEntries } from '../../../src/build/load';
import type { CatalogEntry } from '../../../src/core/catalog/schema';

const repoRoot = path.resolve(__dirname, '../../../..');

describe('catalog data (data/catalog/*.json)', () => {
    let entries: CatalogEntry[];
    let catalog: Catalog;

    before(async () => {
        entries = await loadCatalogEntries(path.join(repoRoot, CATALOG_DIR));
        catalog = new Catalog(entries);
    });

    it('validates against the schema and is internally consistent', () => {
        assert.ok(entries.length > 0);
        assert.deepEqual(findIntegrityProblems(entries), []);
    });

    it('uses valid SPDX licence expressions', () => {
        const invalid = entries.filter((entry) => {
            try {
                if (entry.license) {
                    parseSpdx(entry.license.spdx);
                }
                return false;
            } catch {
                return true;
            }
        });
        assert.deepEqual(
            invalid.map((entry) => `${entry.id}: ${entry.license?.spdx}`),
            [],
        );
    });

    it('gives every library and framework a package and every deprecated entry a successor', () => {
        for (const entry of entries) {
            if (entry.kind === 'framework' || entry.kind === 'library') {
                assert.ok(entry.packages.length > 0, `${entry.id} has no package`);
            }
        }
    });

    it('keeps language entries in the language category and frameworks out of it', () => {
        for (const entry of entries) {
            assert.equal(entry.kind === 'language', entry.category === 'language', entry.id);
        }
    });

    it('holds the foundation scope', () => {
        const required = [
            'python', 'javascript', 'typescript', 'ruby', 'nodejs',
            'django', 'flask', 'tornado', 'express', 'nestjs', 'electron', 'rails', 'sinatra', 'roda',
            'mongoose', 'jsonwebtoken',
        ];
        for (const id of required) {
            assert.ok(catalog.get(id), `missing ${id}`);
        }
    });

    it('does not repeat the source article\'s errors', () => {
        const nodejs = catalog.get('nodejs')!;
        assert.equal(nodejs.kind, 'runtime');
        assert.doesNotMatch(`${nodejs.summary} ${nodejs.description}`, /component of Java|Android/i);
        const electron = catalog.get('electron')!;
        assert.equal(electron.category, 'desktop-framework');
        assert.ok(!electron.useCases.includes('rest-api'));
        const rails = catalog.get('rails')!;
        assert.match(rails.description, /model[-–\s]view[-–\s]controller|MVC/i);
        assert.doesNotMatch(`${rails.summary} ${rails.description}`, /\bMVP\b/);
        const text = entries.map((entry) => JSON.stringify(entry)).join('\n');
        assert.doesNotMatch(text, /\bIMB\b/);
        assert.doesNotMatch(text, /10,000 connections|1 million concurrent/i);
    });

    it('finds PyPI packages after PEP 503 normalisation', () => {
        for (const name of ['Django', 'django', 'DJANGO']) {
            assert.equal(catalog.findPackage('pypi', name)?.id, 'django');
        }
        assert.equal(catalog.findPackage('npm', '@nestjs/core')?.id, 'nestjs');
        assert.equal(catalog.findPackage('rubygems', 'rails')?.id, 'rails');
    });

    it('names entries by id, falling back to the id itself', () => {
        assert.equal(catalog.nameOf('rails'), 'Ruby on Rails');
        assert.equal(catalog.nameOf('no-such-entry'), 'no-such-entry');
    });

    it('compiles to the one file the extension reads, with the same entries', async () => {
        const root = mkdtempSync(path.join(os.tmpdir(), 'stack-guide-catalog-'));
        try {
            const compiled = await compileCatalog(path.join(repoRoot, CATALOG_DIR), path.join(root, ...COMPILED_CATALOG_PATH));
            assert.equal(compiled.entries, entries.length);
            const loaded = catalogFromCompiled(readFileSync(path.join(root, ...COMPILED_CATALOG_PATH)));
            assert.deepEqual(loaded.all(), entries);
            assert.equal(loaded.findPackage('pypi', 'DJANGO')?.id, 'django');
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});
