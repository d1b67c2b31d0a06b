import type { CellValue } from '../../core/compare/protocol';
import type { CompareViewModel } from '../../core/compare/protocol';
import { safeHttpsUrl } from '../../core/text/safeUrl';
import { visibleRows, type TableColumn, type TableRow } from '../../core/compare/protocol';
import { joinAsList } from '../../core/text/lists';

/**
 * The part of the DOM the renderer uses. It only creates elements, sets attributes and
 * appends text, so catalog strings can only ever become text nodes (no innerHTML), and a
 * test can pass a fake document.
 */
export interface ElementLike<E> {
    setAttribute(name: string, value: string): void;
    append(...nodes: (E | string)[]): void;
}

export interface DocumentLike<E extends ElementLike<E>> {
    createElement(tagName: string): E;
}

export interface RenderOptions {
    readonly onlyDifferences: boolean;
}

/** Attributes whose value `false` means "leave the attribute out" (e.g. disabled). */
type Attributes = Readonly<Record<string, string | boolean>>;

/** Ids of elements main.ts looks up; the add form's parts are also tied together by them. */
export const ELEMENT_IDS = {
    onlyDifferences: 'only-differences',
    addForm: 'add-form',
    addInput: 'add-entry',
    addOptions: 'add-entry-options',
} as const;

/** Builds the panel's content for one model. Returns the nodes to put in the page's root. */
export function renderCompare<E extends ElementLike<E>>(
    doc: DocumentLike<E>,
    model: CompareViewModel,
    options: RenderOptions,
): E[] {
    const h = (tag: string, attributes: Attributes, ...children: (E | string | undefined)[]): E => {
        const element = doc.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) {
            if (value !== false) {
                element.setAttribute(name, value === true ? '' : value);
            }
        }
        element.append(...children.filter((child): child is E | string => child !== undefined));
        return element;
    };
    const icon = (name: string): E => h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' });
    const hidden = (text: string): E => h('span', { class: 'sr-only' }, text);

    /** An https link, or its label as plain text when the URL fails the gate. */
    const link = (label: string | E, url: string | undefined, attributes: Attributes = {}): E | string => {
        const safe = url === undefined ? undefined : safeHttpsUrl(url);
        return safe === undefined ? label : h('a', { ...attributes, href: safe }, label);
    };

    const { table } = model;
    const enoughColumns = table.columns.length >= model.minColumns;

    function toolbar(): E {
        const full = table.columns.length >= model.maxColumns;
        const canAdd = !full && model.addable.length > 0;
        return h(
            'div',
            { class: 'toolbar' },
            h('h1', {}, 'Compare'),
            h(
                'label',
                { class: 'toggle' },
                h('input', {
                    type: 'checkbox',
                    id: ELEMENT_IDS.onlyDifferences,
                    'data-focus-key': 'toggle-differences',
                    checked: options.onlyDifferences,
                    disabled: !enoughColumns,
                }),
                'Only differences',
            ),
            h(
                'button',
                { type: 'button', 'data-action': 'copy-markdown', 'data-focus-key': 'copy-markdown', disabled: !enoughColumns },
                icon('copy'),
                'Copy as Markdown',
            ),
            h(
                'form',
                { class: 'add', id: ELEMENT_IDS.addForm },
                h('label', { for: ELEMENT_IDS.addInput }, 'Add an entry'),
                h('input', {
                    id: ELEMENT_IDS.addInput,
                    list: ELEMENT_IDS.addOptions,
                    autocomplete: 'off',
                    spellcheck: 'false',
                    'data-focus-key': 'add-input',
                    disabled: !canAdd,
                    ...(full ? { 'aria-describedby': 'add-limit' } : {}),
                }),
                h(
                    'datalist',
                    { id: ELEMENT_IDS.addOptions },
                    ...model.addable.map((option) => h('option', { value: option.label })),
                ),
                h('button', { type: 'submit', 'data-focus-key': 'add-submit', disabled: !canAdd }, icon('add'), 'Add'),
                h(
                    'button',
                    {
                        type: 'button',
                        class: 'secondary',
                        'data-action': 'pick-entry',
                        'data-focus-key': 'pick-entry',
                        disabled: !canAdd,
                    },
                    icon('list-filter'),
                    'Browse…',
                ),
                full
                    ? h(
                          'p',
                          { id: 'add-limit', class: 'hint' },
                          `A comparison shows at most ${model.maxColumns} entries: remove one to add another.`,
                      )
                    : undefined,
            ),
        );
    }

    function columnButton(column: TableColumn, action: 'move' | 'remove', offset: -1 | 1 | undefined, disabled: boolean): E {
        const label =
            action === 'remove' ? `Remove ${column.name}` : `Move ${column.name} ${offset === -1 ? 'left' : 'right'}`;
        const key = `${action}${offset ?? ''}:${column.id}`;
        return h(
            'button',
            {
                type: 'button',
                class: 'icon-button',
                'data-action': action,
                'data-id': column.id,
                ...(offset === undefined ? {} : { 'data-offset': String(offset) }),
                'data-focus-key': key,
                'aria-label': label,
                title: label,
                disabled,
            },
            icon(action === 'remove' ? 'close' : offset === -1 ? 'arrow-left' : 'arrow-right'),
        );
    }

    function columnHeader(column: TableColumn, index: number): E {
        return h(
            'th',
            { scope: 'col', class: 'column' },
            h('span', { class: 'column-name' }, column.name),
            h('span', { class: 'column-summary' }, column.summary),
            h(
                'span',
                { class: 'column-actions' },
                columnButton(column, 'move', -1, index === 0),
                columnButton(column, 'move', 1, index === table.columns.length - 1),
                columnButton(column, 'remove', undefined, false),
            ),
        );
    }

    /** "Source", named for screen readers by what it is the source of. */
    function sourceLink(url: string, dimension: string, column: TableColumn): E | string {
        const label = h('span', {}, icon('link-external'), 'Source', hidden(` for ${dimension}: ${column.name}`));
        return link(label, url, { title: url });
    }

    function cell(row: TableRow, value: CellValue, column: TableColumn): E {
        const { kind, label } = row.dimension;
        const items = kind === 'list' ? value.items ?? [] : [];
        const links = kind === 'links' ? value.links ?? [] : [];
        if (value.text === '' && items.length === 0 && links.length === 0) {
            return h('td', {}, h('span', { class: 'missing' }, 'Not stated'));
        }
        switch (kind) {
            case 'list':
                return h('td', {}, h('ul', { class: 'items' }, ...items.map((item) => h('li', {}, item))));
            case 'links':
                return h('td', {}, h('ul', { class: 'items' }, ...links.map((item) => h('li', {}, link(item.label, item.url)))));
            case 'judgement': {
                const rationale = value.rationale ?? 'No rationale given.';
                return h(
                    'td',
                    { class: 'judgement' },
                    h('span', { class: 'value', title: `Our judgement: ${rationale}` }, value.text),
                    h(
                        'details',
                        { class: 'rationale' },
                        h(
                            'summary',
                            { 'data-focus-key': `why:${row.dimension.id}:${column.id}` },
                            icon('lightbulb'),
                            'Judgement: why?',
                        ),
                        h('p', {}, rationale),
                    ),
                );
            }
            case 'fact':
                return h(
                    'td',
                    {},
                    h('span', { class: 'value' }, value.text),
                    value.detail === undefined ? undefined : h('p', { class: 'detail' }, value.detail),
                    value.source === undefined ? undefined : h('p', { class: 'source' }, sourceLink(value.source, label, column)),
                );
        }
    }

    function rowElement(row: TableRow): E {
        return h(
            'tr',
            row.differs ? { class: 'differs' } : {},
            h(
                'th',
                { scope: 'row' },
                h('span', { class: 'dimension' }, row.dimension.label),
                row.dimension.kind === 'judgement' ? h('span', { class: 'badge judgement-badge' }, 'judgement') : undefined,
                row.differs ? h('span', { class: 'badge differs-badge' }, 'differs') : undefined,
            ),
            ...row.cells.map((value, index) => {
                const column = table.columns[index];
                return column ? cell(row, value, column) : h('td', {});
            }),
        );
    }

    function caption(): string {
        const names = table.columns.map((column) => column.name);
        const differing = table.rows.filter((row) => row.differs).length;
        const shown = options.onlyDifferences ? ' Showing only the dimensions that differ.' : '';
        return `Comparing ${joinAsList(names)}: ${differing} of ${table.rows.length} dimensions differ.${shown}`;
    }

    function tableView(): E {
        const rows = visibleRows(table, options.onlyDifferences);
        const body =
            rows.length > 0
                ? rows.map(rowElement)
                : [
                      h(
                          'tr',
                          {},
                          h(
                              'td',
                              { colspan: String(table.columns.length + 1), class: 'missing' },
                              'These entries do not differ on any dimension.',
                          ),
                      ),
                  ];
        return h(
            'div',
            { class: 'table-scroll', role: 'region', 'aria-label': 'Comparison table', tabindex: '0' },
            h(
                'table',
                {},
                h('caption', {}, caption()),
                h(
                    'thead',
                    {},
                    h(
                        'tr',
                        {},
                        h('th', { scope: 'col', class: 'dimension-head' }, 'Dimension'),
                        ...table.columns.map(columnHeader),
                    ),
                ),
                h('tbody', {}, ...body),
            ),
        );
    }

    function emptyState(): E {
        const chosen = table.columns.map((column) =>
            h('li', {}, h('span', { class: 'column-name' }, column.name), columnButton(column, 'remove', undefined, false)),
        );
        return h(
            'section',
            { class: 'empty', 'aria-labelledby': 'empty-title' },
            h('h2', { id: 'empty-title' }, `Choose at least ${model.minColumns} entries to compare`),
            h(
                'p',
                {},
                'Type a name in “Add an entry” or browse the catalog. The command “Stack Guide: Compare…” opens a comparison too.',
            ),
            chosen.length > 0 ? h('p', {}, 'Chosen so far:') : undefined,
            chosen.length > 0 ? h('ul', { class: 'chosen' }, ...chosen) : undefined,
        );
    }

    return [
        toolbar(),
        ...(model.notice === undefined ? [] : [h('p', { class: 'notice', role: 'note' }, icon('info'), model.notice)]),
        enoughColumns ? tableView() : emptyState(),
    ];
}
