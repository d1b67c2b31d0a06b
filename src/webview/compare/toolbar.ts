import type { CompareViewModel } from '../../core/compare/protocol';
import { actionAttributes, ELEMENT_IDS, FOCUS_ATTRIBUTE, focusKey } from './controls';
import type { ElementLike, Html } from './dom';
import { fillPlaceholders } from '../../core/text/l10n';

export interface ToolbarState {
    readonly onlyDifferences: boolean;
    readonly enoughColumns: boolean;
    /** Why what was typed into the add field could not be added, shown under it. */
    readonly addError?: string;
}

/** The heading and the controls above the table: the toggle, copying and the add form. */
export function toolbar<E extends ElementLike<E>>(html: Html<E>, model: CompareViewModel, state: ToolbarState): E {
    return html.h(
        'div',
        { class: 'toolbar' },
        html.h('h1', {}, html.text.heading),
        differencesToggle(html, state.onlyDifferences, state.enoughColumns),
        copyButton(html, state.enoughColumns),
        addForm(html, model, state.addError),
    );
}

/**
 * Right after a column's × : which entry went, and the way back. The keyboard's undo
 * (Ctrl+Z, or Cmd+Z on a Mac) does the same, see main.ts.
 */
export function undoOffer<E extends ElementLike<E>>(html: Html<E>, removed: string): E {
    const { h, icon, text } = html;
    return h(
        'p',
        { class: 'undo-offer' },
        fillPlaceholders(text.removed, removed),
        h(
            'button',
            {
                type: 'button',
                class: 'secondary',
                ...actionAttributes({ action: 'undo-remove' }),
                [FOCUS_ATTRIBUTE]: focusKey({ control: 'undo-remove' }),
                title: fillPlaceholders(text.bringBack, removed),
            },
            icon('discard'),
            text.undo,
        ),
    );
}

function differencesToggle<E extends ElementLike<E>>(html: Html<E>, checked: boolean, enabled: boolean): E {
    return html.h(
        'label',
        { class: 'toggle' },
        html.h('input', {
            type: 'checkbox',
            id: ELEMENT_IDS.onlyDifferences,
            [FOCUS_ATTRIBUTE]: focusKey({ control: 'toggle-differences' }),
            checked,
            disabled: !enabled,
        }),
        html.text.onlyDifferences,
    );
}

function copyButton<E extends ElementLike<E>>(html: Html<E>, enabled: boolean): E {
    return html.h(
        'button',
        {
            type: 'button',
            ...actionAttributes({ action: 'copy-markdown' }),
            [FOCUS_ATTRIBUTE]: focusKey({ control: 'copy-markdown' }),
            disabled: !enabled,
        },
        html.icon('copy'),
        html.text.copyMarkdown,
    );
}

/**
 * A text field with the addable entries as suggestions, and a button for the full picker.
 * Why the field cannot take more, or what was wrong with what was typed, is said under it.
 */
function addForm<E extends ElementLike<E>>(html: Html<E>, model: CompareViewModel, addError: string | undefined): E {
    const full = model.table.columns.length >= model.maxColumns;
    const canAdd = !full && model.addable.length > 0;
    const error = canAdd ? addError : undefined;
    const { h, icon, text } = html;
    return h(
        'form',
        { class: 'add', id: ELEMENT_IDS.addForm },
        h('label', { for: ELEMENT_IDS.addInput }, text.addLabel),
        h('input', {
            id: ELEMENT_IDS.addInput,
            list: ELEMENT_IDS.addOptions,
            autocomplete: 'off',
            spellcheck: 'false',
            [FOCUS_ATTRIBUTE]: focusKey({ control: 'add-input' }),
            disabled: !canAdd,
            ...(full ? { 'aria-describedby': 'add-limit' } : {}),
            ...(error === undefined ? {} : { 'aria-describedby': 'add-error', 'aria-invalid': 'true' }),
        }),
        h('datalist', { id: ELEMENT_IDS.addOptions }, ...model.addable.map((option) => h('option', { value: option.label }))),
        h('button', { type: 'submit', [FOCUS_ATTRIBUTE]: focusKey({ control: 'add-submit' }), disabled: !canAdd }, icon('add'), text.add),
        browseButton(html, canAdd),
        full ? h('p', { id: 'add-limit', class: 'hint' }, fillPlaceholders(text.addLimit, model.maxColumns)) : undefined,
        error === undefined ? undefined : h('p', { id: 'add-error', class: 'hint error' }, icon('error'), error),
    );
}

function browseButton<E extends ElementLike<E>>(html: Html<E>, enabled: boolean): E {
    return html.h(
        'button',
        {
            type: 'button',
            class: 'secondary',
            ...actionAttributes({ action: 'pick-entry' }),
            [FOCUS_ATTRIBUTE]: focusKey({ control: 'pick-entry' }),
            disabled: !enabled,
        },
        html.icon('list-filter'),
        html.text.browse,
    );
}
