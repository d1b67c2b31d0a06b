import * as assert from 'node:assert/strict';
import { RegistryIndex } from '../../../src/core/registry/registryIndex';
import { SUMMARY_MAX_LENGTH } from '../../../src/core/registry/indexText';
import type { IndexRow, RegistryIndexFile } from '../../../src/core/registry/indexTypes';
import { readIndexFile } from './loadTiers';

const EXPECTED = {
    npm: { asOf: '2026-11-30', atLeast: 25_000, ranked: true },
    pypi: { asOf: '2026-11-30', atLeast: 14_900, ranked: true },
    rubygems: { asOf: '2026-12-07', atLeast: 1_000, ranked: false },
} as const;

describe('committed registry indexes (data/registry/index-*.json)', () => {
    for (const registry of ['npm', 'pypi', 'rubygems'] as const) {
        describe(registry, () => {
            const file = readIndexFile(registry) as RegistryIndexFile;
            const expected = EXPECTED[registry];

            it('is dated by its data and says what the data is, naming no host', () => {
                assert.equal(file.format, 1);
                assert.equal(file.registry, registry);
                assert.equal(file.asOf, expected.asOf);
                assert.ok(file.source.length > 20);
                assert.doesNotMatch(JSON.stringify({ ...file, packages: [] }), /\.org|\.com|\/work|http/);
                assert.equal(file.summaryAuthor, registry === 'rubygems' ? 'debian' : 'authors');
            });

            it('holds the expected number of packages, each read back as a package', () => {
                assert.ok(file.packages.length >= expected.atLeast, `${file.packages.length}`);
                assert.equal(new RegistryIndex(registry, file).size, file.packages.length);
            });

            it('is sorted by rank, or by name where the data has no ranks', () => {
                const rows: readonly IndexRow[] = file.packages;
                rows.slice(1).forEach((row, i) => {
                    const before = rows[i]!;
                    if (expected.ranked) {
                        assert.ok((row[3] as number) > (before[3] as number), row[0]);
                    } else {
                        assert.ok(row[0] > before[0], row[0]);
                    }
                });
            });

            it('keeps summaries clean and within the cap', () => {
                for (const [name, summary] of file.packages) {
                    assert.ok(summary.length <= SUMMARY_MAX_LENGTH, name);
                    // eslint-disable-next-line no-control-regex -- control characters are what must be absent
                    assert.doesNotMatch(summary, /\[tested here:|[\u0000-\u001f]/, name);
                }
            });
        });
    }

    it('knows the packages a user would expect', () => {
        assert.match(new RegistryIndex('npm', readIndexFile('npm')).lookup('react')?.summary ?? '', /React/);
        const requests = new RegistryIndex('pypi', readIndexFile('pypi')).lookup('requests');
        assert.equal(requests?.rank !== undefined && requests.rank <= 100, true);
        assert.match(requests?.lastRelease ?? '', /^\d{4}-\d{2}$/);
        const gems = new RegistryIndex('rubygems', readIndexFile('rubygems'));
        for (const gem of ['rack-test', 'activesupport', 'factory_bot', 'nokogiri', 'rspec-core']) {
            assert.ok(gems.lookup(gem), gem);
        }
        assert.equal(gems.lookup('org'), undefined, 'Debian\'s ruby-org carries the gem org-ruby');
    });
});
