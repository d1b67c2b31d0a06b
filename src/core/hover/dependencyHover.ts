/**
 * The dependency hover, compact: a headline (name — role · licence · first release), whether to
 * worry, one line of summary, the constraint, the lockfile's line and one
 * row of links. Every catalog, registry and manifest string is escaped; links are https, the
 * manifest's own folder for a local package, or the commands in HOVER_COMMANDS.
 */
import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS, KIND_LABELS } from '../catalog/labels';
import { licenceLabel } from '../catalog/licence';
import type { CatalogEntry } from '../catalog/schema';
import { statusPresentation } from '../catalog/statuses';
import { CommandIds } from '../contributions';
import type { ConstraintExplanation } from '../constraints/explanation';
import { readableComparators } from '../constraints/wording';
import type { ManifestDependency } from '../manifests/manifestTypes';
import type { PackageDescription } from '../registry/describe';
import { capitalise } from '../text/casing';
import { joinAsList } from '../text/lists';
import { commandUri, escapeMarkdown, markdownLink } from '../text/markdown';
import { safeHttpsUrl } from '../text/safeUrl';
import { registryPage } from './registryLinks';
import { sourceLink } from './sourceLinks';
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
    /** The manifest's URI, against which a local package's folder is resolved. */
    readonly manifestUri?: string;
}

/** What a dependency that does not come from the registry is, in the headline. */
const SOURCE_HEADINGS: Record<NonNullable<ManifestDependency['source']>, string> = {
    git: 'Git dependency, not from the registry',
    path: 'local package, not from the registry',
    url: 'dependency from a URL, not from the registry',
};

export function renderDependencyHover(input: DependencyHoverInput): string {
    const sections = [...whatItIs(input), constraintSection(input), input.locked ?? '', linkRow(input)];
    return sections.filter((section) => section !== '').join('\n\n');
}

const describedBy = ({ tier }: DependencyHoverInput): PackageDescription | undefined => (tier?.kind === 'described' ? tier.description : undefined);

/** The headline, a warning when there is one, and the summary. */
function whatItIs(input: DependencyHoverInput): string[] {
    const { dependency, entry, tier } = input;
    if (entry) {
        return entrySections(dependency, entry, input.catalog);
    }
    if (dependency.source) {
        return [`**${escapeMarkdown(dependency.name)}** — ${SOURCE_HEADINGS[dependency.source]}`];
    }
    if (tier?.kind === 'described') {
        return describedSections(dependency.name, tier.description, tier.list);
    }
    // Nothing is known beyond the name: no negative headline, the constraint says the rest.
    return tier ? unknownSections(dependency, tier) : [`**${escapeMarkdown(dependency.name)}**`];
}

/** Category labels that already name a kind of thing ("HTTP client", "Job queue"), so no kind is added. */
const NAMES_A_THING = /(?:framework|tool|client|driver|server|runtime|language|SDK|queue)$/i;

/** "web framework", "testing tool", "ORM / ODM library": the category, with the kind when it adds a word. */
export function roleOf(entry: CatalogEntry): string {
    const category = CATEGORY_LABELS[entry.category];
    const role = NAMES_A_THING.test(category) ? category : `${category} ${KIND_LABELS[entry.kind]}`;
    // "Web framework" reads "web framework"; "HTTP client" and "ORM / ODM" keep their capitals.
    return /^[A-Z][a-z]/.test(role) ? `${role.charAt(0).toLowerCase()}${role.slice(1)}` : role;
}

/**
 * The entry's own package is headed by the entry; another package the entry lists (react-dom,
 * karma-chrome-launcher) is named itself and called one of the entry's packages, without the
 * entry's licence and first release, which are not its own.
 */
function entrySections(dependency: ManifestDependency, entry: CatalogEntry, catalog: Catalog): string[] {
    const name = escapeMarkdown(entry.name);
    if (isEntryMember(dependency, entry)) {
        return [
            `**${escapeMarkdown(dependency.name)}** — one of ${name}’s packages (${escapeMarkdown(roleOf(entry))})`,
            statusSection(entry, catalog),
            `${name}: ${escapeMarkdown(entry.summary)}`,
        ];
    }
    const facts = [
        escapeMarkdown(roleOf(entry)),
        entry.license ? escapeMarkdown(licenceLabel(entry.license.spdx)) : '',
        `first released ${entry.firstRelease.year}`,
    ].filter(Boolean);
    return [`**${name}** — ${facts.join(' · ')}`, statusSection(entry, catalog), escapeMarkdown(entry.summary)];
}

/** True for a package the entry lists after its first one on the same registry. */
export function isEntryMember(dependency: ManifestDependency, entry: CatalogEntry): boolean {
    const main = entry.packages.find((ref) => ref.registry === dependency.registry);
    return main !== undefined && main.name.toLowerCase() !== dependency.name.toLowerCase();
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

/**
 * "Version ^4.18.2: any 4.x version from 4.18.2 up, below 5.0.0 (>= 4.18.2, < 5.0.0)", the
 * latest release against it, and the environment markers, as one paragraph.
 */
function constraintSection(input: DependencyHoverInput): string {
    const { dependency, constraint, markers } = input;
    const parts: string[] = [];
    if (dependency.source === undefined && dependency.constraint !== undefined && constraint) {
        const comparators = constraint.valid && constraint.range !== undefined ? readableComparators(constraint.range) : undefined;
        // One comparator says no more than the words; the same comparators as written need no repeating.
        const adds = comparators !== undefined && /,| or /.test(comparators) && squeezed(comparators) !== squeezed(dependency.constraint);
        const shown = adds ? ` (${escapeMarkdown(comparators)})` : '';
        const latest = latestVersionClause(dependency.registry, dependency, describedBy(input));
        parts.push(`Version ${escapeMarkdown(dependency.constraint)}: ${escapeMarkdown(constraint.words)}${shown}${latest}.`);
    }
    if (markers) {
        parts.push(`${escapeMarkdown(capitalise(markers))}.`);
    }
    return parts.join(' ');
}

const squeezed = (text: string): string => text.replace(/\s+/g, '');

/** Where to read more and what to do next, in one row. */
function linkRow(input: DependencyHoverInput): string {
    const { dependency, entry } = input;
    const links = dependency.source === undefined ? registryLinks(input) : sourceLinks(input);
    if (entry) {
        links.push(...entryCommands(entry, input.catalog, isEntryMember(dependency, entry)));
    } else {
        // A family member links to its parent's entry, or to the entry of the package it types.
        const parentId = describedBy(input)?.entryId;
        if (parentId !== undefined && input.catalog.get(parentId)) {
            links.push(showEntryLink(parentId, input.catalog, true));
        }
    }
    return links.join(' · ');
}

function registryLinks(input: DependencyHoverInput): string[] {
    const { dependency, entry } = input;
    const registry = registryPage(dependency.registry, dependency.name);
    const homepage = entry ? undefined : safeHttpsUrl(describedBy(input)?.homepage ?? '');
    // On another of the entry's packages, the entry's pages are named as the entry's: "Karma repository".
    const owner = entry && isEntryMember(dependency, entry) ? `${entry.name} ` : '';
    const label = (text: string): string => (owner === '' ? text : `${owner}${text.toLowerCase()}`);
    return [
        entry?.links.docs ? markdownLink(label('Documentation'), entry.links.docs) : entry ? markdownLink(label('Homepage'), entry.links.homepage) : '',
        homepage ? markdownLink('Homepage', homepage) : '',
        entry?.links.repository ? markdownLink(label('Repository'), entry.links.repository) : '',
        markdownLink(registry.label, registry.url),
    ].filter(Boolean);
}

/** A local package opens its folder, a Git one its repository; neither links a registry page. */
function sourceLinks(input: DependencyHoverInput): string[] {
    const link = sourceLink(input.dependency, input.manifestUri);
    return link ? [markdownLink(link.label, link.url)] : [];
}

function entryCommands(entry: CatalogEntry, catalog: Catalog, named: boolean): string[] {
    const alternatives = entry.alternatives.filter((id) => catalog.get(id) !== undefined).slice(0, 4);
    const compare = alternatives.length > 0
        ? [markdownLink(`Compare with ${compareLabel(alternatives.map((id) => catalog.nameOf(id)))}`, commandUri(CommandIds.compare, [[entry.id, ...alternatives]]))]
        : [];
    return [...compare, showEntryLink(entry.id, catalog, named)];
}

/** "Got", "Fastify and Koa", "Fastify, Koa and Hapi", or "4 alternatives". */
function compareLabel(names: readonly string[]): string {
    return names.length <= 3 ? joinAsList(names) : `${names.length} alternatives`;
}

/** "Show in Stack Guide" under the entry's own headline; "Show Karma in Stack Guide" elsewhere. */
function showEntryLink(entryId: string, catalog: Catalog, named: boolean): string {
    const label = named ? `Show ${catalog.nameOf(entryId)} in Stack Guide` : 'Show in Stack Guide';
    return markdownLink(label, commandUri(CommandIds.showEntry, [entryId]));
}
