import * as assert from 'node:assert/strict';
import {
    isHostMessage,
    parseWebviewMessage,
    parseWebviewState,
    type WebviewMessage,
} from '../../../src/core/compare/protocol';

describe('compare message protocol', () => {
    it('accepts every message the webview may send', () => {
        const messages: WebviewMessage[] = [
            { type: 'ready' },
            { type: 'rendered', revision: 3 },
            { type: 'remove', id: 'django' },
            { type: 'move', id: 'ruby-on-rails', offset: -1 },
            { type: 'move', id: 'flask', offset: 1 },
            { type: 'add', id: 'fastapi' },
            { type: 'pickEntry' },
            { type: 'copyMarkdown', onlyDifferences: true },
        ];
        for (const message of messages) {
            assert.deepEqual(parseWebviewMessage(message), message);
        }
    });

    it('rejects unknown, malformed and smuggled messages', () => {
        const rejected: unknown[] = [
            undefined,
            null,
            'ready',
            42,
            [],
            {},
            { type: 'openLink', url: 'https://example.com' },
            { type: 'executeCommand', command: 'workbench.action.quit' },
            { type: 'ready', extra: true },
            { type: 'rendered', revision: -1 },
            { type: 'rendered', revision: '1' },
            { type: 'remove' },
            { type: 'remove', id: '../../etc/passwd' },
            { type: 'remove', id: 'javascript:alert(1)' },
            { type: 'remove', id: 'Django' },
            { type: 'remove', id: 'a'.repeat(101) },
            { type: 'move', id: 'django', offset: 2 },
            { type: 'move', id: 'django', offset: 0 },
            { type: 'copyMarkdown' },
        ];
        for (const message of rejected) {
            assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
        }
    });

    it('recognises what the extension sends to the webview', () => {
        const model = { revision: 1, table: { columns: [], rows: [] }, addable: [], minColumns: 2, maxColumns: 5 };
        assert.equal(isHostMessage({ type: 'model', model }), true);
        assert.equal(isHostMessage({ type: 'status', text: 'Copied.' }), true);
        assert.equal(isHostMessage({ type: 'model' }), false);
        assert.equal(isHostMessage({ type: 'status', text: 1 }), false);
        assert.equal(isHostMessage({ type: 'other' }), false);
        assert.equal(isHostMessage(null), false);
    });

    it('restores usable webview state and rejects anything else', () => {
        assert.deepEqual(parseWebviewState({ ids: ['django', 'flask'], onlyDifferences: true }), {
            ids: ['django', 'flask'],
            onlyDifferences: true,
        });
        assert.deepEqual(parseWebviewState({ ids: ['django'] }), { ids: ['django'], onlyDifferences: false });
        assert.equal(parseWebviewState(undefined), undefined);
        assert.equal(parseWebviewState({ ids: 'django' }), undefined);
        assert.equal(parseWebviewState({ ids: ['<script>'] }), undefined);
    });
});
