import type { CompareViewModel } from '../../core/compare/protocol';
import { actionAttributes, ELEMENT_IDS, FOCUS_ATTRIBUTE, focusKey } from './controls';
import type { ElementLike, Html } from './dom';

/** The heading and the controls above the table: the toggle, copying and the add form. */
export function toolbar<E extends ElementLike<E>>(
    html: Html<E>,
    model: CompareViewModel,
    state: { readonly onlyDifferences: boolean; readonly enoughColumns: boolean },
): E {
    return html.h(
        'div',
        { class: 'toolbar' },
        html.h('h1', {}, 'Compare'),
        differencesToggle(html, state.onlyDifferences, state.enoughColumns),
        copyButton(html, state.enoughColumns),
        addForm(html, model),
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
        'Only differences',
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
        'Copy as Markdown',
    );
}

/** A text field with the addable entries as suggestions, and a button for the full picker. */
function addForm<E extends ElementLike<E>>(html: Html<E>, model: CompareViewModel): E {
    const full = model.table.columns.length >= model.maxColumns;
    const canAdd = !full && model.addable.length > 0;
    const { h, icon } = html;
    return h(
        'form',
        { class: 'add', id: ELEMENT_IDS.addForm },
        h('label', { for: ELEMENT_IDS.addInput }, 'Add an entry'),
        h('input', {
            id: ELEMENT_IDS.addInput,
            list: ELEMENT_IDS.addOptions,
            autocomplete: 'off',
            spellcheck: 'false',
            [FOCUS_ATTRIBUTE]: focusKey({ control: 'add-input' }),
            disabled: !canAdd,
            ...(full ? { 'aria-describedby': 'add-limit' } : {}),
        }),
        h('datalist', { id: ELEMENT_IDS.addOptions }, ...model.addable.map((option) => h('option', { value: option.label }))),
        h('button', { type: 'submit', [FOCUS_ATTRIBUTE]: focusKey({ control: 'add-submit' }), disabled: !canAdd }, icon('add'), 'Add'),
        browseButton(html, canAdd),
        full ? h('p', { id: 'add-limit', class: 'hint' }, `A comparison shows at most ${model.maxColumns} entries: remove one to add another.`) : undefined,
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
        'Browse…',
    );
}
