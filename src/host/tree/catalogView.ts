import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { CATALOG_VIEW_ID, ContextKeys } from '../../core/contributions';
import type { CatalogTree } from '../../core/tree/catalogTreeModel';
import { filterViewState, revealStep } from '../../core/tree/filterPolicy';
import type { TeamSource } from '../team/teamSource';
import { CatalogTreeProvider, type SidebarNode } from './catalogTreeProvider';
import { trackShown } from '../ui/shownInput';

/** Long enough to skip the keys of a word typed in one go, short enough to feel live. */
const FILTER_DELAY_MS = 150;

/** The catalog tree view with its filter: what the Filter…, Clear Filter and Show Entry commands drive. */
export class CatalogView implements vscode.Disposable {
    readonly provider: CatalogTreeProvider;
    readonly view: vscode.TreeView<SidebarNode>;

    constructor(catalog: CatalogSource, team?: TeamSource) {
        this.provider = new CatalogTreeProvider(catalog, team);
        this.view = vscode.window.createTreeView<SidebarNode>(CATALOG_VIEW_ID, {
            treeDataProvider: this.provider,
            showCollapseAll: true,
            canSelectMany: true,
        });
    }

    /** Filters the tree, and tells the title and the menus whether a filter is on and matches anything. */
    async applyFilter(filter: string): Promise<CatalogTree> {
        this.provider.setFilter(filter);
        const tree = await this.provider.model();
        const state = filterViewState(this.provider.filter, tree, vscode.l10n);
        this.view.description = state.description;
        await vscode.commands.executeCommand('setContext', ContextKeys.filterActive, state.filterActive);
        await vscode.commands.executeCommand('setContext', ContextKeys.filterEmpty, state.filterEmpty);
        return tree;
    }

    /**
     * Asks for the filter text, starting from the current one, and filters the tree as the user
     * types (after a short pause, so a fast typist does not rebuild it per key). Enter keeps the
     * filter; Escape puts back the one from before.
     */
    askFilter(): Promise<void> {
        const before = this.provider.filter;
        const input = vscode.window.createInputBox();
        input.title = vscode.l10n.t('Filter Stack Guide');
        input.prompt = vscode.l10n.t('Show entries whose name, alias, category or use case has a word starting with this text');
        input.placeholder = vscode.l10n.t('e.g. orm, realtime, flask');
        input.value = before;
        let timer: ReturnType<typeof setTimeout> | undefined;
        let latest = Promise.resolve();
        const apply = (text: string): void => {
            clearTimeout(timer);
            // A failed rebuild (the catalog did not load) is reported by the tree itself; the chain goes on.
            latest = latest.then(() => this.applyFilter(text)).then(
                () => undefined,
                () => undefined,
            );
        };
        const typed = (text: string): void => {
            clearTimeout(timer);
            timer = setTimeout(() => apply(text), FILTER_DELAY_MS);
        };
        return new Promise((resolve) => {
            let accepted = false;
            const subscriptions = [
                input.onDidChangeValue(typed),
                input.onDidAccept(() => {
                    accepted = true;
                    apply(input.value);
                    input.hide();
                }),
                input.onDidHide(() => {
                    if (!accepted) {
                        apply(before);
                    }
                    subscriptions.forEach((subscription) => subscription.dispose());
                    input.dispose();
                    void latest.then(resolve);
                }),
                trackShown(input, typed),
            ];
            input.show();
        });
    }

    /** Reveals and selects an entry's row, expanding its parents; false when there is no such entry. */
    async reveal(entryId: string): Promise<boolean> {
        let step = revealStep(await this.provider.model(), this.provider.filter, entryId);
        if (step.kind === 'clear-filter') {
            step = revealStep(await this.applyFilter(''), this.provider.filter, entryId);
        }
        if (step.kind !== 'reveal') {
            return false;
        }
        await this.view.reveal(step.node, { select: true, focus: true, expand: true });
        return true;
    }

    dispose(): void {
        this.view.dispose();
        this.provider.dispose();
    }
}
