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
            { type: 'undoRemove' },
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
            { type: 'copyMarkdown', onlyDifferences: 'true' },
            { type: 'undoRemove', id: 'django' },
            { type: 'rendered', revision: 1.5 },
            { type: 'rendered', revision: Number.NaN },
            { type: 'rendered', revision: Number.POSITIVE_INFINITY },
            { type: 'rendered', revision: 2 ** 53 },
            { type: 'add', id: ['django'] },
            { type: 'add', id: 'django', onlyDifferences: true },
            // Names every object inherits must not pass for message types.
            { type: 'constructor' },
            { type: 'toString' },
            { type: '__proto__' },
            JSON.parse('{"type": "ready", "__proto__": {"id": "django"}}'),
            Object.assign(['ready'], { type: 'ready' }),
        ];
        for (const message of rejected) {
            assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message));
        }
    });

    it('hands on a copy, so nothing else the page attached travels further', () => {
        const sent = { type: 'remove', id: 'django' };
        const parsed = parseWebviewMessage(sent);
        assert.deepEqual(parsed, sent);
        assert.notEqual(parsed, sent);
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
        assert.equal(parseWebviewState(null), undefined);
        assert.equal(parseWebviewState([]), undefined);
        assert.equal(parseWebviewState({ ids: [1] }), undefined);
        assert.equal(parseWebviewState({ ids: Array.from({ length: 51 }, () => 'django') }), undefined);
        // A sparse array would hide a hole from a check that skips holes.
        // eslint-disable-next-line no-sparse-arrays
        assert.equal(parseWebviewState({ ids: [, 'django'] }), undefined);
    });

    it('restores the ids of state written by another version, ignoring what it does not know', () => {
        assert.deepEqual(parseWebviewState({ ids: ['django'], onlyDifferences: 'yes', scroll: 120 }), {
            ids: ['django'],
            onlyDifferences: false,
        });
    });
});
