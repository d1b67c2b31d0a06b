import type * as vscode from 'vscode';

type ShownInput = vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox;

/** The input on screen, and what it does with typed text when VS Code would not report it. */
interface Shown {
    readonly input: ShownInput;
    readonly typed?: (text: string) => void;
}

/**
 * The QuickPick or InputBox this extension has on screen, if any. Only the integration tests
 * use it (through the testing API): they type into it and read its rows as a user would,
 * which no VS Code command can do from an extension host.
 *
 * Kept on the global object, not in a module variable: this small module is bundled into the
 * main bundle and into each lazy chunk that shows a pick (esbuild.mjs), and every copy must
 * see the same slot. The key is registered, so it is the same symbol in every copy.
 */
const SLOT = Symbol.for('stack-guide.shownInput');
const holder = globalThis as { [SLOT]?: Shown };

/**
 * Marks `input` as the one on screen until the returned disposable is disposed. `typed` is the
 * input's own change handler: VS Code reports a value set by the extension for a QuickPick,
 * but not for an InputBox, so the tests' typing reaches an InputBox through it.
 */
export function trackShown(input: ShownInput, typed?: (text: string) => void): vscode.Disposable {
    const shown: Shown = { input, typed };
    holder[SLOT] = shown;
    return {
        dispose: () => {
            if (holder[SLOT] === shown) {
                delete holder[SLOT];
            }
        },
    };
}

export function shownInput(): ShownInput | undefined {
    return holder[SLOT]?.input;
}

/** Puts `text` in the input on screen as if typed; false when none is shown. */
export function typeIntoShown(text: string): boolean {
    const shown = holder[SLOT];
    if (shown === undefined) {
        return false;
    }
    shown.input.value = text;
    shown.typed?.(text);
    return true;
}
