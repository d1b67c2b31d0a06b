import * as assert from 'node:assert/strict';
import { english } from '../../../src/core/text/l10n';
import { installCommand } from '../../../src/core/catalog/installCommand';
import { entryDescription, entryIcon, entryTooltip } from '../../../src/core/tree/entryPresentation';
import { joinAsList } from '../../../src/core/text/lists';
import { escapeMarkdown } from '../../../src/core/text/markdown';
import { makeEntry } from '../catalog/entryBuilder';

describe('entry presentation', () => {
    it('describes a row by kind and first release, status first when not active', () => {
        assert.equal(entryDescription(makeEntry({ id: 'django', kind: 'framework', firstRelease: { year: 2005, source: 'https://x.org' } }), english), 'framework · 2005');
        const request = makeEntry({
            id: 'request',
            status: { value: 'deprecated', successors: ['got'], note: 'Deprecated.', source: 'https://x.org' },
        });
        assert.equal(entryDescription(request, english), 'deprecated · library · 2010');
    });

    it('leaves out the kind its group already names, and only that one', () => {
        const django = makeEntry({ id: 'django', kind: 'framework', firstRelease: { year: 2005, source: 'https://x.org' } });
        assert.equal(entryDescription(django, english, 'framework'), '2005');
        assert.equal(entryDescription(django, english, 'library'), 'framework · 2005');
        const request = makeEntry({ id: 'request', status: { value: 'deprecated', successors: ['got'], note: 'Deprecated.', source: 'https://x.org' } });
        assert.equal(entryDescription(request, english, 'library'), 'deprecated · 2010');
        assert.deepEqual(entryIcon(request), { id: 'warning', color: 'list.warningForeground' });
    });

    it('warns on an unmaintained entry as on a deprecated one, and marks one in maintenance mode as the hover does', () => {
        const status = (value: 'unmaintained' | 'maintenance') => ({ value, note: 'n', source: 'https://x.org' });
        const abandoned = makeEntry({ id: 'abandoned', status: status('unmaintained') });
        assert.equal(entryDescription(abandoned, english), 'unmaintained · library · 2010');
        assert.deepEqual(entryIcon(abandoned), { id: 'warning', color: 'list.warningForeground' });
        assert.match(entryTooltip(abandoned, [], english), /^\$\(warning\) \*\*Unmaintained\*\*: n$/m);
        const finished = makeEntry({ id: 'finished', status: status('maintenance') });
        assert.deepEqual(entryIcon(finished), { id: 'info', color: undefined });
        assert.match(entryTooltip(finished, [], english), /^\$\(info\) \*\*In maintenance mode\*\*: n$/m);
    });

    it('picks a codicon per kind, and a desktop one for desktop frameworks', () => {
        assert.deepEqual(entryIcon(makeEntry({ id: 'a', kind: 'framework', category: 'web-framework' })), { id: 'layers' });
        assert.deepEqual(entryIcon(makeEntry({ id: 'b', kind: 'framework', category: 'desktop-framework' })), { id: 'device-desktop' });
        assert.deepEqual(entryIcon(makeEntry({ id: 'c', kind: 'tool', category: 'testing' })), { id: 'tools' });
    });

    it('gives a deprecated entry\'s status, what its maintainers said and its successors in the tooltip', () => {
        const tooltip = entryTooltip(
            makeEntry({ id: 'request', name: 'request', status: { value: 'deprecated', successors: ['got'], note: 'Its maintainers stopped work on it in 2020.', source: 'https://x.org' } }),
            ['Got'],
            english,
        );
        assert.match(tooltip, /^\$\(warning\) \*\*Deprecated\*\*: Its maintainers stopped work on it in 2020\\?\. Consider Got\.$/m);
    });

    it('escapes catalog text in the tooltip', () => {
        const tooltip = entryTooltip(
            makeEntry({
                id: 'x',
                name: '[click](command:workbench.action.quit)',
                summary: '<img src=x onerror=alert(1)> $(bug)',
                status: { value: 'deprecated', successors: ['y'], note: 'n', source: 'https://x.org' },
            }),
            ['[quit](command:workbench.action.quit)'],
            english,
        );
        assert.doesNotMatch(tooltip, /\]\(command:/);
        assert.doesNotMatch(tooltip, /(^|[^\\])<img/);
        assert.doesNotMatch(tooltip, /(^|[^\\])\$\(bug\)/);
    });

    it('lists names as a sentence does', () => {
        assert.deepEqual(
            [[], ['A'], ['A', 'B'], ['A', 'B', 'C']].map(joinAsList),
            ['', 'A', 'A and B', 'A, B and C'],
        );
    });

    it('escapes every Markdown-active character', () => {
        assert.equal(escapeMarkdown('*a* _b_ `c` [d](e) <f> #g |h| line\nbreak'), '\\*a\\* \\_b\\_ \\`c\\` \\[d\\]\\(e\\) \\<f\\> \\#g \\|h\\| line break');
    });
});

describe('install command', () => {
    it('uses each registry\'s own tool and the primary package', () => {
        assert.equal(installCommand(makeEntry({ id: 'express', category: 'web-framework', packages: [{ registry: 'npm', name: 'express' }] })), 'npm install express');
        assert.equal(installCommand(makeEntry({ id: 'rails', packages: [{ registry: 'rubygems', name: 'rails' }, { registry: 'rubygems', name: 'railties' }] })), 'bundle add rails');
        assert.equal(installCommand(makeEntry({ id: 'django', packages: [{ registry: 'pypi', name: 'Django' }] })), 'pip install Django');
    });

    it('adds development tools as development dependencies', () => {
        assert.equal(installCommand(makeEntry({ id: 'jest', category: 'testing', packages: [{ registry: 'npm', name: 'jest' }] })), 'npm install --save-dev jest');
        assert.equal(installCommand(makeEntry({ id: 'rspec', category: 'testing', packages: [{ registry: 'rubygems', name: 'rspec' }] })), 'bundle add rspec --group development');
    });

    it('has nothing to install for a language', () => {
        assert.equal(installCommand(makeEntry({ id: 'python', kind: 'language', category: 'language' })), undefined);
    });
});
