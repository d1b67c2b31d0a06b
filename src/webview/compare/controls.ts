/**
 * The contract between the drawn page (render.ts and its parts) and the script that reacts to
 * it (main.ts): element ids, what a button asks for, and the keys that bring focus back to a
 * control after a redraw. Both sides build and read these strings only through this module.
 */
import type { WebviewMessage } from '../../core/compare/protocol';

/** Ids of elements main.ts looks up; the add form's parts are also tied together by them. */
export const ELEMENT_IDS = {
    onlyDifferences: 'only-differences',
    addForm: 'add-form',
    addInput: 'add-entry',
    addOptions: 'add-entry-options',
} as const;

export type MoveOffset = -1 | 1;

/** What a button asks for when clicked. It travels in the button's data-* attributes. */
export type ButtonAction =
    | { readonly action: 'copy-markdown' }
    | { readonly action: 'pick-entry' }
    | { readonly action: 'undo-remove' }
    | { readonly action: 'remove'; readonly id: string }
    | { readonly action: 'move'; readonly id: string; readonly offset: MoveOffset };

export type ActionName = ButtonAction['action'];

/** The data-* attributes that carry an action; `readAction` reads them back from a dataset. */
export function actionAttributes(button: ButtonAction): Record<string, string> {
    switch (button.action) {
        case 'remove':
            return { 'data-action': button.action, 'data-id': button.id };
        case 'move':
            return { 'data-action': button.action, 'data-id': button.id, 'data-offset': String(button.offset) };
        default:
            return { 'data-action': button.action };
    }
}

/** A CSS selector for buttons with this action, or with any action when none is named. */
export function actionSelector(action?: ActionName): string {
    return action === undefined ? '[data-action]' : `[data-action="${action}"]`;
}

/** The action an element's dataset carries; undefined for anything that is not one of ours. */
export function readAction(dataset: Readonly<Record<string, string | undefined>>): ButtonAction | undefined {
    switch (dataset.action) {
        case 'copy-markdown':
        case 'pick-entry':
        case 'undo-remove':
            return { action: dataset.action };
        case 'remove':
            return { action: 'remove', id: dataset.id ?? '' };
        case 'move':
            return { action: 'move', id: dataset.id ?? '', offset: dataset.offset === '-1' ? -1 : 1 };
        default:
            return undefined;
    }
}

/** The message a click on the button sends to the extension. */
export function messageFor(button: ButtonAction, onlyDifferences: boolean): WebviewMessage {
    switch (button.action) {
        case 'remove':
            return { type: 'remove', id: button.id };
        case 'move':
            return { type: 'move', id: button.id, offset: button.offset };
        case 'copy-markdown':
            return { type: 'copyMarkdown', onlyDifferences };
        case 'pick-entry':
            return { type: 'pickEntry' };
        case 'undo-remove':
            return { type: 'undoRemove' };
    }
}

/** The attribute that names a control for focus restoring. */
export const FOCUS_ATTRIBUTE = 'data-focus-key';

/** Controls there is one of on the page. */
type SingleControl = 'toggle-differences' | 'copy-markdown' | 'add-input' | 'add-submit' | 'pick-entry' | 'undo-remove';

/** A control focus can come back to after a redraw. */
export type FocusTarget =
    | { readonly control: SingleControl }
    | { readonly control: 'remove'; readonly id: string }
    | { readonly control: 'move'; readonly id: string; readonly offset: MoveOffset }
    /** The "why?" disclosure of one judgement cell. */
    | { readonly control: 'why'; readonly dimension: string; readonly id: string };

const SINGLE_CONTROLS: readonly SingleControl[] = ['toggle-differences', 'copy-markdown', 'add-input', 'add-submit', 'pick-entry', 'undo-remove'];

const isSingleControl = (key: string): key is SingleControl => (SINGLE_CONTROLS as readonly string[]).includes(key);

/** The key for a control: `remove:<id>`, `move-1:<id>`, `move1:<id>`, `why:<dimension>:<id>` or its name. */
export function focusKey(target: FocusTarget): string {
    switch (target.control) {
        case 'remove':
            return `remove:${target.id}`;
        case 'move':
            return `move${target.offset}:${target.id}`;
        case 'why':
            return `why:${target.dimension}:${target.id}`;
        default:
            return target.control;
    }
}

/** Reads a key back; undefined for a key `focusKey` never makes. Entry ids hold no colon. */
export function parseFocusKey(key: string): FocusTarget | undefined {
    if (isSingleControl(key)) {
        return { control: key };
    }
    const [control, ...parts] = key.split(':');
    if (parts.length === 0 || parts.includes('')) {
        return undefined;
    }
    const [first = '', second] = parts;
    switch (`${control}/${parts.length}`) {
        case 'remove/1':
            return { control: 'remove', id: first };
        case 'move-1/1':
        case 'move1/1':
            return { control: 'move', id: first, offset: control === 'move1' ? 1 : -1 };
        case 'why/2':
            return { control: 'why', dimension: first, id: second ?? '' };
        default:
            return undefined;
    }
}

/**
 * Where focus should land after a redraw, best first: the same control if it still exists
 * and is enabled, else a neighbour (a column moved to the edge loses one move button, so the
 * other, then its remove button), so keyboard users keep their place.
 */
export function focusFallbacks(key: string): string[] {
    const target = parseFocusKey(key);
    if (target?.control === 'move') {
        return [key, focusKey({ ...target, offset: target.offset === 1 ? -1 : 1 }), focusKey({ control: 'remove', id: target.id })];
    }
    return [key];
}
