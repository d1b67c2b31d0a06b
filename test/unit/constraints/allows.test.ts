import * as assert from 'node:assert/strict';
import { constraintAllows } from '../../../src/core/constraints';

describe('constraintAllows', () => {
    it('checks npm ranges with semver, loosely as npm reads them', () => {
        assert.equal(constraintAllows('npm', '^4.18.2', '5.3.0'), false);
        assert.equal(constraintAllows('npm', '^4.18.2', '4.21.2'), true);
        assert.equal(constraintAllows('npm', '>=5.4 <6', '5.9.3'), true);
        assert.equal(constraintAllows('npm', 'latest', '1.0.0'), undefined);
    });

    it('checks PEP 440 specifiers, Poetry constraints and RubyGems requirements', () => {
        assert.equal(constraintAllows('pypi', '>=4.2,<5.0', '5.2'), false);
        assert.equal(constraintAllows('pypi', '~=3.0', '3.1.2'), true);
        assert.equal(constraintAllows('pypi', '*', '1.0'), true);
        assert.equal(constraintAllows('pypi', '^2.0', '3.0.0', 'poetry'), false);
        assert.equal(constraintAllows('pypi', '^2.0', '2.5.0', 'poetry'), true);
        assert.equal(constraintAllows('rubygems', '~> 7.1, >= 7.1.2', '8.0.1'), false);
        assert.equal(constraintAllows('rubygems', '~> 7.1, >= 7.1.2', '7.2.0'), true);
    });

    it('claims nothing for what it cannot read', () => {
        assert.equal(constraintAllows('pypi', '>=>=1', '1.0'), undefined);
        assert.equal(constraintAllows('rubygems', '~> banana', '1.0'), undefined);
        assert.equal(constraintAllows('npm', 'x'.repeat(2_000), '1.0.0'), undefined);
    });
});
