import * as assert from 'node:assert/strict';
import * as semver from 'semver';
import { explainConstraint } from '../../../src/core/constraints/explain';
import { english } from '../../../src/core/text/l10n';

const LOOSE = { loose: true };

interface Case {
    constraint: string;
    words: string;
    range: string;
    allows: string[];
    rejects: string[];
}

const CASES: Case[] = [
    { constraint: '^4.17.1', words: 'any 4.x version from 4.17.1 up, below 5.0.0', range: '>=4.17.1 <5.0.0-0', allows: ['4.17.1', '4.18.2', '4.99.0'], rejects: ['4.17.0', '5.0.0', '5.0.0-beta.1'] },
    { constraint: '^4.0.0', words: 'any 4.x version', range: '>=4.0.0 <5.0.0-0', allows: ['4.0.0', '4.21.0'], rejects: ['3.9.9', '5.0.0'] },
    { constraint: '^1.2', words: 'any 1.x version from 1.2.0 up, below 2.0.0', range: '>=1.2.0 <2.0.0-0', allows: ['1.2.0', '1.9.0'], rejects: ['1.1.9', '2.0.0'] },
    { constraint: '~1.2.3', words: 'any 1.2.x version from 1.2.3 up, below 1.3.0', range: '>=1.2.3 <1.3.0-0', allows: ['1.2.3', '1.2.99'], rejects: ['1.2.2', '1.3.0'] },
    { constraint: '~1.2', words: 'any 1.2.x version', range: '>=1.2.0 <1.3.0-0', allows: ['1.2.0', '1.2.7'], rejects: ['1.3.0', '1.1.0'] },
    { constraint: '~1', words: 'any 1.x version', range: '>=1.0.0 <2.0.0-0', allows: ['1.0.0', '1.5.0'], rejects: ['2.0.0', '0.9.0'] },
    { constraint: '~>1.2.3', words: 'any 1.2.x version from 1.2.3 up, below 1.3.0', range: '>=1.2.3 <1.3.0-0', allows: ['1.2.4'], rejects: ['1.3.0'] },
    { constraint: '^0.2.3', words: 'any 0.2.x version from 0.2.3 up, below 0.3.0', range: '>=0.2.3 <0.3.0-0', allows: ['0.2.3', '0.2.9'], rejects: ['0.3.0', '0.2.2'] },
    { constraint: '^0.0.3', words: 'any version from 0.0.3 up, below 0.0.4', range: '>=0.0.3 <0.0.4-0', allows: ['0.0.3'], rejects: ['0.0.4', '0.0.2'] },
    { constraint: '1.2.3', words: 'exactly 1.2.3', range: '1.2.3', allows: ['1.2.3'], rejects: ['1.2.4', '1.2.2'] },
    { constraint: '=1.2.3', words: 'exactly 1.2.3', range: '1.2.3', allows: ['1.2.3'], rejects: ['1.2.4'] },
    { constraint: 'v1.2.3', words: 'exactly 1.2.3', range: '1.2.3', allows: ['1.2.3'], rejects: ['1.3.0'] },
    { constraint: '*', words: 'any version', range: '*', allows: ['0.0.1', '1.0.0', '99.0.0'], rejects: ['1.0.0-beta'] },
    { constraint: 'x', words: 'any version', range: '*', allows: ['2.3.4'], rejects: [] },
    { constraint: '', words: 'any version', range: '*', allows: ['0.1.0'], rejects: [] },
    { constraint: '>=0.0.0', words: 'any version', range: '*', allows: ['0.0.0', '3.0.0'], rejects: [] },
    { constraint: '1.x', words: 'any 1.x version', range: '>=1.0.0 <2.0.0-0', allows: ['1.0.0', '1.99.99'], rejects: ['2.0.0', '0.9.9'] },
    { constraint: '1.2.x', words: 'any 1.2.x version', range: '>=1.2.0 <1.3.0-0', allows: ['1.2.0', '1.2.5'], rejects: ['1.3.0'] },
    { constraint: '1.2.*', words: 'any 1.2.x version', range: '>=1.2.0 <1.3.0-0', allows: ['1.2.9'], rejects: ['1.1.9'] },
    { constraint: '>=1.0.0', words: '1.0.0 or later', range: '>=1.0.0', allows: ['1.0.0', '7.0.0'], rejects: ['0.9.9'] },
    { constraint: '>= 1.2.3', words: '1.2.3 or later', range: '>=1.2.3', allows: ['1.2.3'], rejects: ['1.2.2'] },
    { constraint: '>1.0.0', words: 'any version above 1.0.0', range: '>1.0.0', allows: ['1.0.1'], rejects: ['1.0.0'] },
    { constraint: '<2.0.0', words: 'any version below 2.0.0', range: '<2.0.0', allows: ['1.9.9'], rejects: ['2.0.0'] },
    { constraint: '<2', words: 'any version below 2.0.0', range: '<2.0.0-0', allows: ['1.9.9'], rejects: ['2.0.0'] },
    { constraint: '<=2.0.0', words: '2.0.0 or earlier', range: '<=2.0.0', allows: ['2.0.0', '0.1.0'], rejects: ['2.0.1'] },
    { constraint: '>=1.0.0 <2.0.0', words: 'any 1.x version', range: '>=1.0.0 <2.0.0', allows: ['1.0.0', '1.5.0'], rejects: ['2.0.0'] },
    { constraint: '>=1.2.3 <1.5.0', words: 'any version from 1.2.3 up, below 1.5.0', range: '>=1.2.3 <1.5.0', allows: ['1.4.9'], rejects: ['1.5.0', '1.2.2'] },
    { constraint: '1.2.3 - 2.3.4', words: 'any version from 1.2.3 to 2.3.4 inclusive', range: '>=1.2.3 <=2.3.4', allows: ['1.2.3', '2.3.4'], rejects: ['2.3.5', '1.2.2'] },
    { constraint: '1.2 - 2.3', words: 'any version from 1.2.0 up, below 2.4.0', range: '>=1.2.0 <2.4.0-0', allows: ['2.3.9'], rejects: ['2.4.0'] },
    { constraint: '>1.0.0 <=2.0.0', words: 'any version above 1.0.0, up to and including 2.0.0', range: '>1.0.0 <=2.0.0', allows: ['2.0.0'], rejects: ['1.0.0'] },
    { constraint: '>=1.0.0 <=1.0.0', words: 'exactly 1.0.0', range: '>=1.0.0 <=1.0.0', allows: ['1.0.0'], rejects: ['1.0.1'] },
    { constraint: '^1.2.3 || ^2', words: 'either any 1.x version from 1.2.3 up, below 2.0.0, or any 2.x version', range: '>=1.2.3 <2.0.0-0||>=2.0.0 <3.0.0-0', allows: ['1.2.3', '2.5.0'], rejects: ['3.0.0', '1.2.2'] },
    { constraint: '1.0.0 || 2.0.0 || 3.0.0', words: 'any of: exactly 1.0.0; exactly 2.0.0; exactly 3.0.0', range: '1.0.0||2.0.0||3.0.0', allows: ['2.0.0'], rejects: ['2.0.1'] },
    { constraint: '^1.0.0-beta.2', words: 'any 1.x version from 1.0.0-beta.2 up, below 2.0.0', range: '>=1.0.0-beta.2 <2.0.0-0', allows: ['1.0.0-beta.3', '1.0.0', '1.4.0'], rejects: ['1.0.0-beta.1', '1.1.0-beta.1', '2.0.0'] },
    { constraint: '<1.0.0 >2.0.0', words: 'no version at all (its conditions contradict each other)', range: '<1.0.0 >2.0.0', allows: [], rejects: ['0.5.0', '1.5.0', '2.5.0'] },
];

describe('constraints: npm', () => {
    for (const c of CASES) {
        it(`explains "${c.constraint}" as semver reads it`, () => {
            const explanation = explainConstraint('npm', c.constraint, english);
            assert.deepEqual(explanation, { words: c.words, range: c.range, valid: true });
            assert.equal(semver.validRange(c.constraint, LOOSE), c.range, 'the range is semver’s own');
            for (const version of c.allows) {
                assert.ok(semver.satisfies(version, c.constraint, LOOSE), `${version} satisfies ${c.constraint}`);
            }
            for (const version of c.rejects) {
                assert.ok(!semver.satisfies(version, c.constraint, LOOSE), `${version} does not satisfy ${c.constraint}`);
            }
        });
    }

    for (const tag of ['latest', 'next', 'beta', 'canary', 'legacy-v2']) {
        it(`explains the dist-tag "${tag}"`, () => {
            assert.equal(semver.validRange(tag, LOOSE), null);
            assert.deepEqual(explainConstraint('npm', tag, english), { words: `whichever version the "${tag}" dist-tag points to at install time`, valid: true });
        });
    }

    for (const bad of ['^1.2.x.y', '1.2.3.4', 'v1.2.3.4', '>>1', 'not a range!', '%%', '~=1.2.3.4']) {
        it(`rejects "${bad}" as semver does`, () => {
            assert.equal(semver.validRange(bad, LOOSE), null);
            assert.deepEqual(explainConstraint('npm', bad, english), { words: `"${bad}" is not a valid npm version range`, valid: false });
        });
    }
});
