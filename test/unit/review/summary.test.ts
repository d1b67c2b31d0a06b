import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { detectStack } from '../../../src/core/review/detect';
import { statusBarText, summarizeReview, summaryParagraph, type ScanLimits } from '../../../src/core/review/summary';
import { realCatalog } from '../recommend/realCatalog';
import { fixtureWorkspace } from './fixtures';
import { english } from '../../../src/core/text/l10n';

const complete: ScanLimits = { truncated: false, maxManifests: 200, skipped: [] };

describe('stack summary and status bar text (real catalog)', () => {
    let catalog: Catalog;

    before(async () => {
        catalog = await realCatalog();
    });

    it('shows the main platform, framework and the libraries that define the stack', () => {
        assert.equal(statusBarText(detectStack(fixtureWorkspace('monorepo'), catalog, { l10n: english }), catalog), 'Node.js · Express · Mongoose · jsonwebtoken');
        assert.equal(statusBarText(detectStack(fixtureWorkspace('poetry-project'), catalog, { l10n: english }), catalog), 'Python · FastAPI · SQLAlchemy · aioredis');
    });

    it('shortens a name with a parenthetical and says how many other languages there are', () => {
        assert.match(statusBarText(detectStack(fixtureWorkspace('rails-app'), catalog, { l10n: english }), catalog) ?? '', /^Ruby · Ruby on Rails · [^()]+$/);
        assert.match(statusBarText(detectStack(fixtureWorkspace('mixed'), catalog, { l10n: english }), catalog) ?? '', /^Python · Django · .+ \+2$/);
    });

    it('has no status bar text without manifests', () => {
        assert.equal(statusBarText(detectStack([], catalog, { l10n: english }), catalog), undefined);
    });

    it('sums the workspace up in one paragraph', () => {
        const paragraph = summaryParagraph(detectStack(fixtureWorkspace('monorepo'), catalog, { l10n: english }), catalog, complete, { l10n: english });
        assert.equal(paragraph.includes('\n'), false);
        assert.match(paragraph, /^Stack Guide read 4 manifests in 4 folders\. It is written in JavaScript and TypeScript on Node\.js\. It is built with Express\./);
        assert.match(paragraph, /Date and time: Moment\.js and Day\.js/);
        assert.match(paragraph, /3 dependencies are deprecated, unmaintained or in maintenance mode; 3 groups of dependencies play the same role; the catalog does not know 1 of 13 dependencies\.$/);
    });

    it('says when the review is partial', () => {
        const paragraph = summaryParagraph(detectStack(fixtureWorkspace('rails-app'), catalog, { l10n: english }), catalog, { truncated: true, maxManifests: 20_000, skipped: ['huge/package.json'] }, { l10n: english });
        assert.match(paragraph, /^Stack Guide read 1 manifest in 1 folder \(stopped at 20,000 manifests, the most a review reads; 1 manifest was too large to read\)\./);
    });

    it('says plainly when there is nothing to review', () => {
        const review = summarizeReview(detectStack([], catalog, { l10n: english }), catalog, complete, { l10n: english });
        assert.match(review.summary, /^No package\.json, Gemfile/);
        assert.equal(review.statusBarText, undefined);
    });
});
