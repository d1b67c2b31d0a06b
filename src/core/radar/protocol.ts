/**
 * The messages between the radar panel and its webview. The page is built by the extension
 * (radarPage.ts), so nothing travels to the webview; what the webview sends is untrusted input,
 * checked field by field here and dropped when it is anything else.
 */
import { RINGS, type Ring } from '../team/teamTypes';

/** What the page shows once drawn, counted from its DOM: the integration tests read it back. */
export interface RadarDrawn {
    readonly dots: Readonly<Record<Ring, number>>;
    readonly tableRows: number;
    readonly marked: number;
    readonly empty: boolean;
}

/** Webview → extension. */
export type RadarWebviewMessage =
    | { readonly type: 'ready' }
    | ({ readonly type: 'rendered'; readonly revision: number } & RadarDrawn)
    /** The empty state's button: open the README's section on the team file. */
    | { readonly type: 'openHelp' }
    /** A dot's "Show Details": the item's index in the page the extension drew. */
    | { readonly type: 'openEntry'; readonly index: number };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const hasOnly = (value: Record<string, unknown>, keys: readonly string[]): boolean => Object.keys(value).every((key) => keys.includes(key));

function parseDots(value: unknown): Record<Ring, number> | undefined {
    if (!isRecord(value) || !hasOnly(value, RINGS) || !RINGS.every((ring) => isCount(value[ring]))) {
        return undefined;
    }
    return { adopt: value.adopt as number, trial: value.trial as number, assess: value.assess as number, hold: value.hold as number };
}

/** The message if it is exactly one the radar page may send (no missing, extra or odd fields), otherwise undefined. A copy: nothing else the page attached travels on. */
export function parseRadarMessage(value: unknown): RadarWebviewMessage | undefined {
    if (!isRecord(value)) {
        return undefined;
    }
    switch (value.type) {
        case 'ready':
        case 'openHelp':
            return hasOnly(value, ['type']) ? { type: value.type } : undefined;
        case 'openEntry':
            return hasOnly(value, ['type', 'index']) && isCount(value.index) ? { type: 'openEntry', index: value.index } : undefined;
        case 'rendered': {
            const dots = parseDots(value.dots);
            const { revision, tableRows, marked, empty } = value;
            const fits = hasOnly(value, ['type', 'revision', 'dots', 'tableRows', 'marked', 'empty']) && isCount(revision) && isCount(tableRows) && isCount(marked) && typeof empty === 'boolean';
            return fits && dots ? { type: 'rendered', revision, dots, tableRows, marked, empty } : undefined;
        }
        default:
            return undefined;
    }
}
