/**
 * Every message the recommendation page sends the extension, and the state it keeps for a
 * window reload. The page is a web page, so what it sends is untrusted: the extension takes a
 * message only if it has exactly these fields with these shapes (and then acts only on entries
 * the page shows). The page builds its messages through the same check. The extension sends the
 * page nothing: it writes the whole page, so there is no message to trust the other way.
 */

export type RecommendMessage =
    /** Opens the details of an entry the page shows. */
    | { readonly type: 'openEntry'; readonly id: string }
    /** Compares the frameworks of the stacks shown. */
    | { readonly type: 'compare' }
    /** Asks the questions again, starting from the answers shown. */
    | { readonly type: 'changeAnswers' };

export type RecommendAction = RecommendMessage['type'];

/** What the page keeps with `setState`: the answers it shows, checked again when a reload restores it. */
export interface RecommendWebviewState {
    readonly answers: unknown;
}

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const isEntryId = (value: unknown): value is string => typeof value === 'string' && value.length <= 100 && ENTRY_ID.test(value);
const isPlainRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields each message may have besides `type`. */
const FIELDS: Readonly<Record<RecommendAction, readonly string[]>> = { openEntry: ['id'], compare: [], changeAnswers: [] };

/** The message if the page may send it, exactly (no missing, extra or odd fields), otherwise undefined. */
export function parseRecommendMessage(value: unknown): RecommendMessage | undefined {
    if (!isPlainRecord(value) || typeof value.type !== 'string' || !Object.hasOwn(FIELDS, value.type)) {
        return undefined;
    }
    const type = value.type as RecommendAction;
    const allowed = FIELDS[type];
    if (!Object.keys(value).every((key) => key === 'type' || allowed.includes(key))) {
        return undefined;
    }
    switch (type) {
        case 'openEntry':
            return isEntryId(value.id) ? { type, id: value.id } : undefined;
        case 'compare':
        case 'changeAnswers':
            return { type };
    }
}

/** The message a clicked control stands for, from its `data-action` and `data-id`; undefined for anything else. */
export function messageForAction(action: string | undefined, id: string | undefined): RecommendMessage | undefined {
    return parseRecommendMessage(id === undefined ? { type: action } : { type: action, id });
}

/** The saved state if it has answers to restore (their check is the extension's), otherwise undefined. */
export function parseRecommendState(value: unknown): RecommendWebviewState | undefined {
    return isPlainRecord(value) && isPlainRecord(value.answers) ? { answers: value.answers } : undefined;
}
