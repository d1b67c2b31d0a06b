/**
 * Every message between the comparison panel and its webview, both ways. The extension
 * validates what the webview sends with zod, since a webview is a web page and its messages
 * are untrusted input; the webview checks the shape of what the extension sends with plain
 * guards, which keeps zod out of its bundle.
 */
import { z } from 'zod';
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
    /** True when at least two columns hold different values. */
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
}

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

interface WebviewSchemas {
    readonly message: z.ZodType<WebviewMessage>;
    readonly state: z.ZodType<CompareWebviewState>;
}

let schemas: WebviewSchemas | undefined;

/**
 * Built on first use rather than at module load: top-level zod calls would count as side
 * effects to the bundler and pull all of zod into the webview script, which imports this
 * module for its types and `isHostMessage`.
 */
function webviewSchemas(): WebviewSchemas {
    if (schemas) {
        return schemas;
    }
    const entryId = z.string().max(100).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    schemas = {
        message: z.discriminatedUnion('type', [
            z.strictObject({ type: z.literal('ready') }),
            z.strictObject({ type: z.literal('rendered'), revision: z.number().int().nonnegative() }),
            z.strictObject({ type: z.literal('remove'), id: entryId }),
            z.strictObject({ type: z.literal('move'), id: entryId, offset: z.union([z.literal(-1), z.literal(1)]) }),
            z.strictObject({ type: z.literal('add'), id: entryId }),
            z.strictObject({ type: z.literal('pickEntry') }),
            z.strictObject({ type: z.literal('copyMarkdown'), onlyDifferences: z.boolean() }),
        ]),
        // Lenient on purpose: state written by an older version should still restore the ids.
        state: z.object({
            ids: z.array(entryId).max(50),
            onlyDifferences: z.boolean().catch(false),
        }),
    };
    return schemas;
}

/** The message if it is one the webview may send, otherwise undefined. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
    const result = webviewSchemas().message.safeParse(value);
    return result.success ? result.data : undefined;
}

/** The persisted webview state if it is usable, otherwise undefined. */
export function parseWebviewState(value: unknown): CompareWebviewState | undefined {
    const result = webviewSchemas().state.safeParse(value);
    return result.success ? result.data : undefined;
}
