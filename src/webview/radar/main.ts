/// <reference lib="dom" />
/**
 * The radar page's script. The extension builds the page (core/radar/radarPage.ts); this only
 * switches between the picture and the table, shows the focused dot's note, passes on a dot's
 * "Show Details", and tells the extension what the page shows. It never writes markup: it
 * moves the `hidden` attribute.
 */
import type { RadarDrawn, RadarWebviewMessage } from '../../core/radar/protocol';

interface VsCodeApi {
    postMessage(message: RadarWebviewMessage): void;
    getState(): unknown;
    setState(state: { table: boolean }): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const RINGS = ['adopt', 'trial', 'assess', 'hold'] as const;

/** The table toggle survives a redraw and a reload through the webview state. */
function readTableState(state: unknown): boolean {
    return typeof state === 'object' && state !== null && (state as { table?: unknown }).table === true;
}

function showTable(table: boolean): void {
    const picture = document.getElementById('radar-picture');
    const wrap = document.getElementById('table-wrap');
    const toggle = document.getElementById('toggle-table');
    if (!picture || !wrap || !toggle) {
        return;
    }
    // The table is always in the page for screen readers; the toggle makes it the visible view.
    picture.hidden = table;
    wrap.classList.toggle('sr-only', !table);
    toggle.setAttribute('aria-pressed', String(table));
    // The page carries both labels in the display language (core/radar/radarPage.ts).
    toggle.textContent = (table ? toggle.dataset.showPicture : toggle.dataset.showTable) ?? '';
    vscode.setState({ table });
}

function showDetail(index: string | undefined): void {
    document.querySelectorAll<HTMLElement>('.detail').forEach((element) => {
        element.hidden = element.id !== `detail-${index}`;
    });
    const hint = document.getElementById('detail-hint');
    if (hint) {
        hint.hidden = index !== undefined;
    }
}

function drawn(): RadarDrawn {
    const count = (selector: string): number => document.querySelectorAll(selector).length;
    const dots = { adopt: 0, trial: 0, assess: 0, hold: 0 };
    for (const ring of RINGS) {
        dots[ring] = count(`.dot[data-ring="${ring}"]`);
    }
    return { dots, tableRows: count('#radar-table tbody tr'), marked: count('.dot.used'), empty: document.querySelector('.empty') !== null };
}

document.addEventListener('focusin', (event) => {
    const dot = event.target instanceof Element ? event.target.closest<SVGGElement>('.dot') : null;
    if (dot) {
        showDetail(dot.dataset.index);
    }
});

// Enter on a focused dot does what its note's "Show Details" button does, when it has one.
document.addEventListener('keydown', (event) => {
    const dot = event.target instanceof Element ? event.target.closest<SVGGElement>('.dot') : null;
    const button = dot ? document.querySelector<HTMLButtonElement>(`#detail-${dot.dataset.index ?? ''} .open-entry`) : null;
    if (event.key === 'Enter' && button) {
        button.click();
    }
});

document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest('#toggle-table')) {
        showTable(document.getElementById('radar-picture')?.hidden !== true);
    } else if (target?.closest('#open-help')) {
        vscode.postMessage({ type: 'openHelp' });
    } else if (target?.closest('.open-entry')) {
        const index = Number(target.closest<HTMLElement>('.open-entry')?.dataset.index);
        if (Number.isSafeInteger(index)) {
            vscode.postMessage({ type: 'openEntry', index });
        }
    } else {
        const dot = target?.closest<SVGGElement>('.dot');
        if (dot) {
            dot.focus();
        }
    }
});

showTable(readTableState(vscode.getState()));
vscode.postMessage({ type: 'ready' });
vscode.postMessage({ type: 'rendered', revision: Number(document.body.dataset.revision ?? '0'), ...drawn() });
