import * as assert from 'node:assert/strict';
import { VersionSpaceBuilder, formatSpace, type ComparatorStyle, type VersionScheme } from '../../../src/core/constraints/versionSpace';
import { describeSpace } from '../../../src/core/constraints/wording';
import { english } from '../../../src/core/text/l10n';

/** Dotted integers, enough to exercise the model without an ecosystem's library. */
const release = (version: string): number[] => version.split('.').map(Number);
const dotted: VersionScheme = {
    release,
    compare: (a, b) => {
        const [x, y] = [release(a), release(b)];
        for (let index = 0; index < Math.max(x.length, y.length); index++) {
            const order = (x[index] ?? 0) - (y[index] ?? 0);
            if (order !== 0) {
                return Math.sign(order);
            }
        }
        return 0;
    },
};
const pep440Style: ComparatorStyle = { separator: '', equals: '==', family: (prefix) => `!=${prefix}.*` };
const rubyStyle: ComparatorStyle = { separator: ' ', equals: '=' };

describe('version space', () => {
    it('keeps the tightest bounds, whatever order the comparators come in', () => {
        const space = new VersionSpaceBuilder(dotted).atMost('3', false).atLeast('1.2', true).atLeast('1.5', true).atMost('2', false).except('1.7').build();
        assert.equal(formatSpace(space, pep440Style), '>=1.5, <2, !=1.7');
        assert.equal(formatSpace(space, rubyStyle), '>= 1.5, < 2, != 1.7');
        assert.equal(describeSpace(space, dotted, english), 'any 1.x version from 1.5 up, below 2, except 1.7');
    });

    it('knows an exclusive bound is tighter than an inclusive one at the same version', () => {
        const space = new VersionSpaceBuilder(dotted).atLeast('2', true).atLeast('2', false).build();
        assert.equal(formatSpace(space, pep440Style), '>2');
    });

    it('finds contradictions, and then writes no comparators', () => {
        const crossed = new VersionSpaceBuilder(dotted).atLeast('2', true).atMost('1', true).build();
        assert.equal(crossed.empty, true);
        assert.equal(formatSpace(crossed, pep440Style), undefined);
        assert.equal(new VersionSpaceBuilder(dotted).exactly('1.0').except('1').build().empty, true);
        assert.equal(new VersionSpaceBuilder(dotted).exactly('1.0').atLeast('1', true).build().empty, false);
    });

    it('writes excluded families only where the notation has them, and nothing for any version', () => {
        const space = new VersionSpaceBuilder(dotted).exceptFamily('1.5').build();
        assert.equal(formatSpace(space, pep440Style), '!=1.5.*');
        assert.equal(formatSpace(space, rubyStyle), undefined);
        assert.equal(formatSpace(new VersionSpaceBuilder(dotted).build(), rubyStyle), undefined);
    });
});
