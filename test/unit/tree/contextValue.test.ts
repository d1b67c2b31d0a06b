import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CATALOG_VIEW_ID, CommandIds } from '../../../src/core/contributions';
import { entryContextValue } from '../../../src/core/tree/contextValue';
import { makeEntry } from '../catalog/entryBuilder';

const menus = (JSON.parse(readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8')) as {
    contributes: { menus: { 'view/item/context': { command: string; when: string }[] } };
}).contributes.menus['view/item/context'];

/** The commands a right-click on one catalog row shows, by evaluating package.json's `when` clauses. */
function rightClickCommands(contextValue: string): string[] {
    const shown = menus.filter(({ when }) => {
        const pattern = /viewItem =~ \/((?:\\\/|[^/])*)\//.exec(when)?.[1];
        return when.includes(`view == ${CATALOG_VIEW_ID}`) && !when.includes('listMultiSelection') && pattern !== undefined && new RegExp(pattern).test(contextValue);
    });
    return [...new Set(shown.map((item) => item.command))].sort();
}

describe('catalog row context values', () => {
    const always = [CommandIds.showDetails, CommandIds.openDocumentation, CommandIds.addToComparison];

    it('offers the repository and the install command of a library that has both', () => {
        const express = makeEntry({
            id: 'express',
            links: { homepage: 'https://expressjs.com', repository: 'https://github.com/expressjs/express' },
            packages: [{ registry: 'npm', name: 'express' }],
        });
        assert.equal(entryContextValue(express), 'entry repo install');
        assert.deepEqual(rightClickCommands(entryContextValue(express)), [...always, CommandIds.openRepository, CommandIds.copyInstallCommand].sort());
    });

    it('offers neither to a language with no repository link and no package', () => {
        const python = makeEntry({ id: 'python', kind: 'language', links: { homepage: 'https://www.python.org' }, packages: [] });
        assert.equal(entryContextValue(python), 'entry');
        assert.deepEqual(rightClickCommands(entryContextValue(python)), [...always].sort());
    });

    it('offers the install command without a repository link, and the reverse', () => {
        const packaged = makeEntry({ id: 'packaged', packages: [{ registry: 'pypi', name: 'packaged' }] });
        assert.deepEqual(rightClickCommands(entryContextValue(packaged)), [...always, CommandIds.copyInstallCommand].sort());
        const linked = makeEntry({ id: 'linked', links: { homepage: 'https://x.org', repository: 'https://github.com/x/linked' } });
        assert.deepEqual(rightClickCommands(entryContextValue(linked)), [...always, CommandIds.openRepository].sort());
    });

    it('keeps the flags readable whatever the status, so the menus still apply', () => {
        const request = makeEntry({
            id: 'request',
            status: { value: 'deprecated', successors: ['got'], note: 'Deprecated.', source: 'https://x.org' },
            packages: [{ registry: 'npm', name: 'request' }],
        });
        assert.deepEqual(rightClickCommands(entryContextValue(request)), [...always, CommandIds.copyInstallCommand].sort());
    });
});
