import type { ComparePageText } from '../../core/compare/protocol';
import { safeHttpsUrl } from '../../core/text/safeUrl';

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

/** Attributes whose value `false` means "leave the attribute out" (e.g. disabled). */
export type Attributes = Readonly<Record<string, string | boolean>>;

/** A child to append; `undefined` is skipped, so optional parts can be written inline. */
export type Child<E> = E | string | undefined;

/** The element helpers every part of the page is drawn with, bound to one document, and the page's words. */
export interface Html<E extends ElementLike<E>> {
    /** The page's words in the display language; templates are filled with `fillPlaceholders`. */
    readonly text: ComparePageText;
    /** An element with these attributes and children. */
    h(tag: string, attributes: Attributes, ...children: Child<E>[]): E;
    /** A codicon, hidden from screen readers (the control around it carries the words). */
    icon(name: string): E;
    /** Text for screen readers only. */
    hidden(text: string): E;
    /** An https link, or its label as plain text when the URL fails the gate. */
    link(label: string | E, url: string | undefined, attributes?: Attributes): E | string;
}

export function htmlFor<E extends ElementLike<E>>(doc: DocumentLike<E>, text: ComparePageText): Html<E> {
    const h = (tag: string, attributes: Attributes, ...children: Child<E>[]): E => {
        const element = doc.createElement(tag);
        for (const [name, value] of Object.entries(attributes)) {
            if (value !== false) {
                element.setAttribute(name, value === true ? '' : value);
            }
        }
        element.append(...children.filter((child): child is E | string => child !== undefined));
        return element;
    };
    return {
        text,
        h,
        icon: (name) => h('span', { class: `codicon codicon-${name}`, 'aria-hidden': 'true' }),
        hidden: (text) => h('span', { class: 'sr-only' }, text),
        link: (label, url, attributes = {}) => {
            const safe = url === undefined ? undefined : safeHttpsUrl(url);
            return safe === undefined ? label : h('a', { ...attributes, href: safe }, label);
        },
    };
}
