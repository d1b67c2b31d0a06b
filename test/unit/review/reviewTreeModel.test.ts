import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/catalog';
import { detectStack } from '../../../src/core/review/detect';
import { findingCount, locationLabel, reviewTree, type ReviewNode } from '../../../src/core/review/reviewTreeModel';
import { summarizeReview, type WorkspaceReview } from '../../../src/core/review/summary';
import { locksWithoutIgnored } from '../../../src/core/review/ignore';
import { realCatalog } from '../recommend/realCatalog';
import { fixtureWorkspace } from './fixtures';
import { parseTeamFile } from '../../../src/core/team/parseTeamFile';
import { TeamCatalog } from '../../../src/core/team/teamCatalog';
import { withoutIgnored } from '../../../src/core/review/ignore';
import { english, type L10n } from '../../../src/core/text/l10n';

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
        review = summarizeReview(detectStack(fixtureWorkspace('monorepo'), catalog, { l10n: english }), catalog, { truncated: true, maxManifests: 20_000, skipped: [] }, { l10n: english });
        roots = reviewTree(review, catalog, english);
    });

    it('lists each kind of finding with its count first, then the stack collapsed, the projects and the partial-review note', () => {
        assert.deepEqual(
            roots.map((node) => [node.label, node.description]),
            [
                ['Deprecated (3)', undefined],
                ['Same role (3)', undefined],
                ['Not in the catalog (1)', 'of 13'],
                ['Stack', 'Node.js · Express · Mongoose · jsonwebtoken'],
                ['Projects', '4'],
                ['Partial review', 'stopped at 20,000 manifests, the most a review reads'],
            ],
        );
        assert.deepEqual(roots.filter((node) => node.expanded === true).map((node) => node.id), ['status', 'same-role']);
        assert.equal(findingCount(review), 6);
        assert.equal(new Set(roots.flatMap(function ids(node): string[] { return [node.id, ...node.children.flatMap(ids)]; })).size > 20, true);
    });

    it('says its labels, descriptions and findings in the display language, the catalog’s names as written', () => {
        // Every message in brackets: what is not bracketed was not looked up in the display language.
        const marked: L10n = { t: (message, ...args) => `[${english.t(message, ...args)}]` };
        const limits = { truncated: true, maxManifests: 20_000, skipped: [] };
        const translated = summarizeReview(detectStack(fixtureWorkspace('monorepo'), catalog, { l10n: marked }), catalog, limits, { l10n: marked });
        const rows = reviewTree(translated, catalog, marked);
        assert.deepEqual(
            rows.map((node) => node.label),
            ['[Deprecated] (3)', '[Same role] (3)', '[Not in the catalog] (1)', '[Stack]', '[Projects]', '[Partial review]'],
        );
        assert.match(find(rows, 'status/packages/api/package.json:8/request')?.description ?? '', /^\[deprecated\] · → /);
        assert.match(find(rows, 'status/packages/api/package.json:8/request')?.tooltip ?? '', /^\[request is deprecated; the catalog suggests .+ instead\.\]/);
        assert.match(translated.summary, /^\[Stack Guide read 4 manifests in 4 folders\] \(\[stopped at 20,000 manifests, the most a review reads\]\)\. \[It is written in /);
        assert.match(translated.statusBarTooltip ?? '', /^\*\*\[Stack\]:\*\* Node\\\.js/);
    });

    it('links each finding to its manifest line and its catalog entry', () => {
        const request = find(roots, 'status/packages/api/package.json:8/request');
        assert.ok(request?.location);
        assert.equal(request.type, 'entry');
        assert.equal(request.type === 'entry' ? request.entry.id : undefined, 'request');
        assert.match(request.description ?? '', /^deprecated · → .*Axios.* · packages\/api\/package\.json:9$/);
        const pair = find(roots, 'same-role/project:packages/api')?.children.find((node) => node.label === 'Moment.js and Day.js');
        assert.deepEqual(pair?.children.map((node) => node.description), ['packages/api/package.json:10', 'packages/api/package.json:11']);
    });

    it('groups a kind of finding by project when its findings are in several, each group open with its count', () => {
        const sameRole = roots.find((node) => node.id === 'same-role');
        assert.deepEqual(sameRole?.children.map((node) => [node.id, node.label, node.expanded]), [
            ['same-role/project:', '(root) (1)', true],
            ['same-role/project:packages/api', 'packages/api (1)', true],
            ['same-role/project:packages/web', 'packages/web (1)', true],
        ]);
        // Deprecated request and moment are in packages/api, an unmaintained package in packages/web.
        assert.deepEqual(roots.find((node) => node.id === 'status')?.children.map((node) => node.label), ['packages/api (2)', 'packages/web (1)']);
        assert.equal(roots.find((node) => node.id === 'unknown')?.expanded, false);
    });

    it("lists what the team's radar holds first, with the team's note, each at its manifest line", () => {
        const radar = [
            { package: 'npm:moment', ring: 'hold', note: 'Use date-fns <b>now</b>.', since: '2025-06' },
            { entry: 'request', ring: 'hold' },
            { entry: 'express', ring: 'adopt' },
        ];
        const team = new TeamCatalog([parseTeamFile('file:///w/.vscode/stack-guide.json', JSON.stringify({ radar }), english)], catalog);
        const detection = detectStack(fixtureWorkspace('monorepo'), catalog, { l10n: english, team });
        const held = summarizeReview(detection, catalog, { truncated: false, maxManifests: 200, skipped: [] }, { l10n: english });
        const [first] = reviewTree(held, catalog, english);
        assert.equal(first?.label, 'On hold by the team (2)');
        assert.deepEqual(
            first?.children.map((node) => [node.label, node.description, node.ignoreKey, node.type]),
            [
                ['request', 'packages/api/package.json:9', 'npm:request', 'entry'],
                ['moment', 'Use date-fns <b>now</b>. · packages/api/package.json:10', 'npm:moment', 'entry'],
            ],
        );
        assert.equal(first?.children[1]?.tooltip, "moment is on the team radar's hold ring since 2025-06: Use date-fns <b>now</b>.");
        assert.equal(findingCount(held), findingCount(review) + 2);
        assert.deepEqual(withoutIgnored(detection, new Set(['npm:moment'])).holdFindings.map((finding) => finding.package), ['request']);
        assert.equal(reviewTree(summarizeReview(detectStack(fixtureWorkspace('monorepo'), catalog, { l10n: english }), catalog, { truncated: false, maxManifests: 200, skipped: [] }, { l10n: english }), catalog, english)[0]?.id, 'status', 'no group without team files');
    });

    it('keeps one flat list for a single project', () => {
        const single = summarizeReview(detectStack(fixtureWorkspace('rails-app'), catalog, { l10n: english }), catalog, { truncated: false, maxManifests: 200, skipped: [] }, { l10n: english });
        const rows = reviewTree(single, catalog, english).flatMap((node) => (node.id === 'stack' ? [] : node.children));
        assert.ok(rows.length > 0);
        assert.ok(rows.every((node) => !node.id.includes('/project:')), rows.map((node) => node.id).join(', '));
    });

    it('gives rows ids made of what they show, not of their position, so expansion survives a reload', () => {
        const ids = (nodes: readonly ReviewNode[]): string[] => nodes.flatMap((node) => [node.id, ...ids(node.children)]);
        const all = ids(roots);
        assert.equal(new Set(all).size, all.length, 'duplicate ids');
        // Without its first finding, the review keeps every other row's id.
        const fewer = reviewTree({ ...review, statusFindings: review.statusFindings.slice(1), sameRoleFindings: review.sameRoleFindings.slice(1) }, catalog, english);
        const kept = new Set(all);
        assert.ok(ids(fewer).every((id) => kept.has(id)), ids(fewer).filter((id) => !kept.has(id)).join(', '));
    });

    it('lets a lockfile finding be ignored like every other finding about a package', () => {
        const location = { uri: 'test-workspace:/packages/api/package.json', path: 'packages/api/package.json', line: 5, character: 5, length: 7 };
        const locks = {
            lockedManifests: 1,
            behind: [{ type: 'behind' as const, registry: 'npm' as const, package: 'express', locked: '4.18.2', latest: '5.3.0', majors: 1, lockfile: 'package-lock.json', location, message: 'behind' }],
            outdated: [{ type: 'lockfile-outdated' as const, registry: 'npm' as const, package: 'express', constraint: '^5.0.0', locked: '4.18.2', lockfile: 'package-lock.json', location, message: 'outdated' }],
        };
        const tree = reviewTree({ ...review, locks }, catalog, english);
        for (const id of ['behind/packages/api/package.json:5/express', 'lockfile-outdated/packages/api/package.json:5/express']) {
            assert.equal(find(tree, id)?.ignoreKey, 'npm:express', id);
        }
        assert.equal(locksWithoutIgnored(locks, new Set(['npm:express'])).behind.length, 0);
        assert.equal(locksWithoutIgnored(locks, new Set(['npm:express'])).outdated.length, 0);
    });

    it('opens a framework where it is declared', () => {
        const express = find(roots, 'stack/frameworks/express');
        assert.equal(express?.description, 'packages/api/package.json:6');
        assert.deepEqual(express?.location, { uri: 'test-workspace:/packages/api/package.json', path: 'packages/api/package.json', line: 5, character: 5, length: 7 });
        assert.equal(locationLabel({ uri: 'test-workspace:/Gemfile', path: 'Gemfile', line: 0, character: 0, length: 0 }), 'Gemfile:1');
    });

    it('names each runtime right after the languages it runs, never after another ecosystem\'s', () => {
        const mixed = summarizeReview(detectStack(fixtureWorkspace('mixed'), catalog, { l10n: english }), catalog, { truncated: false, maxManifests: 200, skipped: [] }, { l10n: english });
        assert.equal(find(reviewTree(mixed, catalog, english), 'stack/languages')?.description, 'Python; JavaScript on Node.js; Ruby');
    });

    it('has no rows without manifests', () => {
        assert.deepEqual(reviewTree(summarizeReview(detectStack([], catalog, { l10n: english }), catalog, { truncated: false, maxManifests: 200, skipped: [] }, { l10n: english }), catalog, english), []);
    });
});
