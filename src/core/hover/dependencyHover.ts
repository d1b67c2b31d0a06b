import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS, KIND_LABELS } from '../catalog/labels';
import { licenceLabel } from '../catalog/licence';
import type { CatalogEntry } from '../catalog/schema';
import { statusPresentation } from '../catalog/statuses';
import { CommandIds } from '../contributions';
import type { ConstraintExplanation } from '../constraints/explanation';
import type { ManifestDependency } from '../manifests/manifestTypes';
import type { PackageDescription } from '../registry/describe';
import { commandUri, escapeMarkdown, markdownLink } from '../text/markdown';
import { safeHttpsUrl } from '../text/safeUrl';
import { registryPage } from './registryLinks';
import { capitalise } from '../text/casing';
import { describedSections, latestVersionClause, unknownSections, type TierAnswer } from './tierHover';

export interface DependencyHoverInput {
    readonly dependency: ManifestDependency;
    readonly entry: CatalogEntry | undefined;
    readonly catalog: Catalog;
    readonly constraint: ConstraintExplanation | undefined;
    /** The environment markers in words ("only when python_version < 3.11"). */
    readonly markers: string | undefined;
    /** For a dependency without an entry: what the family rules and the registry index say. */
    readonly tier?: TierAnswer;
    /** The lockfile's line (lockHover.ts), Markdown already escaped; absent when no lockfile governs the manifest. */
    readonly locked?: string;
}

const SOURCE_WORDS: Record<NonNullable<ManifestDependency['source']>, string> = {
    git: 'from a Git repository, not the registry',
    path: 'from a local path, not the registry',
    url: 'from a URL, not the registry',
};

/** What a dependency that does not come from the registry is, in the heading. */
const SOURCE_HEADINGS: Record<NonNullable<ManifestDependency['source']>, string> = {
    git: 'Git dependency',
    path: 'local package',
    url: 'dependency from a URL',
};

/** The hover's Markdown: every catalog and manifest string escaped, links https or our commands. */
export function renderDependencyHover(input: DependencyHoverInput): string {
    const { entry } = input;
    const parentId = describedBy(input)?.entryId;
    // The order users read in: what it is, whether to worry, what the constraint allows, what
    // else to consider, where to read more.
    const sections = entry ? entrySections(entry, input.catalog) : otherSections(input);
    sections.push(...versionSections(input));
    if (input.locked !== undefined) {
        sections.push(input.locked);
    }
    if (entry) {
        sections.push(alternativesLine(entry, input.catalog));
    }
    sections.push(linkLine(input));
    if (entry) {
        sections.push(commandLine(entry.id, entry.alternatives));
    } else if (parentId !== undefined) {
        // A family member links to its parent's entry, or to the entry of the package it types.
        sections.push(commandLine(parentId, []));
    }
    return sections.filter((section) => section !== '').join('\n\n');
}

const describedBy = ({ tier }: DependencyHoverInput): PackageDescription | undefined => (tier?.kind === 'described' ? tier.description : undefined);

/** A local or Git package is named as such; a registry package by what the tiers know of it. */
function otherSections(input: DependencyHoverInput): string[] {
    const { dependency, tier } = input;
    if (dependency.source) {
        return [`**${escapeMarkdown(dependency.name)}** · ${SOURCE_HEADINGS[dependency.source]}`];
    }
    if (tier?.kind === 'described') {
        return describedSections(dependency.name, tier.description, tier.list, input.catalog);
    }
    return tier ? unknownSections(dependency, tier) : [unknownSection(dependency)];
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

function versionSections(input: DependencyHoverInput): string[] {
    const { dependency, constraint, markers } = input;
    const lines: string[] = [];
    if (dependency.source) {
        lines.push(`Installed ${SOURCE_WORDS[dependency.source]}.`);
    } else if (dependency.constraint !== undefined && constraint) {
        const range = constraint.range && constraint.range !== dependency.constraint
            ? ` (${escapeMarkdown(constraint.range)})`
            : '';
        const latest = latestVersionClause(dependency.registry, dependency, describedBy(input));
        lines.push(`Version ${escapeMarkdown(dependency.constraint)}: ${escapeMarkdown(constraint.words)}${range}${latest}`);
    }
    if (markers) {
        lines.push(`${escapeMarkdown(capitalise(markers))}.`);
    }
    return lines;
}

function linkLine(input: DependencyHoverInput): string {
    const { dependency, entry } = input;
    const registry = registryPage(dependency.registry, dependency.name);
    const homepage = safeHttpsUrl(describedBy(input)?.homepage ?? '');
    const links = [
        entry?.links.docs ? markdownLink('Documentation', entry.links.docs) : entry ? markdownLink('Homepage', entry.links.homepage) : '',
        !entry && homepage ? markdownLink('Homepage', homepage) : '',
        entry?.links.repository ? markdownLink('Repository', entry.links.repository) : '',
        markdownLink(registry.label, registry.url),
    ];
    return links.filter(Boolean).join(' · ');
}

function commandLine(entryId: string, alternatives: readonly string[]): string {
    const commands = [markdownLink('Show in Stack Guide', commandUri(CommandIds.showEntry, [entryId]))];
    if (alternatives.length > 0) {
        commands.unshift(markdownLink('Compare with alternatives', commandUri(CommandIds.compare, [[entryId, ...alternatives.slice(0, 4)]])));
    }
    return commands.join(' · ');
}
