/**
 * The dependency hover, compact: a headline (name — role · licence · first release), whether to
 * worry, one line of summary, the constraint, the lockfile's line and one
 * row of links. Every catalog, registry and manifest string is escaped; links are https, the
 * manifest's own folder for a local package, or the commands in HOVER_COMMANDS.
 */
import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS, categoryLabels, kindLabels } from '../catalog/labels';
import { licenceLabel } from '../catalog/licence';
import type { CatalogEntry } from '../catalog/schema';
import { statusPresentation, statusWords } from '../catalog/statuses';
import { CommandIds } from '../contributions';
import type { ConstraintExplanation } from '../constraints/explanation';
import { readableAlternatives, readableComparators } from '../constraints/wording';
import type { ManifestDependency } from '../manifests/manifestTypes';
import type { PackageDescription } from '../registry/describe';
import { capitalise } from '../text/casing';
import { english, type L10n } from '../text/l10n';
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
    /** The display language's messages: `vscode.l10n` in the host, `english` in tests. */
    readonly l10n: L10n;
}

/** What a dependency that does not come from the registry is, in the headline. */
function sourceHeading(source: NonNullable<ManifestDependency['source']>, l10n: L10n): string {
    switch (source) {
        case 'git':
            return l10n.t('Git dependency, not from the registry');
        case 'path':
            return l10n.t('local package, not from the registry');
        case 'url':
            return l10n.t('dependency from a URL, not from the registry');
    }
}

export function renderDependencyHover(input: DependencyHoverInput): string {
    const sections = [...whatItIs(input), constraintSection(input), input.locked ?? '', linkRow(input)];
    return sections.filter((section) => section !== '').join('\n\n');
}

const describedBy = ({ tier }: DependencyHoverInput): PackageDescription | undefined => (tier?.kind === 'described' ? tier.description : undefined);

/** The headline, a warning when there is one, and the summary. */
function whatItIs(input: DependencyHoverInput): string[] {
    const { dependency, entry, tier, l10n } = input;
    if (entry) {
        return entrySections(dependency, entry, input.catalog, l10n);
    }
    if (dependency.source) {
        return [`**${escapeMarkdown(dependency.name)}** — ${escapeMarkdown(sourceHeading(dependency.source, l10n))}`];
    }
    if (tier?.kind === 'described') {
        return describedSections(dependency.name, tier.description, tier.list, l10n);
    }
    // Nothing is known beyond the name: no negative headline, the constraint says the rest.
    return tier ? unknownSections(dependency, tier, l10n) : [`**${escapeMarkdown(dependency.name)}**`];
}

/** Category labels that already name a kind of thing ("HTTP client", "Job queue"), so no kind is added. */
const NAMES_A_THING = /(?:framework|tool|client|driver|server|runtime|language|SDK|queue)$/i;

/** The role in the display language, as a headline lists it: "Web framework", "Testing tool". */
function roleIn(entry: CatalogEntry, l10n: L10n): string {
    const category = categoryLabels(l10n)[entry.category];
    // Whether the category names a thing is a property of the category: asked of its English label.
    return NAMES_A_THING.test(CATEGORY_LABELS[entry.category]) ? category : l10n.t('{0} {1}', category, kindLabels(l10n)[entry.kind]);
}

/** "web framework", "testing tool", "ORM / ODM library": the category, with the kind when it adds a word. */
export function roleOf(entry: CatalogEntry, l10n: L10n): string {
    const role = roleIn(entry, l10n);
    // "Web framework" reads "web framework"; "HTTP client" and "ORM / ODM" keep their capitals.
    // Only the English: a German noun keeps its capital wherever it stands.
    const lowered = role === roleIn(entry, english) && /^[A-Z][a-z]/.test(role);
    return lowered ? `${role.charAt(0).toLowerCase()}${role.slice(1)}` : role;
}

/**
 * The entry's own package is headed by the entry; another package the entry lists (react-dom,
 * karma-chrome-launcher) is named itself and called one of the entry's packages, without the
 * entry's licence and first release, which are not its own.
 */
function entrySections(dependency: ManifestDependency, entry: CatalogEntry, catalog: Catalog, l10n: L10n): string[] {
    const name = escapeMarkdown(entry.name);
    if (isEntryMember(dependency, entry)) {
        return [
            `**${escapeMarkdown(dependency.name)}** — ${l10n.t('one of {0}’s packages ({1})', name, escapeMarkdown(roleOf(entry, l10n)))}`,
            statusSection(entry, catalog, l10n),
            `${name}: ${escapeMarkdown(entry.summary)}`,
        ];
    }
    const facts = [
        escapeMarkdown(roleOf(entry, l10n)),
        entry.license ? escapeMarkdown(licenceLabel(entry.license.spdx, l10n)) : '',
        escapeMarkdown(l10n.t('first released {0}', entry.firstRelease.year)),
    ].filter(Boolean);
    return [`**${name}** — ${facts.join(' · ')}`, statusSection(entry, catalog, l10n), escapeMarkdown(entry.summary)];
}

/** True for a package the entry lists after its first one on the same registry. */
export function isEntryMember(dependency: ManifestDependency, entry: CatalogEntry): boolean {
    const main = entry.packages.find((ref) => ref.registry === dependency.registry);
    return main !== undefined && main.name.toLowerCase() !== dependency.name.toLowerCase();
}

function statusSection(entry: CatalogEntry, catalog: Catalog, l10n: L10n): string {
    const { status } = entry;
    const presentation = statusPresentation(status);
    if (!presentation || status.value === 'active') {
        return '';
    }
    const successors = (status.successors ?? []).map((id) => escapeMarkdown(catalog.nameOf(id)));
    const label = `$(${presentation.icon}) **${escapeMarkdown(statusWords(status.value, l10n).label)}**`;
    const replacement = successors.length > 0 ? ` ${l10n.t('Consider {0}.', successors.join(', '))}` : '';
    return `${label}: ${escapeMarkdown(status.note ?? '')}${replacement}`;
}

/**
 * "Version ^4.18.2: any 4.x version from 4.18.2 up, below 5.0.0 (>= 4.18.2, < 5.0.0)", the
 * latest release against it, and the environment markers, as one paragraph.
 */
function constraintSection(input: DependencyHoverInput): string {
    const { dependency, constraint, markers, l10n } = input;
    const parts: string[] = [];
    if (dependency.source === undefined && dependency.constraint !== undefined && constraint) {
        const range = constraint.valid ? constraint.range : undefined;
        const alternatives = range === undefined ? [] : readableAlternatives(range);
        // One comparator says no more than the words; the same comparators as written need no repeating.
        const several = alternatives.length > 1 || alternatives.some((alternative) => alternative.includes(','));
        const adds = several && squeezed(alternatives.join(' or ')) !== squeezed(dependency.constraint);
        const comparators = range !== undefined && adds ? readableComparators(range, l10n) : undefined;
        const shown = comparators === undefined ? '' : ` (${escapeMarkdown(comparators)})`;
        const latest = latestVersionClause(dependency.registry, dependency, describedBy(input), l10n);
        parts.push(l10n.t('Version {0}: {1}{2}{3}.', escapeMarkdown(dependency.constraint), escapeMarkdown(constraint.words), shown, latest));
    }
    if (markers) {
        parts.push(`${escapeMarkdown(capitalise(markers))}.`);
    }
    return parts.join(' ');
}

const squeezed = (text: string): string => text.replace(/\s+/g, '');

/** Where to read more and what to do next, in one row. */
function linkRow(input: DependencyHoverInput): string {
    const { dependency, entry, l10n } = input;
    const links = dependency.source === undefined ? registryLinks(input) : sourceLinks(input);
    if (entry) {
        links.push(...entryCommands(entry, input.catalog, isEntryMember(dependency, entry), l10n));
    } else {
        // A family member links to its parent's entry, or to the entry of the package it types.
        const parentId = describedBy(input)?.entryId;
        if (parentId !== undefined && input.catalog.get(parentId)) {
            links.push(showEntryLink(parentId, input.catalog, true, l10n));
        }
    }
    return links.join(' · ');
}

function registryLinks(input: DependencyHoverInput): string[] {
    const { dependency, entry, l10n } = input;
    const registry = registryPage(dependency.registry, dependency.name);
    const homepage = entry ? undefined : safeHttpsUrl(describedBy(input)?.homepage ?? '');
    // On another of the entry's packages, the entry's pages are named as the entry's: "Karma repository".
    const owner = entry && isEntryMember(dependency, entry) ? entry.name : undefined;
    const docs = owner === undefined ? l10n.t('Documentation') : l10n.t('{0} documentation', owner);
    const home = owner === undefined ? l10n.t('Homepage') : l10n.t('{0} homepage', owner);
    const repository = owner === undefined ? l10n.t('Repository') : l10n.t('{0} repository', owner);
    return [
        entry?.links.docs ? markdownLink(docs, entry.links.docs) : entry ? markdownLink(home, entry.links.homepage) : '',
        homepage ? markdownLink(l10n.t('Homepage'), homepage) : '',
        entry?.links.repository ? markdownLink(repository, entry.links.repository) : '',
        markdownLink(registry.label, registry.url),
    ].filter(Boolean);
}

/** A local package opens its folder, a Git one its repository; neither links a registry page. */
function sourceLinks(input: DependencyHoverInput): string[] {
    const link = sourceLink(input.dependency, input.manifestUri, input.l10n);
    return link ? [markdownLink(link.label, link.url)] : [];
}

function entryCommands(entry: CatalogEntry, catalog: Catalog, named: boolean, l10n: L10n): string[] {
    const alternatives = entry.alternatives.filter((id) => catalog.get(id) !== undefined).slice(0, 4);
    const compare = alternatives.length > 0
        ? [markdownLink(compareLabel(alternatives.map((id) => catalog.nameOf(id)), l10n), commandUri(CommandIds.compare, [[entry.id, ...alternatives]]))]
        : [];
    return [...compare, showEntryLink(entry.id, catalog, named, l10n)];
}

/** "Compare with Got", "… Fastify and Koa", "… Fastify, Koa and Hapi", or "… 4 alternatives": one message per count, so a translation words each. */
function compareLabel(names: readonly string[], l10n: L10n): string {
    const [first = '', second = '', third = ''] = names;
    switch (names.length) {
        case 1:
            return l10n.t('Compare with {0}', first);
        case 2:
            return l10n.t('Compare with {0} and {1}', first, second);
        case 3:
            return l10n.t('Compare with {0}, {1} and {2}', first, second, third);
        default:
            return l10n.t('Compare with {0} alternatives', names.length);
    }
}

/** "Show in Stack Guide" under the entry's own headline; "Show Karma in Stack Guide" elsewhere. */
function showEntryLink(entryId: string, catalog: Catalog, named: boolean, l10n: L10n): string {
    const label = named ? l10n.t('Show {0} in Stack Guide', catalog.nameOf(entryId)) : l10n.t('Show in Stack Guide');
    return markdownLink(label, commandUri(CommandIds.showEntry, [entryId]));
}
