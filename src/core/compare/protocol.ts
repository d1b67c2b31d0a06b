/**
 * Every message between the comparison panel and its webview, both ways. A webview is a web
 * page, so what it sends is untrusted input: the extension checks it field by field against
 * the table below and drops anything else. The checks are plain guards rather than a schema
 * library: the messages are eight small shapes whose rejection needs no explanation, and zod
 * (even zod/mini, some 35 KB here) would outweigh the whole panel in the runtime bundle.
 */
import type { CellValue, DimensionKind } from '../catalog/entryFacts';
import type { Kind } from '../catalog/vocabulary';

export type { CellValue };

export interface TableColumn {
    readonly id: string;
    readonly name: string;
    readonly kind: Kind;
    readonly summary: string;
}

/** A dimension without its accessor, so the model stays plain JSON for the webview. */
export interface RowDimension {
    readonly id: string;
    readonly label: string;
    readonly kind: DimensionKind;
}

export interface TableRow {
    readonly dimension: RowDimension;
    /** One cell per column, in column order. */
    readonly cells: readonly CellValue[];
    /** True when at least two columns hold different values (lists as sets; never for links). */
    readonly differs: boolean;
}

export interface TableModel {
    readonly columns: readonly TableColumn[];
    readonly rows: readonly TableRow[];
}

/** The rows the "Only differences" toggle leaves visible. */
export function visibleRows(model: TableModel, onlyDifferences: boolean): readonly TableRow[] {
    return onlyDifferences ? model.rows.filter((row) => row.differs) : model.rows;
}

/** An entry the webview's "Add" field can offer; labels are unique among the options. */
export interface PickerOption {
    readonly id: string;
    readonly label: string;
}

export interface CompareViewModel {
    /** Increases with every model the extension posts; `rendered` echoes it back. */
    readonly revision: number;
    readonly table: TableModel;
    /** Catalog entries not in the table, for the add field. */
    readonly addable: readonly PickerOption[];
    readonly minColumns: number;
    readonly maxColumns: number;
    /** Why the table is not exactly what was asked for (unknown ids, too many entries). */
    readonly notice?: string;
    /** The name of the entry the last change removed, while `undoRemove` can bring it back. */
    readonly removed?: string;
}

/**
 * The comparison page's own words, in the display language. The page's script runs in the
 * webview, which cannot call vscode.l10n: the extension translates these once (comparePageText)
 * and hands them to the page in its HTML (buildShellHtml). A message with `{0}` stays a template (l10n.t
 * keeps a placeholder it has no value for): the page fills it with `fillPlaceholders`, since
 * only the page knows the names and counts that go into it.
 */
export interface ComparePageText {
    /** The page's heading, and its `<title>` after "Stack Guide: ". */
    readonly heading: string;
    /** Shown until the extension posts the first model. */
    readonly loading: string;
    readonly onlyDifferences: string;
    readonly copyMarkdown: string;
    /** The add field's label. */
    readonly addLabel: string;
    readonly add: string;
    readonly browse: string;
    /** `{0}`: the most entries a comparison shows. */
    readonly addLimit: string;
    /** `{0}`: what was typed into the add field. */
    readonly notAddable: string;
    /** `{0}`: the name of the entry just removed (also in `bringBack`). */
    readonly removed: string;
    readonly bringBack: string;
    readonly undo: string;
    /** `{0}`: a column's entry (also in `moveLeft` and `moveRight`). */
    readonly removeColumn: string;
    readonly moveLeft: string;
    readonly moveRight: string;
    /** The table's region, for screen readers. */
    readonly tableLabel: string;
    /** The head of the column of dimension names. */
    readonly dimension: string;
    /** `{0}`: the entries' names as a list; `{1}` of `{2}` dimensions differ. */
    readonly caption: string;
    /** Added to the caption while "Only differences" is on. */
    readonly captionOnlyDifferences: string;
    /** How the caption's list ends: `{0}` the names before the last, `{1}` the last one. */
    readonly listEnd: string;
    readonly judgementBadge: string;
    readonly differsBadge: string;
    readonly noDifferences: string;
    /** An empty cell. */
    readonly notStated: string;
    readonly noRationale: string;
    /** `{0}`: a judgement's rationale (a cell's tooltip). */
    readonly ourJudgement: string;
    /** The disclosure that opens a judgement's rationale. */
    readonly why: string;
    readonly source: string;
    /** Read after "Source" by screen readers: `{0}` the dimension, `{1}` the entry. */
    readonly sourceOf: string;
    /** `{0}`: the fewest entries a comparison shows. */
    readonly emptyHeading: string;
    readonly emptyHelp: string;
    readonly chosenSoFar: string;
}

/**
 * The attribute of the page's root (`#app`) that carries the page's words in the display
 * language (ComparePageText) as JSON: they are the page's from its first paint, for its life.
 */
export const PAGE_TEXT_ATTRIBUTE = 'data-text';

/** Extension → webview. */
export type HostMessage =
    | { readonly type: 'model'; readonly model: CompareViewModel }
    /** A short confirmation for the webview's live region, e.g. after copying. */
    | { readonly type: 'status'; readonly text: string };

/** Webview → extension. */
export type WebviewMessage =
    /** The script is listening; the extension answers with the current model. */
    | { type: 'ready' }
    /** The table for `revision` is in the DOM. */
    | { type: 'rendered'; revision: number }
    | { type: 'remove'; id: string }
    /** Brings back the column the last change removed (the model's `removed`). */
    | { type: 'undoRemove' }
    | { type: 'move'; id: string; offset: -1 | 1 }
    | { type: 'add'; id: string }
    /** Asks the extension to show its QuickPick of entries to add. */
    | { type: 'pickEntry' }
    | { type: 'copyMarkdown'; onlyDifferences: boolean };

/** What the webview keeps with `setState`, handed back to the serializer after a reload. */
export interface CompareWebviewState {
    ids: string[];
    onlyDifferences: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export function isHostMessage(value: unknown): value is HostMessage {
    if (!isRecord(value)) {
        return false;
    }
    switch (value.type) {
        case 'model':
            return isRecord(value.model) && typeof value.model.revision === 'number' && isRecord(value.model.table);
        case 'status':
            return typeof value.text === 'string';
        default:
            return false;
    }
}

type Check = (value: unknown) => boolean;

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isEntryId: Check = (value) => typeof value === 'string' && value.length <= 100 && ENTRY_ID.test(value);
const isBoolean: Check = (value) => typeof value === 'boolean';

/** The fields of one kind of message, other than its `type`. */
type FieldsOf<T extends WebviewMessage['type']> = Exclude<keyof Extract<WebviewMessage, { type: T }>, 'type'>;

/**
 * Each message type with a check for each of its fields; the compiler holds this table to the
 * WebviewMessage union, so a new message cannot be added without saying how it is checked.
 */
const MESSAGE_FIELDS: { readonly [T in WebviewMessage['type']]: Readonly<Record<FieldsOf<T>, Check>> } = {
    ready: {},
    rendered: { revision: (value) => Number.isSafeInteger(value) && (value as number) >= 0 },
    remove: { id: isEntryId },
    undoRemove: {},
    move: { id: isEntryId, offset: (value) => value === -1 || value === 1 },
    add: { id: isEntryId },
    pickEntry: {},
    copyMarkdown: { onlyDifferences: isBoolean },
};

const isPlainRecord = (value: unknown): value is Record<string, unknown> => isRecord(value) && !Array.isArray(value);

/** The message if it is one the webview may send, exactly (no missing, extra or odd fields), otherwise undefined. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
    if (!isPlainRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(MESSAGE_FIELDS, value.type)) {
        return undefined;
    }
    const checks: Readonly<Record<string, Check>> = MESSAGE_FIELDS[value.type as WebviewMessage['type']];
    const keys = Object.keys(value);
    const known = keys.every((key) => key === 'type' || Object.hasOwn(checks, key));
    const valid = Object.entries(checks).every(([key, check]) => check(value[key]));
    // A copy, so that nothing the page attached to the object travels further.
    return known && valid ? (Object.fromEntries(keys.map((key) => [key, value[key]])) as WebviewMessage) : undefined;
}

/**
 * The persisted webview state if its ids are usable, otherwise undefined. Lenient on purpose:
 * state written by an older version should still restore the ids, so other fields are ignored
 * and a missing or odd `onlyDifferences` reads as false.
 */
export function parseWebviewState(value: unknown): CompareWebviewState | undefined {
    if (!isPlainRecord(value) || !Array.isArray(value.ids) || value.ids.length > 50) {
        return undefined;
    }
    // Array.from turns the holes of a sparse array into undefined, which the check then sees.
    const ids: unknown[] = Array.from(value.ids as unknown[]);
    return ids.every(isEntryId) ? { ids: ids as string[], onlyDifferences: value.onlyDifferences === true } : undefined;
}
