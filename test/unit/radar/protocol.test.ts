import * as assert from 'node:assert/strict';
import { parseRadarMessage } from '../../../src/core/radar/protocol';

const rendered = { type: 'rendered', revision: 3, dots: { adopt: 1, trial: 0, assess: 2, hold: 1 }, tableRows: 4, marked: 1, empty: false };

describe('radar page messages', () => {
    it('accepts exactly the messages the page sends', () => {
        assert.deepEqual(parseRadarMessage({ type: 'ready' }), { type: 'ready' });
        assert.deepEqual(parseRadarMessage({ type: 'openHelp' }), { type: 'openHelp' });
        assert.deepEqual(parseRadarMessage(rendered), rendered);
        assert.deepEqual(parseRadarMessage({ type: 'openEntry', index: 2 }), { type: 'openEntry', index: 2 });
    });

    it('drops anything else', () => {
        const bad: unknown[] = [
            null,
            'ready',
            [],
            { type: 'run', command: 'workbench.action.terminal.new' },
            { type: 'ready', extra: 1 },
            { ...rendered, revision: -1 },
            { ...rendered, revision: '3' },
            { ...rendered, tableRows: 1.5 },
            { ...rendered, empty: 'no' },
            { ...rendered, dots: { adopt: 1, trial: 0, assess: 2 } },
            { ...rendered, dots: { adopt: 1, trial: 0, assess: 2, hold: 1, later: 1 } },
            { ...rendered, html: '<img>' },
            { type: 'openEntry', index: -1 },
            { type: 'openEntry', index: 'django' },
            { type: 'openEntry', index: 0, entry: 'django' },
        ];
        for (const message of bad) {
            assert.equal(parseRadarMessage(message), undefined, JSON.stringify(message));
        }
    });

    it('passes on a copy, without what the page attached', () => {
        const sent = { ...rendered, dots: { ...rendered.dots } };
        const parsed = parseRadarMessage(sent);
        assert.notEqual(parsed, sent);
    });
});
