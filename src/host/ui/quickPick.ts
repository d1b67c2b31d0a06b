import * as vscode from 'vscode';
import { trackShown } from './shownInput';

/**
 * Everything a QuickPick of this extension can be asked to do. `createQuickPick` is used instead
 * of `showQuickPick` because only it has Back and item buttons, steps, and a hook on each change
 * of the selection; every picker shares this one lifecycle so none of them leaks a listener.
 */
export interface QuickPickSpec<I extends vscode.QuickPickItem> {
    readonly title: string;
    readonly placeholder: string;
    readonly items: readonly I[];
    /** Ticked (multi-select) or highlighted (single choice) when the pick opens. */
    readonly selected?: readonly I[];
    readonly canSelectMany?: boolean;
    /** The position in a flow of several picks, shown as "2/3". */
    readonly step?: { readonly number: number; readonly total: number };
    /** Shows the Back button. */
    readonly back?: boolean;
    readonly matchOnDescription?: boolean;
    readonly matchOnDetail?: boolean;
    readonly keepScrollPosition?: boolean;
    /** Keeps the pick open when focus moves elsewhere, so a flow is not lost by a stray click. */
    readonly ignoreFocusOut?: boolean;
    /** Checked on each change of a multi-selection: a message undoes the change and is shown. */
    readonly selectionProblem?: (selected: readonly I[]) => string | undefined;
    /** Checked on accept: a message keeps the pick open and is shown. */
    readonly acceptProblem?: (chosen: readonly I[]) => string | undefined;
    /**
     * The extension's own search: called with the typed text, it returns the rows to show, in
     * order, with those to tick and the one to focus. Rows should set `alwaysShow`, as VS Code
     * still runs its own fuzzy filter over them.
     */
    readonly search?: (value: string) => SearchResult<I>;
    /** Told each change of a multi-selection that was let through. */
    readonly onSelection?: (selected: readonly I[]) => void;
}

export interface SearchResult<I> {
    readonly items: readonly I[];
    readonly selected: readonly I[];
    readonly active?: I;
}

/**
 * Keeps the extension's order while the user types. VS Code honours `sortByLabel` but leaves it
 * out of the stable typings (a proposal since 2019); where it is ignored, VS Code re-sorts by its
 * own label score, and the focused row is still the best match.
 */
function keepOrder(pick: vscode.QuickPick<vscode.QuickPickItem>): void {
    (pick as { sortByLabel?: boolean }).sortByLabel = false;
}

function showSearch<I extends vscode.QuickPickItem>(pick: vscode.QuickPick<I>, result: SearchResult<I>): void {
    pick.items = result.items;
    if (pick.canSelectMany) {
        pick.selectedItems = result.selected;
    }
    if (result.active !== undefined) {
        pick.activeItems = [result.active];
    }
}

function sameItems<I>(a: readonly I[], b: readonly I[]): boolean {
    return a.length === b.length && a.every((item) => b.includes(item));
}

export type QuickPickOutcome<I> =
    | { readonly type: 'accepted'; readonly items: readonly I[] }
    | { readonly type: 'back' }
    | { readonly type: 'itemButton'; readonly item: I; readonly button: vscode.QuickInputButton }
    | { readonly type: 'dismissed' };

function configure<I extends vscode.QuickPickItem>(pick: vscode.QuickPick<I>, spec: QuickPickSpec<I>): void {
    pick.title = spec.title;
    pick.placeholder = spec.placeholder;
    pick.items = spec.items;
    pick.canSelectMany = spec.canSelectMany ?? false;
    pick.step = spec.step?.number;
    pick.totalSteps = spec.step?.total;
    pick.buttons = spec.back ? [vscode.QuickInputButtons.Back] : [];
    pick.matchOnDescription = spec.matchOnDescription ?? false;
    pick.matchOnDetail = spec.matchOnDetail ?? false;
    pick.keepScrollPosition = spec.keepScrollPosition ?? false;
    pick.ignoreFocusOut = spec.ignoreFocusOut ?? false;
    if (spec.search !== undefined) {
        keepOrder(pick);
        showSearch(pick, spec.search(''));
        return;
    }
    const selected = spec.selected ?? [];
    if (pick.canSelectMany) {
        pick.selectedItems = selected;
    } else if (selected.length > 0) {
        pick.activeItems = selected;
    }
}

/** Shows the pick and resolves once, with what the user did; the pick is disposed when it hides. */
export function runQuickPick<I extends vscode.QuickPickItem>(spec: QuickPickSpec<I>): Promise<QuickPickOutcome<I>> {
    return new Promise((resolve) => {
        const pick = vscode.window.createQuickPick<I>();
        configure(pick, spec);
        let settled = false;
        const finish = (outcome: QuickPickOutcome<I>): void => {
            if (!settled) {
                settled = true;
                resolve(outcome);
                pick.hide();
            }
        };
        /**
         * A QuickPick has no validation message in VS Code 1.100's API (only InputBox has
         * one), and the placeholder vanishes as soon as the user types. The title is the
         * documented field that stays in view above the input, so the problem is said there
         * until the next accepted change.
         */
        const complain = (message: string | undefined): string => (pick.title = message === undefined ? spec.title : `${spec.title} \u2014 ${message}`);
        let previous = pick.selectedItems;
        const subscriptions = [
            pick.onDidTriggerButton((button) => {
                if (button === vscode.QuickInputButtons.Back) {
                    finish({ type: 'back' });
                }
            }),
            pick.onDidTriggerItemButton((event) => finish({ type: 'itemButton', item: event.item, button: event.button })),
            pick.onDidChangeSelection((selection) => {
                // Undoing a refused change below reports the restored selection again: that
                // echo must not clear the message the user has yet to read.
                if (sameItems(selection, previous)) {
                    return;
                }
                // A QuickPick cannot cap a multi-selection itself: undo the refused change instead.
                const problem = pick.canSelectMany ? spec.selectionProblem?.(selection) : undefined;
                if (problem !== undefined) {
                    pick.selectedItems = previous;
                    complain(problem);
                    return;
                }
                previous = selection;
                complain(undefined);
                spec.onSelection?.(selection);
            }),
            pick.onDidChangeValue((value) => {
                if (spec.search !== undefined) {
                    showSearch(pick, spec.search(value));
                    previous = pick.selectedItems;
                }
            }),
            pick.onDidAccept(() => {
                const chosen = pick.canSelectMany ? pick.selectedItems : pick.activeItems.slice(0, 1);
                const problem = spec.acceptProblem?.(chosen);
                if (problem !== undefined) {
                    complain(problem);
                } else if (pick.canSelectMany || chosen.length > 0) {
                    finish({ type: 'accepted', items: chosen });
                }
            }),
            pick.onDidHide(() => {
                finish({ type: 'dismissed' });
                subscriptions.forEach((subscription) => subscription.dispose());
                pick.dispose();
            }),
            trackShown(pick as vscode.QuickPick<vscode.QuickPickItem>),
        ];
        pick.show();
    });
}
