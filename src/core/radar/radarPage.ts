import { escapeHtml, pageHead } from '../compare/pageHtml';
import { RINGS } from '../team/teamTypes';
import type { L10n } from '../text/l10n';
import { CENTER, DOT_RADIUS, layoutRadar, RING_RADII, SIZE, type DotPosition } from './layout';
import { quadrantLabels, QUADRANTS, RING_LABELS, type Quadrant, type RadarItem, type RadarModel } from './radarModel';

/** What the page needs from the webview; every URI is a webview resource URI. */
export interface RadarResources {
    readonly nonce: string;
    readonly cspSource: string;
    readonly scriptUri: string;
    readonly styleUri: string;
    /** The display language's tag (`vscode.env.language`), for the page's `lang`. */
    readonly language: string;
}

/** The page's words in the display language, looked up once per page. */
interface Words {
    readonly l10n: L10n;
    readonly quadrants: Readonly<Record<Quadrant, string>>;
    /** The model's title, or "Team radar" when no team file is named. */
    readonly title: string;
}

const text = escapeHtml;

/** "Hold · Libraries · in this workspace": the words a screen reader says for a dot, and the table's cells. */
function usageText(item: RadarItem, { l10n }: Words): string {
    return item.inWorkspace === undefined ? l10n.t('not checked') : item.inWorkspace ? l10n.t('in this workspace') : l10n.t('not in this workspace');
}

function dotLabel(item: RadarItem, words: Words): string {
    return [item.label, RING_LABELS[item.ring], words.quadrants[item.quadrant], usageText(item, words)].join(', ');
}

/** The picture's frame: ring circles with their names, and the quadrant lines with theirs. */
function backdrop(words: Words): string {
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
        return `<text class="quadrant-name" x="${x}" y="${y}" text-anchor="${anchor}">${text(words.quadrants[quadrant])}</text>`;
    });
    return [...rings, lines, ...ringNames, ...quadrantNames].join('\n');
}

function dot(item: RadarItem, position: DotPosition, index: number, words: Words): string {
    const used = item.inWorkspace === true;
    const mark = used ? `<circle class="mark" cx="${position.x}" cy="${position.y}" r="${DOT_RADIUS + 2.5}"/>` : '';
    return `<g class="dot${used ? ' used' : ''}" data-ring="${item.ring}" data-index="${index}" tabindex="0" role="img" aria-label="${text(dotLabel(item, words))}" aria-describedby="detail-${index}">${mark}<circle class="core ring-${item.ring}" cx="${position.x}" cy="${position.y}" r="${DOT_RADIUS}"/><title>${text(item.label)}</title></g>`;
}

/** The text shown beside the picture while a dot has focus: its note and since-date. */
function detail(item: RadarItem, index: number, words: Words): string {
    const { l10n } = words;
    const since = item.since === undefined ? '' : `<p class="since">${text(l10n.t('Since {0}', item.since))}</p>`;
    const note = item.note === undefined ? `<p class="note none">${text(l10n.t('No note.'))}</p>` : `<p class="note">${text(item.note)}</p>`;
    // The index, not the entry id, travels back: the extension looks the item up in what it drew.
    const open = item.entryId === undefined ? '' : `<p><button type="button" class="open-entry" data-index="${index}">${text(l10n.t('Show Details'))}</button></p>`;
    return `<div class="detail" id="detail-${index}" hidden><h2>${text(item.label)}</h2><p class="meta">${RING_LABELS[item.ring]} · ${text(words.quadrants[item.quadrant])} · ${text(usageText(item, words))}</p><p class="subject"><code>${text(item.subject)}</code></p>${note}${since}${open}</div>`;
}

function legend({ l10n }: Words): string {
    const rings = RINGS.map((ring) => `<li><svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><circle class="core ring-${ring}" cx="6" cy="6" r="${DOT_RADIUS}"/></svg>${RING_LABELS[ring]}</li>`);
    const mark = `<li><svg class="swatch" viewBox="0 0 18 18" aria-hidden="true"><circle class="mark" cx="9" cy="9" r="${DOT_RADIUS + 2.5}"/><circle class="core" cx="9" cy="9" r="${DOT_RADIUS}"/></svg>${text(l10n.t('Used in this workspace'))}</li>`;
    return `<ul class="legend" aria-label="${text(l10n.t('Legend'))}">${rings.join('')}${mark}</ul>`;
}

function table(model: RadarModel, words: Words): string {
    const { l10n } = words;
    const rows = model.items.map(
        (item) =>
            `<tr data-ring="${item.ring}"><th scope="row">${text(item.label)}</th><td>${RING_LABELS[item.ring]}</td><td>${text(words.quadrants[item.quadrant])}</td><td>${text(usageText(item, words))}</td><td>${text(item.note ?? '')}</td><td>${text(item.since ?? '')}</td></tr>`,
    );
    const columns = [l10n.t('Item'), l10n.t('Ring'), l10n.t('Quadrant'), l10n.t('Workspace'), l10n.t('Note'), l10n.t('Since')].map((column) => `<th scope="col">${text(column)}</th>`);
    return `<table id="radar-table"><caption>${text(l10n.t('{0}: every item on the radar', words.title))}</caption><thead><tr>${columns.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** "12 items · 3 used in this workspace": one message per count form, so a translation words each whole. */
function summaryText(model: RadarModel, { l10n }: Words): string {
    const used = model.items.filter((item) => item.inWorkspace === true).length;
    const count = model.items.length;
    return count === 1 ? l10n.t('1 item · {0} used in this workspace', used) : l10n.t('{0} items · {1} used in this workspace', count, used);
}

/**
 * The table toggle; the script swaps its text between the two labels the page gives it, as it
 * cannot look up the display language itself.
 */
function tableToggle({ l10n }: Words): string {
    const asTable = l10n.t('Show as Table');
    return `<button id="toggle-table" type="button" aria-pressed="false" data-show-table="${text(asTable)}" data-show-picture="${text(l10n.t('Show as Picture'))}">${text(asTable)}</button>`;
}

function radarBody(model: RadarModel, l10n: L10n): string {
    const words: Words = { l10n, quadrants: quadrantLabels(l10n), title: model.title ?? l10n.t('Team radar') };
    const positions = layoutRadar(model.items);
    const dots = model.items.map((item, index) => dot(item, positions[index]!, index, words)).join('\n');
    return `<header><h1>${text(words.title)}</h1><p class="summary">${text(summaryText(model, words))}</p>${tableToggle(words)}</header>
<div class="radar" id="radar-picture">
<svg viewBox="0 0 ${SIZE} ${SIZE}" role="group" aria-label="${text(l10n.t('{0}: radar picture; Tab moves between the dots', words.title))}">
${backdrop(words)}
${dots}
</svg>
<aside>${legend(words)}<div id="details" aria-live="polite"><p class="hint" id="detail-hint">${text(l10n.t('Focus a dot (Tab) to read its note.'))}</p>${model.items.map((item, index) => detail(item, index, words)).join('')}</div></aside>
</div>
<div id="table-wrap" class="sr-only">${table(model, words)}</div>`;
}

/** What a restored tab shows at once, before the team files and the catalog are read. */
function loadingBody(l10n: L10n): string {
    return `<p class="loading" role="status">${text(l10n.t('Loading the team radar…'))}</p>`;
}

function emptyBody(l10n: L10n): string {
    const code = (value: string): string => `<code>${text(value)}</code>`;
    const rings = RINGS.map(code).join(', ');
    const explanation = l10n.t(
        'This workspace has no team file. Create {0} with a {1} list (rings {2}) and this page draws it as soon as the file is saved.',
        code('.vscode/stack-guide.json'),
        code('radar'),
        rings,
    );
    return `<div class="empty"><h1>${text(l10n.t('No team radar yet'))}</h1><p>${explanation}</p><p><button id="open-help" type="button">${text(l10n.t('Read “The team file” in the README'))}</button></p></div>`;
}

/**
 * The whole radar page. Built here, not drawn by the webview script, because it is a static
 * picture of data that changes only when a team file is saved: one pure function the unit
 * tests can read (positions, escaping of every team string), a page that reads the same with
 * scripts blocked, and a script left with two jobs (the table toggle, the focused dot's note).
 * Every team and catalog string, and every word in the display language, goes through
 * `escapeHtml`; a message that holds markup gets it only through its arguments (a translation
 * brings none: see test/unit/l10n.test.ts).
 */
export function buildRadarHtml(model: RadarModel | undefined, revision: number, resources: RadarResources, l10n: L10n): string {
    const body = model && model.items.length > 0 ? radarBody(model, l10n) : emptyBody(l10n);
    return radarPage(body, revision, resources, l10n);
}

/**
 * The page a restored radar tab shows while the extension reads the team files: VS Code mounts
 * a restored panel's page only once its serializer returns, so this goes in before anything is read.
 */
export function buildRadarLoadingHtml(resources: RadarResources, l10n: L10n): string {
    // No script: the page has nothing to switch, and must not report a drawing it does not show.
    return radarPage(loadingBody(l10n), undefined, resources, l10n);
}

function radarPage(body: string, revision: number | undefined, resources: RadarResources, l10n: L10n): string {
    const attr = escapeHtml;
    const script = revision === undefined ? '' : `<script nonce="${attr(resources.nonce)}" src="${attr(resources.scriptUri)}"></script>`;
    return `${pageHead({ nonce: resources.nonce, cspSource: resources.cspSource, styles: [resources.styleUri], title: l10n.t('Stack Guide: Team Radar'), language: resources.language })}
<body data-revision="${revision ?? ''}">
<main id="app">
${body}
</main>
${script}
</body>
</html>
`;
}
