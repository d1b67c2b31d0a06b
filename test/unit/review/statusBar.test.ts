import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { detectStack } from '../../../src/core/review/detect';
import { definesStack, stackStatus, statusBarTooltip } from '../../../src/core/review/summary';
import { realCatalog } from '../recommend/realCatalog';
import { fixtureWorkspace, manifestFile } from './fixtures';
import { english } from '../../../src/core/text/l10n';

describe('status bar: the libraries that define a stack (real catalog)', () => {
    let catalog: Catalog;

    before(async () => {
        catalog = await realCatalog();
    });

    const defines = (id: string): boolean => {
        const entry = catalog.get(id);
        assert.ok(entry, id);
        return definesStack(entry);
    };

    it('counts a data layer, an API, jobs or auth as defining, never a plugin of another library or a utility', () => {
        assert.deepEqual(['mongoose', 'sidekiq', 'activerecord', 'sqlalchemy'].map(defines), [true, true, true, true]);
        // A bulk-insert gem is an ORM library, but one that extends Active Record.
        assert.deepEqual(['activerecord-import', 'sidekiq-bulk', 'lodash', 'express'].map(defines), [false, false, false, false]);
    });

    it('names the framework and the defining libraries, not a bulk-insert gem', () => {
        const gemfile = 'source "https://rubygems.org"\ngem "rails", "~> 7.1"\ngem "activerecord-import"\ngem "sidekiq-bulk"\ngem "pg"\ngem "sidekiq"\n';
        const status = stackStatus(detectStack([manifestFile('Gemfile', gemfile)], catalog, { l10n: english }).stack, catalog);
        assert.equal(status?.text, 'Ruby · Ruby on Rails · pg · Sidekiq');
        assert.deepEqual(status.libraries.map((entry) => entry.id), ['pg-ruby', 'sidekiq']);
    });

    it('explains "+N" and structures the tooltip, every catalog name escaped', () => {
        const detection = detectStack(fixtureWorkspace('mixed'), catalog, { l10n: english });
        const status = stackStatus(detection.stack, catalog);
        assert.match(status?.text ?? '', /^Python · Django · .+ \+2$/);
        const tooltip = statusBarTooltip(detection, catalog, english) ?? '';
        const lines = tooltip.split('\n');
        assert.match(lines[0]!, /^\*\*Stack:\*\* Python · Django · .+ \\\+2$/);
        assert.ok(lines.includes('- **Platform:** Python'), tooltip);
        assert.ok(lines.includes('- **Framework:** Django'), tooltip);
        assert.match(tooltip, /^- \*\*Defining libraries:\*\* .+ \(.+\)$/m);
        assert.match(tooltip, /^- \*\*\+2:\*\* 2 other languages in this workspace: .+, .+$/m);
        assert.match(tooltip, /^Findings: \d+ deprecated or unmaintained · \d+ same-role groups? · \d+ of \d+ dependencies not in the catalog\.$/m);
        assert.doesNotMatch(tooltip, /\]\(|<|command:/);
    });

    it('has no tooltip without manifests', () => {
        assert.equal(statusBarTooltip(detectStack([], catalog, { l10n: english }), catalog, english), undefined);
    });
});
