import { dimensions, type CellValue, type Dimension, type EntryLookup } from '../catalog/entryFacts';
import { installCommand } from '../catalog/installCommand';
import { categoryLabels, kindLabels } from '../catalog/labels';
import type { CatalogEntry } from '../catalog/schema';
import { escapeHtml, pageHead } from '../compare/pageHtml';
import { CommandIds } from '../contributions';
import { registryPage } from '../hover/registryLinks';
import type { L10n } from '../text/l10n';
import { commandUri } from '../text/markdown';
import { safeHttpsUrl } from '../text/safeUrl';

/**
 * The commands an entry's page may run from its links; the panel enables exactly these by name.
 * Each takes catalog ids only, so a link can do no more than a click in the sidebar could.
 */
export const DETAILS_COMMANDS = [CommandIds.showDetails, CommandIds.compare, CommandIds.copyInstallCommand, CommandIds.showEntry] as const;

/** What the page needs from the webview; every URI is a webview resource URI. */
export interface DetailsResources {
    readonly nonce: string;
    readonly cspSource: string;
    readonly styleUri: string;
    readonly codiconUri: string;
    /** The display language's tag (`vscode.env.language`), for the page's `lang`. */
    readonly language: string;
}

/** Dimensions shown elsewhere on the page (the header, the banner, the relation links). */
const SHOWN_APART = new Set(['kind', 'status', 'alternatives', 'extends', 'builtOn', 'worksWith', 'links', 'strengths', 'tradeoffs']);

const html = escapeHtml;

function icon(name: string): string {
    return `<span class="codicon codicon-${name}" aria-hidden="true"></span>`;
}

function commandLink(label: string, command: (typeof DETAILS_COMMANDS)[number], args: readonly unknown[], codicon?: string): string {
    return `<a href="${html(commandUri(command, args))}">${codicon ? `${icon(codicon)} ` : ''}${html(label)}</a>`;
}

function externalLink(label: string, url: string | undefined, codicon?: string): string {
    const safe = url === undefined ? undefined : safeHttpsUrl(url);
    const text = `${codicon ? `${icon(codicon)} ` : ''}${html(label)}`;
    return safe === undefined ? `<span>${text}</span>` : `<a href="${html(safe)}">${text}</a>`;
}

function actions(entry: CatalogEntry, l10n: L10n): string {
    const items = [
        externalLink(l10n.t('Documentation'), entry.links.docs ?? entry.links.homepage, 'book'),
        ...(entry.links.repository ? [externalLink(l10n.t('Repository'), entry.links.repository, 'repo')] : []),
        ...(installCommand(entry) ? [commandLink(l10n.t('Copy install command'), CommandIds.copyInstallCommand, [entry.id], 'copy')] : []),
        ...(entry.alternatives.length > 0
            ? [commandLink(l10n.t('Compare with alternatives'), CommandIds.compare, [[entry.id, ...entry.alternatives]], 'diff-multiple')]
            : []),
        commandLink(l10n.t('Show in sidebar'), CommandIds.showEntry, [entry.id], 'list-tree'),
    ];
    return `<nav class="actions" aria-label="${html(l10n.t('Actions'))}">${items.join('')}</nav>`;
}

/** A deprecated or unmaintained entry says so first, with its successors one click away. */
function banner(entry: CatalogEntry, catalog: EntryLookup, l10n: L10n): string {
    const { value, successors = [], note, source } = entry.status;
    if (value === 'active') {
        return '';
    }
    const heading = { deprecated: l10n.t('Deprecated'), unmaintained: l10n.t('Unmaintained'), maintenance: l10n.t('In maintenance only') }[value];
    const links = successors.filter((id) => catalog.get(id)).map((id) => commandLink(catalog.nameOf(id), CommandIds.showDetails, [id]));
    const parts = [
        `<strong>${icon(value === 'maintenance' ? 'info' : 'warning')} ${heading}.</strong>`,
        note ? html(note) : '',
        links.length > 0 ? l10n.t('Successors: {0}.', links.join(', ')) : '',
        source ? externalLink(l10n.t('Source'), source) : '',
    ];
    return `<div class="banner banner-${value}" role="note">${parts.filter(Boolean).join(' ')}</div>`;
}

function factCell(cell: CellValue, l10n: L10n): string {
    const detail = cell.detail ? `<div class="detail">${html(cell.detail)}</div>` : '';
    return `<td>${html(cell.text)}${detail}</td><td class="source">${cell.source ? externalLink(l10n.t('source'), cell.source) : ''}</td>`;
}

function listCell(cell: CellValue, kind: Dimension['kind']): string {
    if (kind === 'links') {
        return `<td colspan="2">${(cell.links ?? []).map((link) => externalLink(link.label, link.url)).join(', ')}</td>`;
    }
    return `<td colspan="2">${html((cell.items ?? [cell.text]).join(', '))}</td>`;
}

/** Facts and judgements as one compact table: a fact with its source, a judgement with its reasoning. */
function factsTable(entry: CatalogEntry, catalog: EntryLookup, l10n: L10n): string {
    const rows = dimensions(l10n).filter((dimension) => !SHOWN_APART.has(dimension.id)).flatMap((dimension) => {
        const cell = dimension.cell(entry, catalog);
        if (cell.text === '') {
            return [];
        }
        const value =
            dimension.kind === 'judgement'
                ? `<td>${html(cell.text)} ${judgementTag(l10n)}<div class="detail">${html(cell.rationale ?? '')}</div></td><td></td>`
                : dimension.kind === 'fact'
                  ? factCell(cell, l10n)
                  : listCell(cell, dimension.kind);
        return [`<tr><th scope="row">${html(dimension.label)}</th>${value}</tr>`];
    });
    return `<table class="facts"><caption class="sr-only">${html(l10n.t('Facts and judgements'))}</caption>${rows.join('')}</table>`;
}

function relations(entry: CatalogEntry, catalog: EntryLookup, l10n: L10n): string {
    const groups: [string, readonly string[], boolean][] = [
        [l10n.t('Alternatives'), entry.alternatives, true],
        [l10n.t('Extends'), entry.extends ?? [], false],
        [l10n.t('Built on'), entry.builtOn ?? [], false],
        [l10n.t('Works with'), entry.worksWith ?? [], false],
    ];
    const sections = groups.flatMap(([label, ids, comparable]) => {
        const known = ids.filter((id) => catalog.get(id));
        if (known.length === 0) {
            return [];
        }
        const items = known.map((id) => {
            const compare = comparable ? ` ${commandLink(l10n.t('Compare'), CommandIds.compare, [[entry.id, id]], 'diff')}` : '';
            return `<li>${commandLink(catalog.nameOf(id), CommandIds.showDetails, [id])}${compare}</li>`;
        });
        return [`<section><h2>${html(label)}</h2><ul class="relations">${items.join('')}</ul></section>`];
    });
    return sections.join('');
}

/** Marks a judgement (the catalog's opinion, with its reasons) apart from a sourced fact. */
function judgementTag(l10n: L10n): string {
    return `<span class="tag">${html(l10n.t('judgement'))}</span>`;
}

function bulletSection(title: string, items: readonly string[], l10n: L10n): string {
    return items.length === 0 ? '' : `<section><h2>${html(title)} ${judgementTag(l10n)}</h2><ul>${items.map((item) => `<li>${html(item)}</li>`).join('')}</ul></section>`;
}

function packages(entry: CatalogEntry, l10n: L10n): string {
    if (entry.packages.length === 0) {
        return '';
    }
    const items = entry.packages.map((pkg) => {
        const page = registryPage(pkg.registry, pkg.name);
        return `<li>${l10n.t('{0} on {1}', `<code>${html(pkg.name)}</code>`, externalLink(page.label, page.url))}</li>`;
    });
    const install = installCommand(entry);
    const installLine = install ? `<p>${l10n.t('Install: {0}', `<code>${html(install)}</code>`)}</p>` : '';
    return `<section><h2>${html(l10n.t('Packages'))}</h2><ul>${items.join('')}</ul>${installLine}</section>`;
}

/** "Framework · Web framework · JavaScript": the ecosystem named after its language entry. */
function subtitle(entry: CatalogEntry, catalog: EntryLookup, l10n: L10n): string {
    return [kindLabels(l10n)[entry.kind], categoryLabels(l10n)[entry.category], catalog.nameOf(entry.ecosystem)].map(html).join(' · ');
}

/**
 * An entry's page: a header with its actions, a banner when it is not active, the facts as one
 * table with sources, then its relations as links. Every catalog string is escaped and links
 * are https or one of DETAILS_COMMANDS. The one script only records which entry the page shows,
 * so VS Code can restore it after a reload.
 */
export function buildDetailsHtml(entry: CatalogEntry, catalog: EntryLookup, resources: DetailsResources, l10n: L10n): string {
    const state = JSON.stringify({ entryId: entry.id }).replace(/</g, '\\u003c');
    const { language, nonce, cspSource, codiconUri, styleUri } = resources;
    return `${pageHead({ language, nonce, cspSource, styles: [codiconUri, styleUri], title: entry.name })}
<body>
<header>
<h1>${html(entry.name)}</h1>
<p class="subtitle">${subtitle(entry, catalog, l10n)}</p>
<p class="summary">${html(entry.summary)}</p>
${actions(entry, l10n)}
</header>
${banner(entry, catalog, l10n)}
<main>
<p>${html(entry.description)}</p>
${factsTable(entry, catalog, l10n)}
${bulletSection(l10n.t('Strengths'), entry.strengths, l10n)}
${bulletSection(l10n.t('Trade-offs'), entry.tradeoffs, l10n)}
${relations(entry, catalog, l10n)}
${packages(entry, l10n)}
</main>
<script nonce="${html(resources.nonce)}">acquireVsCodeApi().setState(${state});</script>
</body>
</html>`;
}
