import * as assert from 'node:assert/strict';
import * as pep440 from '@renovatebot/pep440';
import { explainConstraint } from '../../../src/core/constraints/explain';
import { poetryToPep440 } from '../../../src/core/constraints/poetry';
import { english } from '../../../src/core/text/l10n';

interface Case {
    constraint: string;
    pep440: string[];
    words: string;
    allows: string[];
    rejects: string[];
}

/** Expected translations follow the table in Poetry's "Dependency specification" documentation. */
const CASES: Case[] = [
    { constraint: '^1.2.3', pep440: ['>=1.2.3, <2'], words: 'any 1.x version from 1.2.3 up, below 2', allows: ['1.2.3', '1.9'], rejects: ['2.0', '1.2.2'] },
    { constraint: '^1.2', pep440: ['>=1.2, <2'], words: 'any 1.x version from 1.2 up, below 2', allows: ['1.2.0'], rejects: ['2.0.0'] },
    { constraint: '^1', pep440: ['>=1, <2'], words: 'any 1.x version', allows: ['1.0.0', '1.99'], rejects: ['2.0.0'] },
    { constraint: '^0.2.3', pep440: ['>=0.2.3, <0.3'], words: 'any 0.2.x version from 0.2.3 up, below 0.3', allows: ['0.2.9'], rejects: ['0.3.0'] },
    { constraint: '^0.0.3', pep440: ['>=0.0.3, <0.0.4'], words: 'any 0.0.3.x version', allows: ['0.0.3'], rejects: ['0.0.4'] },
    { constraint: '^0.0', pep440: ['>=0.0, <0.1'], words: 'any 0.0.x version', allows: ['0.0.5'], rejects: ['0.1.0'] },
    { constraint: '^0', pep440: ['>=0, <1'], words: 'any 0.x version', allows: ['0.9'], rejects: ['1.0.0'] },
    { constraint: '~1.2.3', pep440: ['>=1.2.3, <1.3'], words: 'any 1.2.x version from 1.2.3 up, below 1.3', allows: ['1.2.7'], rejects: ['1.3.0'] },
    { constraint: '~1.2', pep440: ['>=1.2, <1.3'], words: 'any 1.2.x version', allows: ['1.2.0'], rejects: ['1.3.0'] },
    { constraint: '~1', pep440: ['>=1, <2'], words: 'any 1.x version', allows: ['1.5'], rejects: ['2.0.0'] },
    { constraint: '*', pep440: [''], words: 'any version', allows: ['0.1', '10.0'], rejects: [] },
    { constraint: '1.*', pep440: ['==1.*'], words: 'any 1.x version', allows: ['1.0', '1.9'], rejects: ['2.0'] },
    { constraint: '1.2.*', pep440: ['==1.2.*'], words: 'any 1.2.x version', allows: ['1.2.5'], rejects: ['1.3'] },
    { constraint: '>= 1.2.0', pep440: ['>= 1.2.0'], words: '1.2.0 or later', allows: ['1.2.0'], rejects: ['1.1.0'] },
    { constraint: '>=1.2,<1.5', pep440: ['>=1.2, <1.5'], words: 'any version from 1.2 up, below 1.5', allows: ['1.4'], rejects: ['1.5'] },
    { constraint: '>= 1.2, < 1.5', pep440: ['>= 1.2, < 1.5'], words: 'any version from 1.2 up, below 1.5', allows: ['1.4'], rejects: ['1.5'] },
    { constraint: '>=1.2 <1.5', pep440: ['>=1.2, <1.5'], words: 'any version from 1.2 up, below 1.5', allows: ['1.2'], rejects: ['1.1'] },
    { constraint: '1.2.3', pep440: ['==1.2.3'], words: 'exactly 1.2.3', allows: ['1.2.3'], rejects: ['1.2.4'] },
    { constraint: '==1.2.3', pep440: ['==1.2.3'], words: 'exactly 1.2.3', allows: ['1.2.3'], rejects: ['1.2.4'] },
    { constraint: '!=1.2.3', pep440: ['!=1.2.3'], words: 'any version, except 1.2.3', allows: ['1.2.4'], rejects: ['1.2.3'] },
    { constraint: '~=2.2', pep440: ['~=2.2'], words: 'versions 2.2 and later within 2.x (compatible release)', allows: ['2.9'], rejects: ['3.0'] },
    { constraint: '^1.0 || ^2.0', pep440: ['>=1.0, <2', '>=2.0, <3'], words: 'either any 1.x version, or any 2.x version', allows: ['1.5', '2.5'], rejects: ['3.0'] },
];

function satisfiesAny(version: string, specifiers: readonly string[]): boolean {
    return specifiers.some((specifier) => pep440.satisfies(version, specifier));
}

describe('constraints: Poetry', () => {
    for (const c of CASES) {
        it(`explains "${c.constraint}" through its PEP 440 translation`, () => {
            const translated = poetryToPep440(c.constraint);
            assert.deepEqual(translated, c.pep440);
            for (const specifier of c.pep440) {
                assert.ok(pep440.validRange(specifier), `PEP 440 accepts ${specifier}`);
            }
            for (const version of c.allows) {
                assert.ok(satisfiesAny(version, c.pep440), `${version} is allowed`);
            }
            for (const version of c.rejects) {
                assert.ok(!satisfiesAny(version, c.pep440), `${version} is not allowed`);
            }
            const explanation = explainConstraint('pypi', c.constraint, english, 'poetry');
            assert.equal(explanation?.words, c.words);
            assert.equal(explanation?.valid, true);
        });
    }

    it('gives PEP 440 ranges joined by || for alternatives', () => {
        assert.deepEqual(explainConstraint('pypi', '^1.0 || ^2.0', english, 'poetry'), {
            words: 'either any 1.x version, or any 2.x version',
            range: '>=1.0, <2 || >=2.0, <3',
            valid: true,
        });
    });

    for (const bad of ['^x', '~', 'latest', '>=1.0 <', '^1.0.*', '1.2.3.x']) {
        it(`rejects "${bad}"`, () => {
            assert.equal(poetryToPep440(bad), undefined);
            assert.deepEqual(explainConstraint('pypi', bad, english, 'poetry'), { words: `"${bad}" is not a valid Poetry version constraint`, valid: false });
        });
    }
});
