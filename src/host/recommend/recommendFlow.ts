import * as vscode from 'vscode';
import type { Catalog } from '../../core/catalog/catalog';
import type { CatalogSource } from '../catalogSource';
import { USE_CASE_LABELS } from '../../core/catalog/labels';
import { USE_CASES, type UseCase } from '../../core/catalog/vocabulary';
import { CommandIds } from '../../core/contributions';
import { AnswersError, MAX_PRIORITIES, parseAnswers, PRIORITIES, PRIORITY_DETAILS, PRIORITY_LABELS, type Answers, type Priority } from '../../core/recommend/answers';
import { resultRows, type ResultAction, type ResultRow } from '../../core/recommend/resultItems';
import { rankStacks, type RankedStack } from '../../core/recommend/scoring';

const TITLE = 'Recommend a Stack';
const QUESTION_COUNT = 3;

type StepResult<T> = { type: 'value'; value: T } | { type: 'back' } | undefined;

interface StepOptions<I extends vscode.QuickPickItem> {
    step: number;
    placeholder: string;
    items: readonly I[];
    selected: readonly I[];
    /** Multi-select with at most this many items; single-select when absent. */
    maxSelected?: number;
    /** Multi-select that needs at least one item. */
    required?: boolean;
}

/**
 * One question of the wizard. Resolves with the chosen items, with 'back', or with undefined
 * when the user dismisses it.
 */
function askStep<I extends vscode.QuickPickItem>(options: StepOptions<I>): Promise<StepResult<readonly I[]>> {
    return new Promise((resolve) => {
        const pick = vscode.window.createQuickPick<I>();
        const many = options.maxSelected !== undefined;
        pick.title = TITLE;
        pick.step = options.step;
        pick.totalSteps = QUESTION_COUNT;
        pick.placeholder = options.placeholder;
        pick.items = options.items;
        pick.canSelectMany = many;
        pick.ignoreFocusOut = true;
        pick.buttons = options.step > 1 ? [vscode.QuickInputButtons.Back] : [];
        if (many) {
            pick.selectedItems = options.selected;
        } else if (options.selected.length > 0) {
            pick.activeItems = options.selected;
        }

        let settled = false;
        const finish = (result: StepResult<readonly I[]>): void => {
            if (!settled) {
                settled = true;
                resolve(result);
                pick.hide();
            }
        };
        let previous = pick.selectedItems;
        const subscriptions = [
            pick.onDidTriggerButton((button) => {
                if (button === vscode.QuickInputButtons.Back) {
                    finish({ type: 'back' });
                }
            }),
            pick.onDidChangeSelection((selection) => {
                // A QuickPick cannot cap a multi-selection itself: undo the extra tick instead.
                if (options.maxSelected !== undefined && selection.length > options.maxSelected) {
                    pick.selectedItems = previous;
                    pick.placeholder = `Choose at most ${options.maxSelected}. ${options.placeholder}`;
                    return;
                }
                previous = selection;
            }),
            pick.onDidAccept(() => {
                const chosen = many ? pick.selectedItems : pick.activeItems.slice(0, 1);
                if ((options.required || !many) && chosen.length === 0) {
                    pick.placeholder = `Choose at least one. ${options.placeholder}`;
                    return;
                }
                finish({ type: 'value', value: chosen });
            }),
            pick.onDidHide(() => {
                finish(undefined);
                subscriptions.forEach((subscription) => subscription.dispose());
                pick.dispose();
            }),
        ];
        pick.show();
    });
}

interface ValueItem<T> extends vscode.QuickPickItem {
    value: T;
}

function askUseCase(current: UseCase | undefined): Promise<StepResult<readonly ValueItem<UseCase>[]>> {
    const items = USE_CASES.map((useCase): ValueItem<UseCase> => ({ label: USE_CASE_LABELS[useCase], value: useCase }));
    return askStep({ step: 1, placeholder: 'What are you building?', items, selected: items.filter((item) => item.value === current) });
}

function askLanguages(catalog: Catalog, current: readonly string[]): Promise<StepResult<readonly ValueItem<string>[]>> {
    const runtimes = catalog.all().filter((entry) => entry.kind === 'runtime');
    const items = languageEntries(catalog).map((language): ValueItem<string> => {
        const runsOn = runtimes.filter((runtime) => runtime.languages.includes(language.id)).map((runtime) => runtime.name);
        return { label: language.name, description: runsOn.length > 0 ? `runs on ${runsOn.join(', ')}` : undefined, value: language.id };
    });
    return askStep({
        step: 2,
        placeholder: 'Which languages does the team know? Tick any, or none',
        items,
        selected: items.filter((item) => current.includes(item.value)),
        maxSelected: items.length,
    });
}

function askPriorities(current: readonly Priority[]): Promise<StepResult<readonly ValueItem<Priority>[]>> {
    const items = PRIORITIES.map((priority): ValueItem<Priority> => ({ label: PRIORITY_LABELS[priority], detail: PRIORITY_DETAILS[priority], value: priority }));
    return askStep({
        step: 3,
        placeholder: 'What matters most? Choose one or two',
        items,
        selected: items.filter((item) => current.includes(item.value)),
        maxSelected: MAX_PRIORITIES,
        required: true,
    });
}

function languageEntries(catalog: Catalog): { id: string; name: string }[] {
    return catalog
        .all()
        .filter((entry) => entry.kind === 'language')
        .sort((a, b) => a.name.localeCompare(b.name));
}

interface RowItem extends vscode.QuickPickItem {
    row?: ResultRow;
}

async function runAction(action: ResultAction): Promise<void> {
    switch (action.type) {
        case 'compare':
            try {
                await vscode.commands.executeCommand(CommandIds.compare, action.ids);
            } catch {
                // The comparison panel ships separately; without it, say so instead of failing.
                void vscode.window.showInformationMessage('The comparison panel is not available in this version of Stack Guide.');
            }
            return;
        case 'documentation':
            await vscode.commands.executeCommand(CommandIds.openDocumentation, action.entry);
            return;
        case 'show':
            await vscode.commands.executeCommand(CommandIds.showEntry, action.entry);
            return;
    }
}

/**
 * The ranked stacks as a QuickPick: the choice is made where the question was asked, each
 * reason gets its own row so it can be read in full, and every row acts (compare the three,
 * open a framework's documentation, reveal the entry a reason cites). Resolves with 'back' when
 * the user wants to change the answers.
 */
function showResults(catalog: Catalog, answers: Answers, stacks: readonly RankedStack[]): Promise<'back' | 'done'> {
    return new Promise((resolve) => {
        const pick = vscode.window.createQuickPick<RowItem>();
        const docsButton = (name: string): vscode.QuickInputButton => ({ iconPath: new vscode.ThemeIcon('book'), tooltip: `Open ${name} Documentation` });
        pick.title = `${TITLE}: ${USE_CASE_LABELS[answers.useCase]}`;
        pick.placeholder = stacks.length > 0 ? 'Choose a stack to open its framework documentation, or a reason to see its entry' : 'The catalog has no framework for this use case yet';
        pick.buttons = [vscode.QuickInputButtons.Back];
        pick.matchOnDescription = true;
        pick.matchOnDetail = true;
        pick.keepScrollPosition = true;
        pick.items = resultRows(stacks, catalog).map((row): RowItem => {
            switch (row.kind) {
                case 'separator':
                    return { label: row.label, kind: vscode.QuickPickItemKind.Separator };
                case 'stack':
                    return { label: row.label, detail: row.detail, buttons: [docsButton(row.documentationName)], row };
                case 'compare':
                case 'reason':
                    return { label: row.label, description: row.description, row };
            }
        });

        let outcome: 'back' | 'done' = 'done';
        const act = (row: ResultRow | undefined): void => {
            if (row && row.kind !== 'separator') {
                pick.hide();
                void runAction(row.action);
            }
        };
        const subscriptions = [
            pick.onDidTriggerButton((button) => {
                if (button === vscode.QuickInputButtons.Back) {
                    outcome = 'back';
                    pick.hide();
                }
            }),
            pick.onDidTriggerItemButton((event) => {
                if (event.item.row?.kind === 'stack') {
                    pick.hide();
                    void runAction({ type: 'documentation', entry: event.item.row.documentationOf });
                }
            }),
            pick.onDidAccept(() => act(pick.activeItems[0]?.row)),
            pick.onDidHide(() => {
                subscriptions.forEach((subscription) => subscription.dispose());
                pick.dispose();
                resolve(outcome);
            }),
        ];
        pick.show();
    });
}

/**
 * The wizard: steps 1–3 ask, step 4 shows the ranking. Given answers, it starts at the ranking;
 * Back from there returns to the priorities with every answer kept. Resolves with the last
 * ranking shown, or undefined when the user left before seeing one.
 */
async function runWizard(catalog: Catalog, start?: Answers): Promise<RankedStack[] | undefined> {
    let useCase = start?.useCase;
    let knownLanguages = start?.knownLanguages ?? [];
    let priorities = start?.priorities ?? [];
    let shown: RankedStack[] | undefined;
    let step = start ? 4 : 1;
    for (;;) {
        if (step === 1 || useCase === undefined) {
            const result = await askUseCase(useCase);
            if (result?.type !== 'value') {
                return shown;
            }
            useCase = result.value[0]?.value;
            step = 2;
        } else if (step === 2) {
            const result = await askLanguages(catalog, knownLanguages);
            if (!result) {
                return shown;
            }
            if (result.type === 'value') {
                knownLanguages = result.value.map((item) => item.value);
            }
            step = result.type === 'back' ? 1 : 3;
        } else if (step === 3) {
            const result = await askPriorities(priorities);
            if (!result) {
                return shown;
            }
            if (result.type === 'value') {
                priorities = result.value.map((item) => item.value);
            }
            step = result.type === 'back' ? 2 : 4;
        } else {
            const answers: Answers = { useCase, knownLanguages, priorities };
            // Ranking is pure and fast, so it is simply recomputed after every change of answers.
            shown = rankStacks(catalog, answers);
            if ((await showResults(catalog, answers, shown)) === 'done') {
                return shown;
            }
            step = 3;
        }
    }
}

const languageIds = (catalog: Catalog): string[] => languageEntries(catalog).map((language) => language.id);

function reportError(error: unknown): void {
    if (error instanceof AnswersError) {
        void vscode.window.showErrorMessage(`Stack Guide: ${error.message}`);
        return;
    }
    const text = error instanceof Error ? error.message : String(error);
    void vscode.window.showErrorMessage(`Stack Guide could not recommend a stack: ${text}`);
}

/** Ranks stacks for the answers without showing anything; rejects with an `AnswersError` for bad answers. */
export async function recommendFor(catalog: CatalogSource, input: unknown): Promise<RankedStack[]> {
    const loaded = await catalog.get();
    return rankStacks(loaded, parseAnswers(input, languageIds(loaded)));
}

/**
 * `stackGuide.recommend`. Without an argument it asks the three questions; with an answers
 * object it skips them, returns the ranked list at once and shows it (its Back button leads to
 * the questions, filled in). Bad answers give an error message, never a stack trace.
 */
export async function runRecommendCommand(catalog: CatalogSource, input: unknown): Promise<RankedStack[] | undefined> {
    try {
        const loaded = await catalog.get();
        if (input === undefined) {
            return await runWizard(loaded);
        }
        const answers = parseAnswers(input, languageIds(loaded));
        const stacks = rankStacks(loaded, answers);
        void runWizard(loaded, answers).catch(reportError);
        return stacks;
    } catch (error) {
        reportError(error);
        return undefined;
    }
}
