import type { CatalogEntry } from '../catalog/schema';
import { DIMENSIONS, type CellValue, type Dimension, type EntryLookup } from '../catalog/entryFacts';
import { installCommand } from '../catalog/installCommand';
import { escapeMarkdown, markdownLink } from '../text/markdown';

/**
 * One entry's page, in Markdown, from the same dimension list as the comparison panel, so a
 * dimension added there shows here too. Facts link their source, judgements say they are
 * judgements and why; every catalog string is escaped.
 */
export function renderEntryDetails(entry: CatalogEntry, catalog: EntryLookup): string {
    const lines = [`# ${escapeMarkdown(entry.name)}`, '', escapeMarkdown(entry.summary), '', escapeMarkdown(entry.description), ''];
    for (const dimension of DIMENSIONS) {
        const cell = dimension.cell(entry, catalog);
        if (cell.text !== '') {
            lines.push(`## ${escapeMarkdown(dimension.label)}`, '', ...cellLines(dimension, cell), '');
        }
    }
    if (entry.packages.length > 0) {
        lines.push('## Packages', '', ...entry.packages.map((pkg) => `- ${escapeMarkdown(pkg.registry)}: \`${pkg.name.replace(/`/g, '')}\``));
        const install = installCommand(entry);
        if (install) {
            lines.push('', `Install: \`${install.replace(/`/g, '')}\``);
        }
        lines.push('');
    }
    return lines.join('\n');
}

function cellLines(dimension: Dimension, cell: CellValue): string[] {
    switch (dimension.kind) {
        case 'judgement':
            return [`*Judgement:* **${escapeMarkdown(cell.text)}** — ${escapeMarkdown(cell.rationale ?? '')}`];
        case 'list':
            return (cell.items ?? [cell.text]).map((item) => `- ${escapeMarkdown(item)}`);
        case 'links':
            return (cell.links ?? []).map((link) => `- ${link.url ? markdownLink(link.label, link.url) : escapeMarkdown(link.label)}`);
        case 'fact': {
            const detail = cell.detail ? ` — ${escapeMarkdown(cell.detail)}` : '';
            const source = cell.source ? ` (${markdownLink('source', cell.source)})` : '';
            return [`${escapeMarkdown(cell.text)}${detail}${source}`];
        }
    }
}
