import * as assert from 'node:assert/strict';
import { satisfies } from '@renovatebot/ruby-semver';
import { Requirement } from '@renovatebot/ruby-semver/dist/ruby/requirement';
import { explainConstraint } from '../../../src/core/constraints/explain';
import type { ConstraintCase } from './constraintCase';
import { english } from '../../../src/core/text/l10n';


const CASES: ConstraintCase[] = [
    { constraint: '~> 7.1', words: 'versions 7.1 and later within 7.x (pessimistic constraint)', range: '>= 7.1, < 8', allows: ['7.1', '7.1.3', '7.9.0'], rejects: ['7.0.9', '8.0', '8.0.1'] },
    { constraint: '~> 7.1.2', words: 'versions 7.1.2 and later within 7.1.x (pessimistic constraint)', range: '>= 7.1.2, < 7.2', allows: ['7.1.2', '7.1.99'], rejects: ['7.2.0', '7.1.1'] },
    { constraint: '~> 7', words: 'versions 7 and later within 7.x (pessimistic constraint)', range: '>= 7, < 8', allows: ['7.0', '7.9'], rejects: ['8.0', '6.9'] },
    { constraint: '~> 0.9', words: 'versions 0.9 and later within 0.x (pessimistic constraint)', range: '>= 0.9, < 1', allows: ['0.9.1', '0.15'], rejects: ['1.0', '0.8'] },
    { constraint: '~>2.0', words: 'versions 2.0 and later within 2.x (pessimistic constraint)', range: '>= 2.0, < 3', allows: ['2.5'], rejects: ['3.0'] },
    { constraint: '~> 1.0.0.beta2', words: 'versions 1.0.0.beta2 and later within 1.0.x (pessimistic constraint)', range: '>= 1.0.0.beta2, < 1.1', allows: ['1.0.0.beta3', '1.0.0', '1.0.5'], rejects: ['1.0.0.beta1', '1.1.0'] },
    { constraint: '~> 1.2.0.0', words: 'versions 1.2.0.0 and later within 1.2.0.x (pessimistic constraint)', range: '>= 1.2.0.0, < 1.2.1', allows: ['1.2.0.5'], rejects: ['1.2.1'] },
    { constraint: '~> 7.1, >= 7.1.2', words: 'any 7.x version from 7.1.2 up, below 8', range: '>= 7.1.2, < 8', allows: ['7.1.2', '7.2.0'], rejects: ['7.1.1', '8.0'] },
    { constraint: '~> 3.0.0, >= 3.0.5', words: 'any 3.0.x version from 3.0.5 up, below 3.1', range: '>= 3.0.5, < 3.1', allows: ['3.0.5', '3.0.9'], rejects: ['3.0.4', '3.1.0'] },
    { constraint: '~> 2.0, != 2.0.3', words: 'any 2.x version, except 2.0.3', range: '>= 2.0, < 3, != 2.0.3', allows: ['2.0.2', '2.0.4'], rejects: ['2.0.3', '3.0'] },
    { constraint: '>= 6.1, < 8', words: 'any version from 6.1 up, below 8', range: '>= 6.1, < 8', allows: ['6.1', '7.1.3'], rejects: ['6.0.9', '8.0'] },
    { constraint: '>= 7.0, < 8', words: 'any 7.x version', range: '>= 7.0, < 8', allows: ['7.0', '7.5'], rejects: ['8.0', '6.1'] },
    { constraint: '>= 3.2.0, < 3.3', words: 'any 3.2.x version', range: '>= 3.2.0, < 3.3', allows: ['3.2.0', '3.2.9'], rejects: ['3.3.0'] },
    { constraint: '> 1.0, < 1.1', words: 'any version above 1.0, below 1.1', range: '> 1.0, < 1.1', allows: ['1.0.1'], rejects: ['1.0', '1.1'] },
    { constraint: '>= 1.0, <= 2.0', words: 'any version from 1.0 to 2.0 inclusive', range: '>= 1.0, <= 2.0', allows: ['1.0', '2.0'], rejects: ['2.0.1'] },
    { constraint: '> 1.0, <= 2.0', words: 'any version above 1.0, up to and including 2.0', range: '> 1.0, <= 2.0', allows: ['2.0'], rejects: ['1.0'] },
    { constraint: '>= 1, <= 1', words: 'exactly 1', range: '>= 1, <= 1', allows: ['1', '1.0'], rejects: ['1.0.1'] },
    { constraint: '>= 0', words: 'any version', range: '>= 0', allows: ['0.0.1', '100'], rejects: [] },
    { constraint: '>= 0.0', words: 'any version', range: '>= 0.0', allows: ['0.1'], rejects: [] },
    { constraint: '= 1.0', words: 'exactly 1.0', range: '= 1.0', allows: ['1.0', '1'], rejects: ['1.0.1'] },
    { constraint: '1.0', words: 'exactly 1.0', range: '= 1.0', allows: ['1.0'], rejects: ['1.1'] },
    { constraint: '  >= 1.0  ', words: '1.0 or later', range: '>= 1.0', allows: ['1.0'], rejects: ['0.9'] },
    { constraint: '>=1.2', words: '1.2 or later', range: '>= 1.2', allows: ['1.2'], rejects: ['1.1'] },
    { constraint: '!= 1.5', words: 'any version, except 1.5', range: '!= 1.5', allows: ['1.4', '1.6'], rejects: ['1.5'] },
    { constraint: '>= 1.0, != 1.5, < 2', words: 'any 1.x version, except 1.5', range: '>= 1.0, < 2, != 1.5', allows: ['1.4'], rejects: ['1.5', '2.0'] },
    { constraint: '> 2.0', words: 'any version above 2.0', range: '> 2.0', allows: ['2.0.1'], rejects: ['2.0'] },
    { constraint: '< 3', words: 'any version below 3', range: '< 3', allows: ['2.9'], rejects: ['3.0'] },
    { constraint: '<= 3.1', words: '3.1 or earlier', range: '<= 3.1', allows: ['3.1'], rejects: ['3.1.1'] },
    { constraint: '>= 2.3.0.rc1', words: '2.3.0.rc1 or later', range: '>= 2.3.0.rc1', allows: ['2.3.0.rc2', '2.3.0'], rejects: ['2.3.0.beta1'] },
    { constraint: '= 0.1.0.pre', words: 'exactly 0.1.0.pre', range: '= 0.1.0.pre', allows: ['0.1.0.pre'], rejects: ['0.1.0'] },
    { constraint: '1.2.3-beta', words: 'exactly 1.2.3.pre.beta', range: '= 1.2.3.pre.beta', allows: ['1.2.3-beta'], rejects: ['1.2.3'] },
    { constraint: '> 2, < 1', words: 'no version at all (its conditions contradict each other)', allows: [], rejects: ['0.5', '1.5', '2.5'] },
    { constraint: '= 1.0, = 2.0', words: 'no version at all (its conditions contradict each other)', allows: [], rejects: ['1.0', '2.0'] },
];

describe('constraints: RubyGems', () => {
    for (const c of CASES) {
        it(`explains "${c.constraint}" as RubyGems reads it`, () => {
            const explanation = explainConstraint('rubygems', c.constraint, english);
            assert.deepEqual(explanation, c.range === undefined ? { words: c.words, valid: true } : { words: c.words, range: c.range, valid: true });
            for (const version of c.allows) {
                assert.ok(satisfies(version, c.constraint), `${version} satisfies ${c.constraint}`);
            }
            for (const version of c.rejects) {
                assert.ok(!satisfies(version, c.constraint), `${version} does not satisfy ${c.constraint}`);
            }
            const range = c.range;
            if (range !== undefined) {
                for (const version of [...c.allows, ...c.rejects]) {
                    assert.equal(satisfies(version, range), satisfies(version, c.constraint), `the range agrees on ${version}`);
                }
            }
        });
    }

    for (const bad of ['foo', '~> ', '>= 1.0, bar', '=> 1.0', '~ 1.0', '^1.0', '1.0 || 2.0', '']) {
        it(`rejects "${bad}" as RubyGems does`, () => {
            assert.throws(() => bad.split(',').forEach((clause) => Requirement.parse(clause)));
            assert.deepEqual(explainConstraint('rubygems', bad, english), { words: `"${bad}" is not a valid RubyGems requirement`, valid: false });
        });
    }
});
