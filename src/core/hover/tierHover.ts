/**
 * The hover's words for a dependency without a curated entry: what a family rule or the
 * registry index says about it, or, when no tier knows it, that it is outside the lists and
 * perhaps a slip of the keyboard. Every index string is hostile: cleaned of control characters,
 * cut to length and escaped, quoted and labelled with its author, never read as Markdown.
 */
import type { Registry } from '../catalog/schema';
import { constraintAllows } from '../constraints';
import type { ManifestDependency } from '../manifests/manifestTypes';
import type { PackageDescription } from '../registry/describe';
import { REGISTRY_LABELS } from '../catalog/labels';
import { popularityBand } from '../registry/popularity';
import { cleanSummary } from '../registry/indexText';
import { formatCount, isStaleRelease, listPhrase, summaryLabel, type RegistryListFacts } from '../registry/signals';
import type { TyposquatWarning } from '../registry/typosquat';
import type { L10n } from '../text/l10n';
import { escapeMarkdown } from '../text/markdown';

/** What the tiers answered for a dependency with no curated entry. */
export type TierAnswer =
    | { readonly kind: 'described'; readonly description: PackageDescription; readonly list?: RegistryListFacts }
    | { readonly kind: 'unknown'; readonly list?: RegistryListFacts; readonly typosquat?: TyposquatWarning };

/** An index string as plain, escaped text of bounded length. */
export const plain = (text: string): string => escapeMarkdown(cleanSummary(text));

/**
 * The family rule's own phrase for what a member is, where its sentence opens with one ("An
 * ESLint plugin: …" → "an ESLint plugin"); the rule is our own writing, so no role is invented.
 */
function familyPhrase(description: PackageDescription): string | undefined {
    const sentence = description.familyDescription ?? '';
    const lead = /^([^:,;.]{3,60})[:,]/.exec(sentence)?.[1]?.trim();
    if (lead === undefined) {
        return undefined;
    }
    return /^(A|An|One|The) /.test(lead) ? `${lead.charAt(0).toLowerCase()}${lead.slice(1)}` : lead;
}

/** "**argparse** — among the 100 most downloaded npm packages", "**eslint-plugin-x** — an ESLint plugin". */
function heading(name: string, description: PackageDescription, list: RegistryListFacts | undefined, l10n: L10n): string {
    const band = popularityBand(description.registry, description.popularityRank, list?.rankedSize || undefined);
    // "among the 100 most downloaded npm packages" already says what it is.
    const what = description.source === 'family'
        ? familyPhrase(description) ?? l10n.t('member of a package family')
        : band ? undefined : l10n.t('{0} package', REGISTRY_LABELS[description.registry]);
    const stale = isStaleRelease(description.lastRelease, description.asOf) ? l10n.t('last release {0}: possibly unmaintained', description.lastRelease ?? '') : undefined;
    const popular = band ? l10n.t('among the {0} most downloaded {1} packages', formatCount(band.within), REGISTRY_LABELS[description.registry]) : undefined;
    const facts = [what, popular, stale].filter((fact): fact is string => fact !== undefined);
    return `**${escapeMarkdown(name)}** — ${facts.map((fact) => escapeMarkdown(fact)).join(' · ')}`;
}

/** The description, quoted and labelled when it is the registry's or Debian's words. */
function summaryLine(description: PackageDescription, l10n: L10n): string {
    if (description.summary.trim() === '') {
        return '';
    }
    if (description.summaryAuthor === 'stack-guide') {
        return plain(description.summary);
    }
    const label = summaryLabel(description.summaryAuthor, description.registry, description.asOf, l10n);
    return `“${plain(description.summary)}” — ${escapeMarkdown(label)}`;
}

/** The family's own sentence, when the member's words took the summary line and the headline could not say it. */
function familyLine(description: PackageDescription, l10n: L10n): string {
    const shown = description.source === 'family' && description.summaryAuthor !== 'stack-guide' && description.familyDescription;
    return shown && familyPhrase(description) === undefined ? l10n.t('Family: {0}', plain(description.familyDescription ?? '')) : '';
}

export function describedSections(name: string, description: PackageDescription, list: RegistryListFacts | undefined, l10n: L10n): string[] {
    return [heading(name, description, list, l10n), summaryLine(description, l10n), familyLine(description, l10n)];
}

/**
 * A name no tier knows: the name alone as the headline, a typosquat warning when the name is a
 * slip for a much used package, and which lists it is not in.
 */
export function unknownSections(dependency: ManifestDependency, answer: Extract<TierAnswer, { kind: 'unknown' }>, l10n: L10n): string[] {
    const { list, typosquat } = answer;
    const warning = typosquat
        ? `$(warning) **${l10n.t('Possible typosquat of {0}', plain(typosquat.similarTo))}**: ${l10n.t(
            'this name is a slip of one or two keys from one of the 1,000 most downloaded {0} packages. Check the spelling before installing it.',
            REGISTRY_LABELS[typosquat.registry],
        )}`
        : '';
    const where = list ? l10n.t('Not among {0}: private, new or rarely used.', escapeMarkdown(listPhrase(list, l10n))) : '';
    return [`**${escapeMarkdown(dependency.name)}**`, warning, where];
}

/** "2026-11-30" → "2026-11". */
const month = (asOf: string | undefined): string => (asOf ?? '').slice(0, 7);

/**
 * "; the latest release as of 2026-11, 5.3.0, is outside this range", or "…, 4.21.2, is
 * within this range": the constraint measured against the latest version the index knows. Empty when
 * either is missing or the constraint cannot be checked.
 */
export function latestVersionClause(registry: Registry, dependency: ManifestDependency, description: PackageDescription | undefined, l10n: L10n): string {
    const latest = description?.latestVersion;
    if (latest === undefined || dependency.constraint === undefined || dependency.source !== undefined) {
        return '';
    }
    const allowed = constraintAllows(registry, dependency.constraint, latest, dependency.constraintSyntax);
    if (allowed === undefined) {
        return '';
    }
    const version = escapeMarkdown(latest);
    if (!description?.asOf) {
        return allowed ? l10n.t('; the latest release, {0}, is within this range', version) : l10n.t('; the latest release, {0}, is outside this range', version);
    }
    const asOf = escapeMarkdown(month(description.asOf));
    return allowed
        ? l10n.t('; the latest release as of {0}, {1}, is within this range', asOf, version)
        : l10n.t('; the latest release as of {0}, {1}, is outside this range', asOf, version);
}
