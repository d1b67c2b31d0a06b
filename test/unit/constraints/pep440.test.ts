import * as assert from 'node:assert/strict';
import * as pep440 from '@renovatebot/pep440';
import { explainConstraint } from '../../../src/core/constraints/explain';
import type { ConstraintCase } from './constraintCase';
import { english } from '../../../src/core/text/l10n';


const CASES: ConstraintCase[] = [
    { constraint: '~=1.4', words: 'versions 1.4 and later within 1.x (compatible release)', range: '>=1.4, <2', allows: ['1.4', '1.4.5', '1.9.9'], rejects: ['1.3', '2.0'] },
    { constraint: '~=1.4.2', words: 'versions 1.4.2 and later within 1.4.x (compatible release)', range: '>=1.4.2, <1.5', allows: ['1.4.2', '1.4.10'], rejects: ['1.5.0', '1.4.1'] },
    { constraint: '~=2.2.0', words: 'versions 2.2.0 and later within 2.2.x (compatible release)', range: '>=2.2.0, <2.3', allows: ['2.2.0', '2.2.9'], rejects: ['2.3.0'] },
    { constraint: '~=0.29.0', words: 'versions 0.29.0 and later within 0.29.x (compatible release)', range: '>=0.29.0, <0.30', allows: ['0.29.3'], rejects: ['0.30.0'] },
    { constraint: '~= 1.4', words: 'versions 1.4 and later within 1.x (compatible release)', range: '>=1.4, <2', allows: ['1.5'], rejects: ['2.1'] },
    { constraint: '==2.*', words: 'any 2.x version', range: '>=2, <3', allows: ['2.0', '2.9.1'], rejects: ['1.9', '3.0'] },
    { constraint: '==1.4.*', words: 'any 1.4.x version', range: '>=1.4, <1.5', allows: ['1.4', '1.4.7'], rejects: ['1.5', '1.3.9'] },
    { constraint: '>=4.2,<5', words: 'any 4.x version from 4.2 up, below 5', range: '>=4.2, <5', allows: ['4.2', '4.9'], rejects: ['4.1', '5.0'] },
    { constraint: '>=4.0,<5', words: 'any 4.x version', range: '>=4.0, <5', allows: ['4.0', '4.99'], rejects: ['5.0', '3.9'] },
    { constraint: '>= 1.0 , < 2', words: 'any 1.x version', range: '>=1.0, <2', allows: ['1.0', '1.5'], rejects: ['2.0'] },
    { constraint: '<2.0,>=1.0', words: 'any 1.x version', range: '>=1.0, <2.0', allows: ['1.1'], rejects: ['2.0'] },
    { constraint: '>=1.2,<1.5', words: 'any version from 1.2 up, below 1.5', range: '>=1.2, <1.5', allows: ['1.4.9'], rejects: ['1.5'] },
    { constraint: '>1.0,<=2.0', words: 'any version above 1.0, up to and including 2.0', range: '>1.0, <=2.0', allows: ['2.0', '1.0.1'], rejects: ['1.0', '2.0.1'] },
    { constraint: '>=1.0,<=2.0', words: 'any version from 1.0 to 2.0 inclusive', range: '>=1.0, <=2.0', allows: ['1.0', '2.0'], rejects: ['2.1'] },
    { constraint: '==2.0.1', words: 'exactly 2.0.1', range: '==2.0.1', allows: ['2.0.1'], rejects: ['2.0.2', '2.0'] },
    { constraint: '==1.0', words: 'exactly 1.0', range: '==1.0', allows: ['1.0', '1.0.0'], rejects: ['1.0.1'] },
    { constraint: '==1.0+local', words: 'exactly 1.0+local', range: '==1.0+local', allows: ['1.0+local'], rejects: ['1.0', '1.1'] },
    { constraint: '==1.0,>=1.0', words: 'exactly 1.0', range: '==1.0', allows: ['1.0'], rejects: ['1.1'] },
    { constraint: '!=1.5', words: 'any version, except 1.5', range: '!=1.5', allows: ['1.4', '1.6'], rejects: ['1.5'] },
    { constraint: '>=1.0,!=1.5.*', words: '1.0 or later, except 1.5.x', range: '>=1.0, !=1.5.*', allows: ['1.4', '1.6'], rejects: ['1.5', '1.5.3', '0.9'] },
    { constraint: '==2.0.*,!=2.0.3', words: 'any 2.0.x version, except 2.0.3', range: '>=2.0, <2.1, !=2.0.3', allows: ['2.0.2', '2.0.4'], rejects: ['2.0.3', '2.1'] },
    { constraint: '>=3.8,<4,!=3.9.1', words: 'any 3.x version from 3.8 up, below 4, except 3.9.1', range: '>=3.8, <4, !=3.9.1', allows: ['3.8', '3.12'], rejects: ['3.9.1', '4.0', '3.7'] },
    { constraint: '>1', words: 'any version above 1', range: '>1', allows: ['1.1', '2'], rejects: ['1', '0.9'] },
    { constraint: '<3', words: 'any version below 3', range: '<3', allows: ['2.9'], rejects: ['3.0'] },
    { constraint: '<=2.0', words: '2.0 or earlier', range: '<=2.0', allows: ['2.0', '1.0'], rejects: ['2.0.1'] },
    { constraint: '>=1.0', words: '1.0 or later', range: '>=1.0', allows: ['1.0', '5'], rejects: ['0.9'] },
    { constraint: '>=2.0a1', words: '2.0a1 or later', range: '>=2.0a1', allows: ['2.0a2', '2.0'], rejects: ['1.9'] },
    { constraint: '>=1.0.post1', words: '1.0.post1 or later', range: '>=1.0.post1', allows: ['1.0.post1', '1.1'], rejects: ['1.0'] },
    { constraint: '>=1!2.0', words: '1!2.0 or later', range: '>=1!2.0', allows: ['1!2.0'], rejects: ['2.0'] },
    { constraint: '>=0', words: 'any version', range: '>=0', allows: ['0.1', '9'], rejects: [] },
    { constraint: '', words: 'any version', allows: ['1.0'], rejects: [] },
    { constraint: '>=1.0,<1.0', words: 'no version at all (its conditions contradict each other)', allows: [], rejects: ['0.9', '1.0', '1.1'] },
    { constraint: '==1.0,==2.0', words: 'no version at all (its conditions contradict each other)', allows: [], rejects: ['1.0', '2.0'] },
];

describe('constraints: PEP 440', () => {
    for (const c of CASES) {
        it(`explains "${c.constraint}" as PEP 440 reads it`, () => {
            const explanation = explainConstraint('pypi', c.constraint, english);
            assert.deepEqual(explanation, c.range === undefined ? { words: c.words, valid: true } : { words: c.words, range: c.range, valid: true });
            assert.ok(pep440.validRange(c.constraint), 'the library accepts it');
            for (const version of c.allows) {
                assert.ok(pep440.satisfies(version, c.constraint), `${version} satisfies ${c.constraint}`);
            }
            for (const version of c.rejects) {
                assert.ok(!pep440.satisfies(version, c.constraint), `${version} does not satisfy ${c.constraint}`);
            }
            const range = c.range;
            if (range !== undefined) {
                for (const version of [...c.allows, ...c.rejects]) {
                    assert.equal(pep440.satisfies(version, range), pep440.satisfies(version, c.constraint), `the range agrees on ${version}`);
                }
            }
        });
    }

    it('explains arbitrary equality, which compares text', () => {
        assert.ok(pep440.satisfies('foobar', '===foobar'));
        assert.deepEqual(explainConstraint('pypi', '===foobar', english), {
            words: 'exactly the version written "foobar", compared as text (arbitrary equality)',
            range: '===foobar',
            valid: true,
        });
        assert.equal(explainConstraint('pypi', '===1.0', english)?.words, 'exactly the version written "1.0", compared as text (arbitrary equality)');
    });

    it('reads Pipenv\'s "*" as any version', () => {
        assert.deepEqual(explainConstraint('pypi', '*', english), { words: 'any version', valid: true });
    });

    for (const bad of ['2.0', 'foo', '~=1', '^1.0', '==1.*.dev1', '>=1.0;', '=1.0', '>= 1.0 or 2.0', '>=1.0+local', '~=1.0.*']) {
        it(`rejects "${bad}" as PEP 440 does`, () => {
            assert.equal(pep440.validRange(bad), false);
            assert.deepEqual(explainConstraint('pypi', bad, english), { words: `"${bad}" is not a valid PEP 440 version specifier`, valid: false });
        });
    }
});
