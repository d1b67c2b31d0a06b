import { categoryLabels, kindLabels } from '../catalog/labels';
import type { CatalogEntry, Kind } from '../catalog/schema';
import { statusPresentation, statusWords, type RowIcon } from '../catalog/statuses';
import type { L10n } from '../text/l10n';
import { escapeMarkdown } from '../text/markdown';

/**
 * Codicon per kind; an entry with a status other than active shows that status's icon and
 * colour instead, as every view draws it (hover, catalog tree, workspace review).
 */
export function entryIcon(entry: CatalogEntry): RowIcon {
    const status = statusPresentation(entry.status);
    if (status) {
        return { id: status.icon, color: status.iconColor };
    }
    return { id: kindIcon(entry) };
}

function kindIcon(entry: CatalogEntry): string {
    if (entry.category === 'desktop-framework') {
        return 'device-desktop';
    }
    const icons: Record<CatalogEntry['kind'], string> = {
        language: 'symbol-namespace',
        runtime: 'server-process',
        framework: 'layers',
        library: 'library',
        tool: 'tools',
    };
    return icons[entry.kind];
}

/**
 * The short grey text beside a row: "framework · 2005", "deprecated · library · 2009"; the kind
 * is left out where the row's group already names it (`impliedKind`): "2005" under "Frameworks".
 */
export function entryDescription(entry: CatalogEntry, l10n: L10n, impliedKind?: Kind): string {
    const parts = [...(entry.kind === impliedKind ? [] : [kindLabels(l10n)[entry.kind]]), String(entry.firstRelease.year)];
    if (entry.status.value !== 'active') {
        parts.unshift(statusWords(entry.status.value, l10n).short);
    }
    return parts.join(' · ');
}

/**
 * The row's Markdown tooltip: the status with what its maintainers said, as the workspace review
 * tells it, and the successors by `successorNames`; every catalog string is escaped.
 */
export function entryTooltip(entry: CatalogEntry, successorNames: readonly string[], l10n: L10n): string {
    const lines = [`**${escapeMarkdown(entry.name)}** — ${escapeMarkdown(categoryLabels(l10n)[entry.category])}`, ''];
    const presentation = statusPresentation(entry.status);
    if (presentation && entry.status.value !== 'active') {
        const label = statusWords(entry.status.value, l10n).label;
        const note = entry.status.note === undefined ? '' : `: ${escapeMarkdown(entry.status.note)}`;
        const replacement = successorNames.length > 0 ? ` ${l10n.t('Consider {0}.', successorNames.map(escapeMarkdown).join(', '))}` : '';
        lines.push(`$(${presentation.icon}) **${escapeMarkdown(label)}**${note}${replacement}`, '');
    }
    lines.push(escapeMarkdown(entry.summary));
    return lines.join('\n');
}
