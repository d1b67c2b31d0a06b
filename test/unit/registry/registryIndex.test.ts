import * as assert from 'node:assert/strict';
import { nominalListSize, popularityBand } from '../../../src/core/registry/popularity';
import { RegistryIndex } from '../../../src/core/registry/registryIndex';
import { RegistryIndexes } from '../../../src/core/registry/registryIndexes';
import { TyposquatCheck } from '../../../src/core/registry/typosquat';
import { SUMMARY_MAX_LENGTH } from '../../../src/core/registry/indexText';
import type { IndexRow, RegistryIndexFile } from '../../../src/core/registry/indexTypes';

function file(registry: RegistryIndexFile['registry'], packages: unknown[]): unknown {
    return { format: 1, registry, asOf: '2026-11-30', source: 'a test list', summaryAuthor: 'authors', packages };
}

describe('RegistryIndex', () => {
    const npm = new RegistryIndex('npm', file('npm', [
        ['express', 'Fast, unopinionated, minimalist web framework', '5.1.0', 1],
        ['Express', 'another spelling', '1.0.0', 2],
        ['left-pad', 'String left pad', null, 3, '2016-03', 'https://github.com/left-pad/left-pad'],
    ] satisfies IndexRow[]));

    it('finds npm names exactly as written', () => {
        assert.equal(npm.lookup('express')?.summary, 'Fast, unopinionated, minimalist web framework');
        assert.equal(npm.lookup('Express')?.summary, 'another spelling');
        assert.equal(npm.lookup('EXPRESS'), undefined);
    });

    it('reports the facts of a row and the date of the list', () => {
        assert.deepEqual(npm.lookup('left-pad'), {
            name: 'left-pad', registry: 'npm', summary: 'String left pad', summaryAuthor: 'authors',
            latestVersion: undefined, rank: 3, lastRelease: '2016-03', homepage: 'https://github.com/left-pad/left-pad', asOf: '2026-11-30',
        });
    });

    it('finds PyPI names after PEP 503 normalisation', () => {
        const pypi = new RegistryIndex('pypi', file('pypi', [['python-dateutil', 'Extensions to datetime', '2.9.0', 40, '2024-03']]));
        for (const spelling of ['python-dateutil', 'Python_Dateutil', 'python.dateutil', 'PYTHON--dateutil']) {
            assert.equal(pypi.lookup(spelling)?.name, 'python-dateutil', spelling);
        }
    });

    it('finds gems whatever their case, since RubyGems refuses names that differ only in case', () => {
        const gems = new RegistryIndex('rubygems', file('rubygems', [['redcloth', 'Textile module for Ruby']]));
        assert.equal(gems.lookup('RedCloth')?.summary, 'Textile module for Ruby');
    });

    it('gives an empty index for a file that is not an index of that registry', () => {
        for (const bad of [null, 42, 'text', [], {}, { packages: 'x' }, file('pypi', [['requests', 'HTTP']])]) {
            const index = new RegistryIndex('npm', bad);
            assert.equal(index.size, 0);
            assert.equal(index.lookup('requests'), undefined);
        }
    });

    it('skips malformed rows and drops facts that do not check', () => {
        const index = new RegistryIndex('npm', file('npm', [
            null, 'express', [42, 'x'], ['', 'empty name'], ['x'.repeat(300), 'too long'], ['ok'],
            ['good', 'Good', '1.0.0 || rm -rf', -4, '2026-13', 'javascript:alert(1)'],
        ]));
        assert.equal(index.size, 1);
        const good = index.lookup('good');
        assert.equal(good?.latestVersion, undefined);
        assert.equal(good?.rank, undefined);
        assert.equal(good?.lastRelease, undefined);
        assert.equal(good?.homepage, undefined);
    });

    it('stores hostile summaries as plain data, capped in length', () => {
        const hostile = ['[click](command:stackGuide.reviewWorkspace)', '<img src=x onerror=alert(1)>', '${{ secrets }} {{7*7}}'];
        const index = new RegistryIndex('npm', file('npm', [
            ...hostile.map((summary, i) => [`p${i}`, summary]),
            ['long', 'x'.repeat(10_240)],
            ['controls', 'bell\u0007 and\u001b[31m escape'],
        ]));
        hostile.forEach((summary, i) => assert.equal(index.lookup(`p${i}`)?.summary, summary));
        assert.equal(index.lookup('long')?.summary.length, SUMMARY_MAX_LENGTH);
        assert.equal(index.lookup('controls')?.summary, 'bell and [31m escape');
    });

    it('lists the names up to a rank, most used first', () => {
        assert.deepEqual(npm.topNames(2), ['express', 'Express']);
    });
});

describe('popularityBand', () => {
    it('puts a rank in the smallest power-of-ten band that holds it', () => {
        assert.equal(popularityBand('npm', 1)?.text, 'among the 100 most downloaded npm packages');
        assert.equal(popularityBand('npm', 100)?.within, 100);
        assert.equal(popularityBand('npm', 101)?.text, 'among the 1,000 most downloaded npm packages');
        assert.equal(popularityBand('pypi', 1_500)?.text, 'among the 10,000 most downloaded PyPI packages');
    });

    it('never claims a band wider than the list the rank comes from', () => {
        assert.equal(popularityBand('pypi', 14_985, 14_985)?.text, 'among the 15,000 most downloaded PyPI packages');
        assert.equal(popularityBand('npm', 24_990, 25_000)?.text, 'among the 25,000 most downloaded npm packages');
        assert.equal(popularityBand('npm', 12_000, 25_000)?.text, 'among the 25,000 most downloaded npm packages');
        assert.equal(popularityBand('npm', 900, 25_000)?.text, 'among the 1,000 most downloaded npm packages');
        assert.equal(popularityBand('pypi', 60, 14_985)?.text, 'among the 100 most downloaded PyPI packages');
    });

    it('states a list size as its source does: two figures, rounded up', () => {
        assert.deepEqual([14_985, 25_000, 1_120, 7, 0].map(nominalListSize), [15_000, 25_000, 1_200, 7, 0]);
    });

    it('has no band without a valid rank', () => {
        for (const rank of [undefined, 0, -1, 1.5, Number.NaN]) {
            assert.equal(popularityBand('npm', rank), undefined, String(rank));
        }
    });
});

describe('RegistryIndexes with loaders', () => {
    it('builds each index on its registry\'s first question only', () => {
        const built: string[] = [];
        const loader = (registry: 'npm' | 'pypi') => () => {
            built.push(registry);
            return new RegistryIndex(registry, { registry, asOf: '2026-11-30', packages: [[registry === 'npm' ? 'express' : 'requests', 'A package.', '1.0.0', 1]] });
        };
        const indexes = new RegistryIndexes([], { npm: loader('npm'), pypi: loader('pypi') });
        const check = new TyposquatCheck(indexes);
        assert.equal(check.closestKnown('npm', 'expresss'), 'express');
        assert.equal(indexes.lookup('npm', 'express')?.summary, 'A package.');
        assert.deepEqual(built, ['npm']);
        assert.equal(indexes.lookup('pypi', 'Requests')?.name, 'requests');
        assert.equal(indexes.lookup('rubygems', 'rails'), undefined);
        assert.deepEqual(built, ['npm', 'pypi']);
    });
});
