import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CommandIds } from '../../src/core/contributions';

const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
    contributes: { commands: { command: string }[]; menus: Record<string, { command: string }[]> };
    engines: { vscode: string };
    devDependencies: Record<string, string>;
};

describe('package.json contributions', () => {
    it('contributes every command id the code declares', () => {
        const contributed = new Set(manifest.contributes.commands.map((command) => command.command));
        for (const id of Object.values(CommandIds)) {
            assert.ok(contributed.has(id), `${id} is not in contributes.commands`);
        }
    });

    it('names only known commands in its menus', () => {
        const contributed = new Set(manifest.contributes.commands.map((command) => command.command));
        for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
            for (const item of items) {
                assert.ok(contributed.has(item.command), `${menu} names ${item.command}`);
            }
        }
    });

    it('pins @types/vscode to the engine it declares', () => {
        assert.equal(manifest.engines.vscode, `^${manifest.devDependencies['@types/vscode']}`);
    });
});
