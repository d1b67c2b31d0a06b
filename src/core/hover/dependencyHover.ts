import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS, KIND_LABELS } from '../catalog/labels';
import { licenceLabel } from '../catalog/licence';
import type { CatalogEntry } from '../catalog/schema';
import { statusPresentation } from '../catalog/statuses';
import { CommandIds } from '../contributions';
import type { ConstraintExplanation } from '../constraints/types';
import type { ManifestDependency } from '../manifests/types';
import { commandUri, escapeMarkdown, markdownLink } from '../text/markdown';
import { registryPage } from './registryLinks';
import { capitalise } from '../text/casing';

export interface DependencyHoverInput {
    readonly dependency: ManifestDependency;
    readonly entry: CatalogEntry | undefined;
    readonly catalog: Catalog;
    readonly constraint: ConstraintExplanation | undefined;
    /** The environment markers in words ("only when python_version < 3.11"). */
    readonly markers: string | undefined;
}

const SOURCE_WORDS: Record<NonNullable<ManifestDependency['source']>, string> = {
    git: 'from a Git repository, not the registry',
    path: 'from a local path, not the registry',
    url: 'from a URL, not the registry',
};

/** The hover's Markdown: every catalog and manifest string escaped, links https or our commands. */
export function renderDependencyHover(input: DependencyHoverInput): string {
    const { dependency, entry } = input;
    // The order users read in: what it is, whether to worry, what the constraint allows, what
    // else to consider, where to read more.
    const sections = entry ? entrySections(entry, input.catalog) : [unknownSection(dependency)];
    sections.push(...versionSections(input));
    if (entry) {
        sections.push(alternativesLine(entry, input.catalog));
    }
    sections.push(linkLine(input));
    if (entry) {
        sections.push(commandLine(entry));
    }
    return sections.filter((section) => section !== '').join('\n\n');
}

function entrySections(entry: CatalogEntry, catalog: Catalog): string[] {
    const heading = `**${escapeMarkdown(entry.name)}** · ${escapeMarkdown(KIND_LABELS[entry.kind])} · ${escapeMarkdown(CATEGORY_LABELS[entry.category])}`;
    const facts = [
        entry.license ? `Licence ${escapeMarkdown(licenceLabel(entry.license.spdx))}` : '',
        `first released ${entry.firstRelease.year}`,
    ].filter(Boolean);
    return [heading, statusSection(entry, catalog), escapeMarkdown(entry.summary), facts.join(' · ')];
}

/** Each alternative links to a comparison of the two. */
function alternativesLine(entry: CatalogEntry, catalog: Catalog): string {
    const alternatives = entry.alternatives
        .map((id) => catalog.get(id))
        .filter((alternative): alternative is CatalogEntry => alternative !== undefined)
        .map((alternative) => markdownLink(alternative.name, commandUri(CommandIds.compare, [[entry.id, alternative.id]])));
    return alternatives.length > 0 ? `Alternatives: ${alternatives.join(', ')}` : '';
}

function statusSection(entry: CatalogEntry, catalog: Catalog): string {
    const { status } = entry;
    const presentation = statusPresentation(status);
    if (!presentation) {
        return '';
    }
    const successors = (status.successors ?? []).map((id) => escapeMarkdown(catalog.nameOf(id)));
    const label = `$(${presentation.icon}) **${presentation.label}**`;
    const replacement = successors.length > 0 ? ` Consider ${successors.join(', ')}.` : '';
    return `${label}: ${escapeMarkdown(status.note ?? '')}${replacement}`;
}

function unknownSection(dependency: ManifestDependency): string {
    return `**${escapeMarkdown(dependency.name)}** is not in the Stack Guide catalog.`;
}

function versionSections({ dependency, constraint, markers }: DependencyHoverInput): string[] {
    const lines: string[] = [];
    if (dependency.source) {
        lines.push(`Installed ${SOURCE_WORDS[dependency.source]}.`);
    } else if (dependency.constraint !== undefined && constraint) {
        const range = constraint.range && constraint.range !== dependency.constraint
            ? ` (${escapeMarkdown(constraint.range)})`
            : '';
        lines.push(`Version ${escapeMarkdown(dependency.constraint)}: ${escapeMarkdown(constraint.words)}${range}`);
    }
    if (markers) {
        lines.push(`${escapeMarkdown(capitalise(markers))}.`);
    }
    return lines;
}

function linkLine({ dependency, entry }: DependencyHoverInput): string {
    const registry = registryPage(dependency.registry, dependency.name);
    const links = [
        entry?.links.docs ? markdownLink('Documentation', entry.links.docs) : entry ? markdownLink('Homepage', entry.links.homepage) : '',
        entry?.links.repository ? markdownLink('Repository', entry.links.repository) : '',
        markdownLink(registry.label, registry.url),
    ];
    return links.filter(Boolean).join(' · ');
}

function commandLine(entry: CatalogEntry): string {
    const commands = [markdownLink('Show in Stack Guide', commandUri(CommandIds.showEntry, [entry.id]))];
    if (entry.alternatives.length > 0) {
        commands.unshift(markdownLink('Compare with alternatives', commandUri(CommandIds.compare, [[entry.id, ...entry.alternatives.slice(0, 4)]])));
    }
    return commands.join(' · ');
}
