import * as assert from 'node:assert/strict';
import { explainConstraint } from '../../../src/core/constraints/explain';
import { readableComparators } from '../../../src/core/constraints/wording';
import { english } from '../../../src/core/text/l10n';

/** What the hover shows after the words: the range a user reads, never semver's internals. */
function readable(registry: 'npm' | 'pypi' | 'rubygems', constraint: string, syntax?: 'poetry'): { words: string; comparators: string | undefined } {
    const explanation = explainConstraint(registry, constraint, english, syntax);
    assert.ok(explanation?.valid, constraint);
    return { words: explanation.words, comparators: explanation.range === undefined ? undefined : readableComparators(explanation.range, english) };
}

describe('constraints: readable comparators', () => {
    it('drops semver\'s pre-release sentinel and joins alternatives with "or"', () => {
        const react = readable('npm', '^17.0.2 || ^18.2.0 || ^19.0.0');
        // semver normalises this to ">=17.0.2 <18.0.0-0||>=18.2.0 <19.0.0-0||>=19.0.0 <20.0.0-0".
        assert.equal(react.comparators, '>= 17.0.2, < 18.0.0 or >= 18.2.0, < 19.0.0 or >= 19.0.0, < 20.0.0');
        assert.equal(react.words, 'any of: any 17.x version from 17.0.2 up, below 18.0.0; any 18.x version from 18.2.0 up, below 19.0.0; any 19.x version');
        assert.deepEqual(readable('npm', '~1.2.3'), { words: 'any 1.2.x version from 1.2.3 up, below 1.3.0', comparators: '>= 1.2.3, < 1.3.0' });
        assert.equal(readable('npm', '<2').comparators, '< 2.0.0');
    });

    it('keeps a pre-release the manifest asked for, and says nothing for any version', () => {
        assert.equal(readable('npm', '>=1.0.0-0').comparators, '>= 1.0.0-0');
        assert.equal(readable('npm', '*').comparators, undefined);
        assert.equal(readable('npm', '>=0.0.0').comparators, undefined);
    });

    it('spaces PEP 440 and Poetry comparators and says "or" for Poetry\'s ||', () => {
        assert.deepEqual(readable('pypi', '~=1.4.5'), { words: 'versions 1.4.5 and later within 1.4.x (compatible release)', comparators: '>= 1.4.5, < 1.5' });
        assert.deepEqual(readable('pypi', '>=2.0,!=2.1.*,<3'), { words: 'any 2.x version, except 2.1.x', comparators: '>= 2.0, < 3, != 2.1.*' });
        assert.deepEqual(readable('pypi', '^1.2 || ^3.0', 'poetry'), {
            words: 'either any 1.x version from 1.2 up, below 2, or any 3.x version',
            comparators: '>= 1.2, < 2 or >= 3.0, < 4',
        });
    });

    it('reads RubyGems requirements the same way', () => {
        assert.deepEqual(readable('rubygems', '~> 7.1, >= 7.1.2'), { words: 'any 7.x version from 7.1.2 up, below 8', comparators: '>= 7.1.2, < 8' });
        assert.equal(readable('rubygems', '~> 1.15.0').comparators, '>= 1.15.0, < 1.16');
        assert.equal(readable('rubygems', '>= 0').comparators, '>= 0');
    });
});
