import type { DocumentLike, ElementLike } from '../../../src/webview/compare/dom';

/** Just enough of the DOM for render.ts, keeping text and elements apart so tests can tell. */
export class FakeElement implements ElementLike<FakeElement> {
    readonly attributes = new Map<string, string>();
    readonly children: (FakeElement | string)[] = [];

    constructor(readonly tagName: string) {}

    setAttribute(name: string, value: string): void {
        this.attributes.set(name, value);
    }

    append(...nodes: (FakeElement | string)[]): void {
        this.children.push(...nodes);
    }

    get text(): string {
        return this.children.map((child) => (typeof child === 'string' ? child : child.text)).join('');
    }

    /** This element and every element below it, depth first. */
    *elements(): Generator<FakeElement> {
        yield this;
        for (const child of this.children) {
            if (typeof child !== 'string') {
                yield* child.elements();
            }
        }
    }

    /** Every text node below this element. */
    *texts(): Generator<string> {
        for (const child of this.children) {
            if (typeof child === 'string') {
                yield child;
            } else {
                yield* child.texts();
            }
        }
    }

    findAll(predicate: (element: FakeElement) => boolean): FakeElement[] {
        return [...this.elements()].filter(predicate);
    }
}

export const fakeDocument: DocumentLike<FakeElement> = { createElement: (tagName) => new FakeElement(tagName) };

/** Wraps rendered nodes in one root so a test can search them all. */
export function root(nodes: FakeElement[]): FakeElement {
    const element = new FakeElement('main');
    element.append(...nodes);
    return element;
}

export const byTag =
    (tagName: string) =>
    (element: FakeElement): boolean =>
        element.tagName === tagName;
