/**
 * The hover's words for a dependency without a curated entry: what a family rule or the
 * registry index says about it, or, when no tier knows it, that it is outside the lists and
 * perhaps a slip of the keyboard. Every index string is hostile: cleaned of control characters,
 * cut to length and escaped, quoted and labelled with its author, never read as Markdown.
 */
import type { Catalog } from '../catalog/catalog';
import type { Registry } from '../catalog/schema';
import { constraintAllows } from '../constraints';
import type { ManifestDependency } from '../manifests/manifestTypes';
import type { PackageDescription } from '../registry/describe';
import { REGISTRY_LABELS } from '../catalog/labels';
import { popularityBand } from '../registry/popularity';
import { cleanSummary } from '../registry/indexText';
import { isStaleRelease, listPhrase, summaryLabel, type RegistryListFacts } from '../registry/signals';
import type { TyposquatWarning } from '../registry/typosquat';
import { capitalise } from '../text/casing';
import { escapeMarkdown } from '../text/markdown';

/** What the tiers answered for a dependency with no curated entry. */
export type TierAnswer =
    | { readonly kind: 'described'; readonly description: PackageDescription; readonly list?: RegistryListFacts }
    | { readonly kind: 'unknown'; readonly list?: RegistryListFacts; readonly typosquat?: TyposquatWarning };

/** An index string as plain, escaped text of bounded length. */
export const plain = (text: string): string => escapeMarkdown(cleanSummary(text));

function heading(name: string, description: PackageDescription): string {
    const what = description.source === 'family' ? 'member of a package family' : `${REGISTRY_LABELS[description.registry]} package`;
    return `**${escapeMarkdown(name)}** · ${what}`;
}

/** The description, quoted and labelled when it is the registry's or Debian's words. */
function whatItIs(description: PackageDescription): string {
    if (description.summary.trim() === '') {
        return '';
    }
    if (description.summaryAuthor === 'stack-guide') {
        return plain(description.summary);
    }
    const label = summaryLabel(description.summaryAuthor, description.registry, description.asOf);
    return `“${plain(description.summary)}” — ${escapeMarkdown(label)}`;
}

/** The family's own sentence when the member's words were shown above, and the catalog entry it belongs to. */
function familyLine(description: PackageDescription, catalog: Catalog): string {
    const family = description.source === 'family' && description.summaryAuthor !== 'stack-guide' && description.familyDescription
        ? `Family: ${plain(description.familyDescription)}`
        : '';
    const entry = description.entryId === undefined ? '' : `Catalog entry: **${escapeMarkdown(catalog.nameOf(description.entryId))}**.`;
    return [family, entry].filter(Boolean).join(' ');
}

function factsLine(description: PackageDescription, list: RegistryListFacts | undefined): string {
    const band = popularityBand(description.registry, description.popularityRank, list?.rankedSize || undefined);
    const facts = [
        band?.text,
        isStaleRelease(description.lastRelease, description.asOf) ? `last release ${description.lastRelease}: possibly unmaintained` : undefined,
    ].filter((fact): fact is string => fact !== undefined);
    return facts.length > 0 ? `${capitalise(escapeMarkdown(facts.join(' · ')))}.` : '';
}

export function describedSections(name: string, description: PackageDescription, list: RegistryListFacts | undefined, catalog: Catalog): string[] {
    return [heading(name, description), whatItIs(description), familyLine(description, catalog), factsLine(description, list)];
}

export function unknownSections(dependency: ManifestDependency, answer: Extract<TierAnswer, { kind: 'unknown' }>): string[] {
    const { list, typosquat } = answer;
    const warning = typosquat
        ? `$(warning) **Possible typosquat of ${plain(typosquat.similarTo)}**: this name is a slip of one or two keys from one of the 1,000 most downloaded ${REGISTRY_LABELS[typosquat.registry]} packages. Check the spelling before installing it.`
        : '';
    const where = list
        ? `Not among ${escapeMarkdown(listPhrase(list))}: private, new or rarely used.`
        : 'Stack Guide has no entry for it.';
    return [`**${escapeMarkdown(dependency.name)}**`, warning, where];
}

/** "2026-11-30" → "2026-11". */
const month = (asOf: string | undefined): string => (asOf ?? '').slice(0, 7);

/**
 * "; the latest release as of 2026-11, 5.3.0, is outside this range", or "…, 4.21.2, is
 * within this range": the constraint measured against the latest version the index knows. Empty when
 * either is missing or the constraint cannot be checked.
 */
export function latestVersionClause(registry: Registry, dependency: ManifestDependency, description: PackageDescription | undefined): string {
    const latest = description?.latestVersion;
    if (latest === undefined || dependency.constraint === undefined || dependency.source !== undefined) {
        return '';
    }
    const allowed = constraintAllows(registry, dependency.constraint, latest, dependency.constraintSyntax);
    if (allowed === undefined) {
        return '';
    }
    const asOf = description?.asOf ? ` as of ${month(description.asOf)}` : '';
    return `; the latest release${escapeMarkdown(asOf)}, ${escapeMarkdown(latest)}, is ${allowed ? 'within this range' : 'outside this range'}`;
}
