import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { detectStack } from '../../../src/core/review/detect';
import { findingCount, locationLabel, reviewTree, type ReviewNode } from '../../../src/core/review/reviewTreeModel';
import { summarizeReview, type WorkspaceReview } from '../../../src/core/review/summary';
import { realCatalog } from '../recommend/realCatalog';
import { fixtureWorkspace } from './fixtures';

function find(nodes: readonly ReviewNode[], id: string): ReviewNode | undefined {
    for (const node of nodes) {
        if (node.id === id) {
            return node;
        }
        const inside = find(node.children, id);
        if (inside) {
            return inside;
        }
    }
    return undefined;
}

describe('"This Workspace" tree model (real catalog)', () => {
    let catalog: Catalog;
    let roots: ReviewNode[];
    let review: WorkspaceReview;

    before(async () => {
        catalog = await realCatalog();
        review = summarizeReview(detectStack(fixtureWorkspace('monorepo'), catalog), catalog, { truncated: true, maxManifests: 20_000, skipped: [] });
        roots = reviewTree(review, catalog);
    });

    it('lists each kind of finding with its count first, then the stack collapsed, the projects and the partial-review note', () => {
        assert.deepEqual(
            roots.map((node) => [node.label, node.description]),
            [
                ['Deprecated (2)', undefined],
                ['Same role (3)', undefined],
                ['Not in the catalog (1)', 'of 13'],
                ['Stack', 'Node.js · Express · Mongoose'],
                ['Projects', '4'],
                ['Partial review', 'stopped at 20,000 manifests, the most a review reads'],
            ],
        );
        assert.deepEqual(roots.filter((node) => node.expanded === true).map((node) => node.id), ['status', 'same-role']);
        assert.equal(findingCount(review), 5);
        assert.equal(new Set(roots.flatMap(function ids(node): string[] { return [node.id, ...node.children.flatMap(ids)]; })).size > 20, true);
    });

    it('links each finding to its manifest line and its catalog entry', () => {
        const request = roots.find((node) => node.id === 'status')?.children.find((node) => node.label === 'request');
        assert.ok(request?.location);
        assert.equal(request.type, 'entry');
        assert.equal(request.type === 'entry' ? request.entry.id : undefined, 'request');
        assert.match(request.description ?? '', /^deprecated · → .*Axios.* · packages\/api\/package\.json:9$/);
        const pair = roots.find((node) => node.id === 'same-role')?.children.find((node) => node.label === 'Moment.js and Day.js');
        assert.deepEqual(pair?.children.map((node) => node.description), ['packages/api/package.json:10', 'packages/api/package.json:11']);
    });

    it('opens a framework where it is declared', () => {
        const express = find(roots, 'stack/frameworks/express');
        assert.equal(express?.description, 'packages/api/package.json:6');
        assert.deepEqual(express?.location, { uri: 'test-workspace:/packages/api/package.json', path: 'packages/api/package.json', line: 5, character: 5, length: 7 });
        assert.equal(locationLabel({ uri: 'test-workspace:/Gemfile', path: 'Gemfile', line: 0, character: 0, length: 0 }), 'Gemfile:1');
    });

    it('names each runtime right after the languages it runs, never after another ecosystem\'s', () => {
        const mixed = summarizeReview(detectStack(fixtureWorkspace('mixed'), catalog), catalog, { truncated: false, maxManifests: 200, skipped: [] });
        assert.equal(find(reviewTree(mixed, catalog), 'stack/languages')?.description, 'Python; JavaScript on Node.js; Ruby');
    });

    it('has no rows without manifests', () => {
        assert.deepEqual(reviewTree(summarizeReview(detectStack([], catalog), catalog, { truncated: false, maxManifests: 200, skipped: [] }), catalog), []);
    });
});
