import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { formatFor } from '../../../src/core/manifests/formats';
import { boundedOsaDistance, isOneTransposition } from '../../../src/core/registry/editDistance';
import { TyposquatCheck, typosquatWarning } from '../../../src/core/registry/typosquat';
import { loadTiers, REPO_ROOT, type Tiers } from './loadTiers';

/** Every manifest under a folder, with the `.fixture` suffix the manifest fixtures carry removed for format detection. */
function manifests(dir: string): { file: string; formatName: string }[] {
    return readdirSync(dir).flatMap((name) => {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) {
            return manifests(file);
        }
        const formatName = name.replace(/\.fixture$/, '');
        return formatFor(formatName) ? [{ file, formatName }] : [];
    });
}

describe('boundedOsaDistance', () => {
    it('counts a swap of neighbours, an insertion, a deletion and a substitution as one edit each', () => {
        assert.equal(boundedOsaDistance('lodahs', 'lodash', 2), 1);
        assert.equal(boundedOsaDistance('expresss', 'express', 2), 1);
        assert.equal(boundedOsaDistance('expres', 'express', 2), 1);
        assert.equal(boundedOsaDistance('exprass', 'express', 2), 1);
        assert.equal(boundedOsaDistance('express', 'express', 2), 0);
        assert.equal(boundedOsaDistance('', 'ab', 2), 2);
    });

    it('stops at the bound', () => {
        assert.equal(boundedOsaDistance('abcdef', 'uvwxyz', 2), 3);
        assert.equal(boundedOsaDistance('a', 'abcdefgh', 2), 3);
    });

    it('tells a single swap of neighbours apart from other edits', () => {
        assert.ok(isOneTransposition('qs', 'sq'));
        assert.ok(!isOneTransposition('qs', 'ms'));
        assert.ok(!isOneTransposition('abc', 'cba'));
        assert.ok(!isOneTransposition('abc', 'abc'));
    });
});

describe('typosquat check', () => {
    let tiers: Tiers;
    let check: TyposquatCheck;
    const warn = (registry: 'npm' | 'pypi' | 'rubygems', name: string) =>
        typosquatWarning(check, tiers.catalog, tiers.families, tiers.indexes, registry, name);

    before(async () => {
        tiers = await loadTiers();
        check = new TyposquatCheck(tiers.indexes);
    });

    it('flags a slip on a much used package, naming it', () => {
        assert.equal(warn('npm', 'expresss')?.similarTo, 'express');
        assert.equal(warn('pypi', 'reqeusts')?.similarTo, 'requests');
        assert.equal(warn('npm', 'lodahs')?.similarTo, 'lodash');
        assert.equal(warn('pypi', 'Reqeusts')?.similarTo, 'requests');
    });

    it('flags short names only for a swap of neighbours', () => {
        assert.equal(warn('npm', 'sq')?.similarTo, 'qs');
        assert.equal(check.closestKnown('npm', 'xs'), undefined);
    });

    it('does not flag near names that real packages use on purpose', () => {
        for (const name of ['camel-case', 'eventemitter4', 'colors', 'preact', 'expressjs', '@aws-sdk/client-zz', '@zeit/schemas', 'wordwrapjs']) {
            assert.equal(check.closestKnown('npm', name), undefined, name);
        }
        // A CSS inliner that a real application depends on, one inserted letter from tornado.
        assert.equal(check.closestKnown('pypi', 'toronado'), undefined);
        assert.equal(check.closestKnown('pypi', 'reqquests'), 'requests');
    });

    it('does not check gems, for which no ranking is known', () => {
        assert.equal(warn('rubygems', 'railss'), undefined);
    });

    it('flags no dependency of the fixture and demo manifests but the typos planted for the hover tests', () => {
        // The hover fixture misspells these two on purpose, so that the real host shows the warning.
        const planted = new Map([['expresss', 'express'], ['reqeusts', 'requests']]);
        const found = [...manifests(path.join(REPO_ROOT, 'test', 'fixtures')), ...manifests(path.join(REPO_ROOT, 'demo'))];
        assert.ok(found.length >= 20, `${found.length} manifests`);
        const flagged = new Set<string>();
        for (const { file, formatName } of found) {
            const format = formatFor(formatName)!;
            for (const dependency of format.parse(readFileSync(file, 'utf8')).dependencies) {
                const warning = warn(format.registry, dependency.name);
                if (warning && planted.get(dependency.name) === warning.similarTo) {
                    flagged.add(dependency.name);
                    continue;
                }
                assert.equal(warning, undefined, `${path.relative(REPO_ROOT, file)}: ${dependency.name} taken for ${warning?.similarTo}`);
            }
        }
        assert.deepEqual([...flagged].sort(), [...planted.keys()].sort());
    });

    it('flags none of the 5,000 most used packages of npm and PyPI', () => {
        for (const registry of ['npm', 'pypi'] as const) {
            const names = tiers.indexes.get(registry)!.topNames(5000);
            assert.ok(names.length >= 4990, `${names.length}`);
            const flagged = names.filter((name) => warn(registry, name) !== undefined);
            assert.deepEqual(flagged, [], registry);
        }
    });
});
