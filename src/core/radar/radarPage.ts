import { escapeHtml, pageHead } from '../compare/pageHtml';
import { RINGS } from '../team/teamTypes';
import { CENTER, DOT_RADIUS, layoutRadar, RING_RADII, SIZE, type DotPosition } from './layout';
import { QUADRANT_LABELS, QUADRANTS, RING_LABELS, type RadarItem, type RadarModel } from './radarModel';

/** What the page needs from the webview; every URI is a webview resource URI. */
export interface RadarResources {
    readonly nonce: string;
    readonly cspSource: string;
    readonly scriptUri: string;
    readonly styleUri: string;
}

const text = escapeHtml;

/** "Hold · Libraries · in this workspace": the words a screen reader says for a dot, and the table's cells. */
function usageText(item: RadarItem): string {
    return item.inWorkspace === undefined ? 'not checked' : item.inWorkspace ? 'in this workspace' : 'not in this workspace';
}

function dotLabel(item: RadarItem): string {
    return [item.label, RING_LABELS[item.ring], QUADRANT_LABELS[item.quadrant], usageText(item)].join(', ');
}

/** The picture's frame: ring circles with their names, and the quadrant lines with theirs. */
function backdrop(): string {
    const rings = RINGS.map((ring) => `<circle class="ring ring-${ring}" cx="${CENTER}" cy="${CENTER}" r="${RING_RADII[ring]}"/>`);
    const ringNames = RINGS.map((ring) => `<text class="ring-name" x="${CENTER}" y="${CENTER - RING_RADII[ring] + 14}">${RING_LABELS[ring]}</text>`);
    const outer = RING_RADII.hold;
    const lines = `<line class="axis" x1="${CENTER - outer}" y1="${CENTER}" x2="${CENTER + outer}" y2="${CENTER}"/><line class="axis" x1="${CENTER}" y1="${CENTER - outer}" x2="${CENTER}" y2="${CENTER + outer}"/>`;
    // Clockwise from the top right, as layout.ts places the quadrants.
    const corners: readonly [number, number, string][] = [
        [SIZE - 4, 16, 'end'],
        [SIZE - 4, SIZE - 6, 'end'],
        [4, SIZE - 6, 'start'],
        [4, 16, 'start'],
    ];
    const quadrantNames = QUADRANTS.map((quadrant, index) => {
        const [x, y, anchor] = corners[index]!;
        return `<text class="quadrant-name" x="${x}" y="${y}" text-anchor="${anchor}">${QUADRANT_LABELS[quadrant]}</text>`;
    });
    return [...rings, lines, ...ringNames, ...quadrantNames].join('\n');
}

function dot(item: RadarItem, position: DotPosition, index: number): string {
    const used = item.inWorkspace === true;
    const mark = used ? `<circle class="mark" cx="${position.x}" cy="${position.y}" r="${DOT_RADIUS + 2.5}"/>` : '';
    return `<g class="dot${used ? ' used' : ''}" data-ring="${item.ring}" data-index="${index}" tabindex="0" role="img" aria-label="${text(dotLabel(item))}" aria-describedby="detail-${index}">${mark}<circle class="core ring-${item.ring}" cx="${position.x}" cy="${position.y}" r="${DOT_RADIUS}"/><title>${text(item.label)}</title></g>`;
}

/** The text shown beside the picture while a dot has focus: its note and since-date. */
function detail(item: RadarItem, index: number): string {
    const since = item.since === undefined ? '' : `<p class="since">Since ${text(item.since)}</p>`;
    const note = item.note === undefined ? '<p class="note none">No note.</p>' : `<p class="note">${text(item.note)}</p>`;
    // The index, not the entry id, travels back: the extension looks the item up in what it drew.
    const open = item.entryId === undefined ? '' : `<p><button type="button" class="open-entry" data-index="${index}">Show Details</button></p>`;
    return `<div class="detail" id="detail-${index}" hidden><h2>${text(item.label)}</h2><p class="meta">${RING_LABELS[item.ring]} · ${QUADRANT_LABELS[item.quadrant]} · ${usageText(item)}</p><p class="subject"><code>${text(item.subject)}</code></p>${note}${since}${open}</div>`;
}

function legend(): string {
    const rings = RINGS.map((ring) => `<li><svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><circle class="core ring-${ring}" cx="6" cy="6" r="${DOT_RADIUS}"/></svg>${RING_LABELS[ring]}</li>`);
    const mark = `<li><svg class="swatch" viewBox="0 0 18 18" aria-hidden="true"><circle class="mark" cx="9" cy="9" r="${DOT_RADIUS + 2.5}"/><circle class="core" cx="9" cy="9" r="${DOT_RADIUS}"/></svg>Used in this workspace</li>`;
    return `<ul class="legend" aria-label="Legend">${rings.join('')}${mark}</ul>`;
}

function table(model: RadarModel): string {
    const rows = model.items.map(
        (item) =>
            `<tr data-ring="${item.ring}"><th scope="row">${text(item.label)}</th><td>${RING_LABELS[item.ring]}</td><td>${QUADRANT_LABELS[item.quadrant]}</td><td>${usageText(item)}</td><td>${text(item.note ?? '')}</td><td>${text(item.since ?? '')}</td></tr>`,
    );
    return `<table id="radar-table"><caption>${text(model.title)}: every item on the radar</caption><thead><tr><th scope="col">Item</th><th scope="col">Ring</th><th scope="col">Quadrant</th><th scope="col">Workspace</th><th scope="col">Note</th><th scope="col">Since</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function radarBody(model: RadarModel): string {
    const positions = layoutRadar(model.items);
    const dots = model.items.map((item, index) => dot(item, positions[index]!, index)).join('\n');
    const used = model.items.filter((item) => item.inWorkspace === true).length;
    return `<header><h1>${text(model.title)}</h1><p class="summary">${model.items.length} ${model.items.length === 1 ? 'item' : 'items'} · ${used} used in this workspace</p><button id="toggle-table" type="button" aria-pressed="false">Show as Table</button></header>
<div class="radar" id="radar-picture">
<svg viewBox="0 0 ${SIZE} ${SIZE}" role="group" aria-label="${text(model.title)}: radar picture; Tab moves between the dots">
${backdrop()}
${dots}
</svg>
<aside>${legend()}<div id="details" aria-live="polite"><p class="hint" id="detail-hint">Focus a dot (Tab) to read its note.</p>${model.items.map(detail).join('')}</div></aside>
</div>
<div id="table-wrap" class="sr-only">${table(model)}</div>`;
}

/** What a restored tab shows at once, before the team files and the catalog are read. */
function loadingBody(): string {
    return `<p class="loading" role="status">Loading the team radar…</p>`;
}

function emptyBody(): string {
    return `<div class="empty"><h1>No team radar yet</h1><p>This workspace has no team file. Create <code>.vscode/stack-guide.json</code> with a <code>radar</code> list (rings <code>adopt</code>, <code>trial</code>, <code>assess</code>, <code>hold</code>) and this page draws it as soon as the file is saved.</p><p><button id="open-help" type="button">Read “The team file” in the README</button></p></div>`;
}

/**
 * The whole radar page. Built here, not drawn by the webview script, because it is a static
 * picture of data that changes only when a team file is saved: one pure function the unit
 * tests can read (positions, escaping of every team string), a page that reads the same with
 * scripts blocked, and a script left with two jobs (the table toggle, the focused dot's note).
 * Every team and catalog string goes through `escapeHtml`; nothing else is interpolated but
 * numbers and fixed labels.
 */
export function buildRadarHtml(model: RadarModel | undefined, revision: number, resources: RadarResources): string {
    return radarPage(model && model.items.length > 0 ? radarBody(model) : emptyBody(), revision, resources);
}

/**
 * The page a restored radar tab shows while the extension reads the team files: VS Code mounts
 * a restored panel's page only once its serializer returns, so this goes in before anything is read.
 */
export function buildRadarLoadingHtml(resources: RadarResources): string {
    // No script: the page has nothing to switch, and must not report a drawing it does not show.
    return radarPage(loadingBody(), undefined, resources);
}

function radarPage(body: string, revision: number | undefined, resources: RadarResources): string {
    const attr = escapeHtml;
    const script = revision === undefined ? '' : `<script nonce="${attr(resources.nonce)}" src="${attr(resources.scriptUri)}"></script>`;
    return `${pageHead({ nonce: resources.nonce, cspSource: resources.cspSource, styles: [resources.styleUri], title: 'Stack Guide: Team Radar' })}
<body data-revision="${revision ?? ''}">
<main id="app">
${body}
</main>
${script}
</body>
</html>
`;
}
