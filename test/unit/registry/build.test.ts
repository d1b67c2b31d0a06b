import * as assert from 'node:assert/strict';
import { npmIndexRows, pypiIndexRows, serializeIndexFile, indexFile } from '../../../src/build/indexFiles';
import { debianGemRows } from '../../../src/build/registryIndexDebian';

const NPM_LIST = [
    'name\tversion\tdownloads_a_month\tsummary',
    'small\t1.0.0\t10\tA small one',
    'big\t2.0.0\t5000\t[tested here: install with no version] The big one',
    'middle\t0.1.0\t300\t  spaced\u000b\u0007 out  ',
    'broken\t1.0.0\tlots\tno number',
    'tie-b\t1.0.0\t300\tB',
    'tie-a\t1.0.0\t300\tA',
    '',
].join('\n');

const PYPI_LIST = [
    'name\tversion\tmonth\trank_among_15000_most_downloaded\tsummary',
    'unranked\t1.0\t2020-01\t\tNot among them',
    'Second_One\t2.0\t2026-10\t2\tSecond',
    'first\t1.0\t2026-11\t1\tFirst',
    'bad-month\t1.0\t2026-13\t3\tMonth out of range',
].join('\n');

function stanza(fields: Record<string, string>): string {
    return Object.entries(fields).map(([key, value]) => `${key}: ${value}`).join('\n');
}

const DEBIAN = [
    stanza({ Package: 'ruby-rack-test', Section: 'ruby', Homepage: 'https://github.com/rack/rack-test', Description: 'Simple testing API built on Rack' }),
    stanza({ Package: 'ruby-activesupport', Source: 'rails', Section: 'ruby', Homepage: 'https://rubyonrails.org/', Description: 'collection of utility classes used by the Rails framework\n long text' }),
    stanza({ Package: 'ruby-factory-bot', Section: 'ruby', Homepage: 'https://github.com/thoughtbot/factory_bot', Description: 'Framework for factories' }),
    stanza({ Package: 'ruby-org', Section: 'ruby', Homepage: 'https://github.com/bdewey/org-ruby', Description: 'Emacs org-mode parser' }),
    stanza({ Package: 'ruby-tty-prompt', Section: 'ruby', Homepage: 'https://piotrmurach.github.io/tty', Description: 'interactive prompt' }),
    stanza({ Package: 'ruby-rspec-core', Section: 'ruby', Homepage: 'https://rspec.info/', Description: 'BDD framework - core' }),
    stanza({ Package: 'ruby-mocha-doc', Section: 'doc', Homepage: 'https://mocha.jamesmead.org', Description: 'Mocking library - documentation' }),
    stanza({ Package: 'ruby-gnome2-dev', Section: 'ruby', Homepage: 'https://ruby-gnome2.osdn.jp/', Description: 'transitional package for ruby-gnome-dev' }),
    stanza({ Package: 'ruby-faye', Section: 'ruby', Homepage: 'http://faye.jcoglan.com', Description: 'pub/sub messaging' }),
].join('\n\n');

describe('registry index build', () => {
    it('keeps the most downloaded npm packages, ranked, with the note dropped and ties in name order', () => {
        assert.deepEqual(npmIndexRows(NPM_LIST, 4), [
            ['big', 'The big one', '2.0.0', 1],
            ['middle', 'spaced out', '0.1.0', 2],
            ['tie-a', 'A', '1.0.0', 3],
            ['tie-b', 'B', '1.0.0', 4],
        ]);
    });

    it('keeps the ranked PyPI projects in rank order with the month of their latest release', () => {
        assert.deepEqual(pypiIndexRows(PYPI_LIST), [
            ['first', 'First', '1.0', 1, '2026-11'],
            ['Second_One', 'Second', '2.0', 2, '2026-10'],
            ['bad-month', 'Month out of range', '1.0', 3],
        ]);
    });

    it('maps Debian packages to gem names only where the name is certain', () => {
        const { rows, skipped } = debianGemRows(DEBIAN, ['rspec-core']);
        assert.deepEqual(rows.map((row) => row[0]), ['activesupport', 'factory_bot', 'faye', 'rack-test', 'rspec-core']);
        assert.deepEqual(skipped.map((skip) => skip.debianPackage).sort(), ['ruby-org', 'ruby-tty-prompt']);
    });

    it('keeps Debian\'s one-line description and only an https homepage', () => {
        const { rows } = debianGemRows(DEBIAN, []);
        assert.deepEqual(rows.find((row) => row[0] === 'activesupport'), ['activesupport', 'collection of utility classes used by the Rails framework', null, null, null, 'https://rubyonrails.org/']);
        assert.deepEqual(rows.find((row) => row[0] === 'faye'), ['faye', 'pub/sub messaging']);
    });

    it('writes JSON that reads back as the same file, one package a line', () => {
        const file = indexFile('npm', '2026-11-30', 'a list', 'authors', npmIndexRows(NPM_LIST, 2));
        const text = serializeIndexFile(file);
        assert.deepEqual(JSON.parse(text), file);
        assert.equal(text.split('\n').length, 5);
    });
});
