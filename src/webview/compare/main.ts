/// <reference lib="dom" />
/**
 * The comparison webview's script: draws the model the extension posts, keeps the ids in the
 * webview state for the serializer, and turns clicks into protocol messages. All drawing is
 * in render.ts, which only creates elements and text nodes.
 */
import { isHostMessage, PAGE_TEXT_ATTRIBUTE, type ComparePageText, type CompareViewModel, type CompareWebviewState, type WebviewMessage } from '../../core/compare/protocol';
import { fillPlaceholders } from '../../core/text/l10n';
import { actionSelector, ELEMENT_IDS, FOCUS_ATTRIBUTE, focusFallbacks, messageFor, readAction } from './controls';
import { renderCompare } from './render';

interface VsCodeApi {
    postMessage(message: WebviewMessage): void;
    getState(): unknown;
    setState(state: CompareWebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app');
const status = document.getElementById('status');
const text = readPageText(app);

let model: CompareViewModel | undefined;
let onlyDifferences = readOnlyDifferences(vscode.getState());
/** Shown under the add field until its text changes or a new model comes. */
let addError: string | undefined;

/**
 * The longest `rendered` waits for the page's fonts: less than the extension's render
 * timeout, so a font that never arrives only costs its icons, not the confirmation.
 */
const FONT_WAIT_MS = 3000;

/**
 * The codicon font is the only resource the page fetches after its script has run (the
 * stylesheets and the script load before it). Starting its load now overlaps it with the
 * `ready` → `model` round trip instead of waiting for the first layout that uses an icon.
 */
const iconFontLoaded: Promise<unknown> = document.fonts.load('16px codicon').catch(() => undefined);

/**
 * Resolves once every font the drawn page uses has loaded (or failed), or after FONT_WAIT_MS.
 *
 * `rendered` waits for this so that nothing the page loads is still in flight when the
 * extension (or a test) acts on it, e.g. closes the panel at once. In VS Code for the web
 * (code-server) every webview's resources come through one service worker shared by all
 * webviews; a resource request still pending when its webview is disposed is never answered
 * and keeps that worker busy for its 30 s timeout, and until then the next webview's worker
 * cannot take over, so the next panel stays blank: its page, and so its script, never loads.
 */
function resourcesSettled(): Promise<void> {
    // Reading the layout makes the browser start loading any font the new nodes use now.
    void document.body.getBoundingClientRect();
    return new Promise((resolve) => {
        const timer = setTimeout(resolve, FONT_WAIT_MS);
        void Promise.all([iconFontLoaded, document.fonts.ready.catch(() => undefined)]).then(() => {
            clearTimeout(timer);
            resolve();
        });
    });
}

/**
 * The page's words in the display language, which the extension wrote into the page (see
 * buildShellHtml): the webview cannot ask vscode.l10n itself. Without them nothing is drawn.
 */
function readPageText(root: HTMLElement | null): ComparePageText | undefined {
    try {
        return JSON.parse(root?.getAttribute(PAGE_TEXT_ATTRIBUTE) ?? '') as ComparePageText;
    } catch (error) {
        console.error('Stack Guide compare: the page has no words to draw with', error);
        return undefined;
    }
}

/** The toggle survives a reload through the webview state; anything odd there means "off". */
function readOnlyDifferences(state: unknown): boolean {
    return typeof state === 'object' && state !== null && (state as { onlyDifferences?: unknown }).onlyDifferences === true;
}

function announce(text: string): void {
    if (status) {
        // Clearing first makes a screen reader announce the same text twice in a row.
        status.textContent = '';
        status.textContent = text;
    }
}

/** Focuses the control `key` named before the redraw, a neighbour of it, or failing those the table. */
function restoreFocus(root: HTMLElement, key: string | undefined): void {
    if (key === undefined) {
        return;
    }
    const selectors = [
        ...focusFallbacks(key).map((candidate) => `[${FOCUS_ATTRIBUTE}="${CSS.escape(candidate)}"]`),
        actionSelector('remove'),
        '.table-scroll',
    ];
    for (const selector of selectors) {
        const element = root.querySelector<HTMLElement>(selector);
        if (element && !element.matches(':disabled')) {
            element.focus();
            return;
        }
    }
}

function addInput(): HTMLInputElement | undefined {
    const input = document.getElementById(ELEMENT_IDS.addInput);
    return input instanceof HTMLInputElement ? input : undefined;
}

function draw(): void {
    if (!model || !app || !text) {
        return;
    }
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.getAttribute(FOCUS_ATTRIBUTE) ?? undefined : undefined;
    // The add field is drawn anew too: what the user was typing must survive the redraw.
    const typed = addInput()?.value ?? '';
    app.replaceChildren(...renderCompare(document, model, { text, onlyDifferences, addError }));
    app.setAttribute('aria-busy', 'false');
    const input = addInput();
    if (input && !input.disabled) {
        input.value = typed;
    }
    restoreFocus(app, focused);
    vscode.setState({ ids: model.table.columns.map((column) => column.id), onlyDifferences });
}

function post(message: WebviewMessage): void {
    vscode.postMessage(message);
}

/** Tells the extension that `revision` is drawn, once its fonts are in (see resourcesSettled). */
async function reportRendered(revision: number): Promise<void> {
    await resourcesSettled();
    post({ type: 'rendered', revision });
}

window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isHostMessage(message)) {
        console.warn('Stack Guide compare: ignored an unknown message', message);
        return;
    }
    switch (message.type) {
        case 'model':
            model = message.model;
            // A confirmation or error from before no longer describes what is shown.
            announce('');
            addError = undefined;
            draw();
            void reportRendered(message.model.revision);
            break;
        case 'status':
            announce(message.text);
            break;
    }
});

document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(actionSelector()) : null;
    const button = target && !target.matches(':disabled') ? readAction(target.dataset) : undefined;
    if (button) {
        post(messageFor(button, onlyDifferences));
    }
});

document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.id === ELEMENT_IDS.onlyDifferences) {
        onlyDifferences = event.target.checked;
        draw();
    }
});

/** Matches what was typed to an entry: its label, ignoring case, or its id. */
function findAddable(typed: string): string | undefined {
    const wanted = typed.trim().toLowerCase();
    return model?.addable.find((option) => option.label.toLowerCase() === wanted || option.id === wanted)?.id;
}

document.addEventListener('submit', (event) => {
    // Without the page's words no form was drawn.
    if (!(event.target instanceof HTMLFormElement) || event.target.id !== ELEMENT_IDS.addForm || !text) {
        return;
    }
    event.preventDefault();
    const input = addInput();
    if (!input || input.value.trim() === '') {
        return;
    }
    const id = findAddable(input.value);
    if (id === undefined) {
        // Under the field, where the user is looking, and to screen readers.
        addError = fillPlaceholders(text.notAddable, input.value.trim());
        draw();
        announce(addError);
        return;
    }
    input.value = '';
    post({ type: 'add', id });
});

document.addEventListener('input', (event) => {
    if (addError !== undefined && event.target instanceof HTMLInputElement && event.target.id === ELEMENT_IDS.addInput) {
        addError = undefined;
        draw();
    }
});

/** Ctrl+Z (Cmd+Z on a Mac) outside the text field brings back the column just removed. */
document.addEventListener('keydown', (event) => {
    const undo = (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
    // In the add field the keys undo typing, as everywhere else.
    const typing = event.target instanceof HTMLInputElement && event.target.type === 'text';
    if (undo && model?.removed !== undefined && !typing) {
        event.preventDefault();
        post({ type: 'undoRemove' });
    }
});

post({ type: 'ready' });
