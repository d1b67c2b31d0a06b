import * as assert from 'node:assert/strict';
import {
    actionAttributes,
    focusFallbacks,
    focusKey,
    messageFor,
    parseFocusKey,
    readAction,
    type ButtonAction,
    type FocusTarget,
} from '../../../src/webview/compare/controls';
import { renderCompare } from '../../../src/webview/compare/render';
import { entry } from './builders';
import { fakeDocument, root, type FakeElement } from './fakeDom';
import { pageText, viewModel } from './sampleModel';

/** What `element.dataset` would hold in a browser: data-foo-bar becomes fooBar. */
function dataset(element: FakeElement): Record<string, string> {
    const data: Record<string, string> = {};
    for (const [name, value] of element.attributes) {
        if (name.startsWith('data-')) {
            data[name.slice(5).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())] = value;
        }
    }
    return data;
}

const entries = [entry('django', { name: 'Django' }), entry('flask', { name: 'Flask' }), entry('fastapi', { name: 'FastAPI' })];
/** Drawn right after a removal, so the page also offers its undo. */
const page = root(renderCompare(fakeDocument, viewModel(entries, { removed: 'NestJS' }), { text: pageText, onlyDifferences: false }));

describe('compare webview controls', () => {
    it('turns every drawn button into the message its label promises', () => {
        const messages = page
            .findAll((element) => element.attributes.has('data-action'))
            .map((element) => `${element.attributes.get('aria-label') ?? element.text} → ${JSON.stringify(messageFor(readAction(dataset(element))!, true))}`);
        assert.deepEqual(messages, [
            'Copy as Markdown → {"type":"copyMarkdown","onlyDifferences":true}',
            'Browse… → {"type":"pickEntry"}',
            'Undo → {"type":"undoRemove"}',
            'Move Django left → {"type":"move","id":"django","offset":-1}',
            'Move Django right → {"type":"move","id":"django","offset":1}',
            'Remove Django → {"type":"remove","id":"django"}',
            'Move Flask left → {"type":"move","id":"flask","offset":-1}',
            'Move Flask right → {"type":"move","id":"flask","offset":1}',
            'Remove Flask → {"type":"remove","id":"flask"}',
            'Move FastAPI left → {"type":"move","id":"fastapi","offset":-1}',
            'Move FastAPI right → {"type":"move","id":"fastapi","offset":1}',
            'Remove FastAPI → {"type":"remove","id":"fastapi"}',
        ]);
    });

    it('reads back every action it writes, and nothing else', () => {
        const actions: ButtonAction[] = [
            { action: 'copy-markdown' },
            { action: 'pick-entry' },
            { action: 'undo-remove' },
            { action: 'remove', id: 'django' },
            { action: 'move', id: 'django', offset: -1 },
            { action: 'move', id: 'django', offset: 1 },
        ];
        for (const action of actions) {
            const attributes = Object.entries(actionAttributes(action)).map(([name, value]) => [name.slice(5), value]);
            assert.deepEqual(readAction(Object.fromEntries(attributes)), action);
        }
        assert.equal(readAction({}), undefined);
        assert.equal(readAction({ action: 'delete-everything', id: 'django' }), undefined);
    });

    it('gives every focusable control a distinct key that parses back to it', () => {
        const keys = page.findAll((element) => element.attributes.has('data-focus-key')).map((element) => element.attributes.get('data-focus-key')!);
        assert.equal(new Set(keys).size, keys.length, 'keys are unique');
        assert.ok(keys.includes('move-1:django') && keys.includes('why:learningCurve:flask'), keys.join(' '));
        for (const key of keys) {
            const target = parseFocusKey(key);
            assert.ok(target, key);
            assert.equal(focusKey(target), key);
        }
    });

    it('refuses keys it never makes', () => {
        for (const key of ['', 'remove', 'remove:', 'move2:django', 'move1:a:b', 'why:only-one', 'why::django', 'focus:django']) {
            assert.equal(parseFocusKey(key), undefined, key);
        }
    });

    it('falls back from a move button to the other one, then to the column\'s remove button', () => {
        const moveLeft: FocusTarget = { control: 'move', id: 'django', offset: -1 };
        assert.deepEqual(focusFallbacks(focusKey(moveLeft)), ['move-1:django', 'move1:django', 'remove:django']);
        assert.deepEqual(focusFallbacks('move1:flask'), ['move1:flask', 'move-1:flask', 'remove:flask']);
        assert.deepEqual(focusFallbacks('copy-markdown'), ['copy-markdown']);
        assert.deepEqual(focusFallbacks('nonsense:key'), ['nonsense:key']);
    });
});
