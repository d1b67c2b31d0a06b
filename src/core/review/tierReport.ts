/**
 * What the family rules and the registry index add to a review: how many dependencies each
 * tier answered, the ones whose last release is years old, and the names that look like a slip
 * for a much used package. Pure, and in steps like the rest of the analysis (see slices.ts).
 */
import type { Registry } from '../catalog/schema';
import { isStaleRelease, STALE_RELEASE_YEARS } from '../registry/signals';
import type { RegistryLookup } from '../registry/tiers';
import type { L10n } from '../text/l10n';
import type { DependencyLocation, StackDetection, UnknownDependency } from './detect';
import type { Steps } from './slices';

/** Distinct dependencies by the tier that answered; `elsewhere` come from Git or a URL, not the registry. */
export interface TierCounts {
    catalog: number;
    family: number;
    index: number;
    none: number;
    elsewhere: number;
}

export interface StaleReleaseFinding {
    type: 'stale-release';
    registry: Registry;
    package: string;
    /** YYYY-MM. */
    lastRelease: string;
    /** YYYY-MM-DD of the data that says so. */
    asOf: string;
    location: DependencyLocation;
    message: string;
}

export interface TyposquatFinding {
    type: 'typosquat';
    registry: Registry;
    package: string;
    /** The much used package the name is one or two slips from. */
    similarTo: string;
    location: DependencyLocation;
    message: string;
}

export interface TierReport {
    counts: TierCounts;
    /** Dependencies without a curated entry whose last release is STALE_RELEASE_YEARS old or more. */
    staleReleases: StaleReleaseFinding[];
    typosquats: TyposquatFinding[];
}

/** Asks the tiers about every dependency the catalog does not know, one step each. */
export function* tierReportSteps(detection: StackDetection, registry: RegistryLookup, l10n: L10n): Steps<TierReport> {
    const unknown: readonly UnknownDependency[] = detection.unknown;
    const report: TierReport = {
        counts: { catalog: detection.dependencyCount - unknown.length, family: 0, index: 0, none: 0, elsewhere: 0 },
        staleReleases: [],
        typosquats: [],
    };
    for (const dependency of unknown) {
        addDependency(report, registry, dependency, l10n);
        yield;
    }
    return report;
}

function addDependency(report: TierReport, registry: RegistryLookup, dependency: UnknownDependency, l10n: L10n): void {
    const { registry: registryId, name, location } = dependency;
    if (dependency.source !== undefined) {
        report.counts.elsewhere += 1;
        return;
    }
    const description = registry.describe(registryId, name);
    if (!description) {
        report.counts.none += 1;
        const typosquat = registry.typosquat(registryId, name);
        if (typosquat) {
            const message = l10n.t('{0} is one or two keys from {1}, a much used package: check the spelling.', name, typosquat.similarTo);
            report.typosquats.push({ type: 'typosquat', registry: registryId, package: name, similarTo: typosquat.similarTo, location, message });
        }
        return;
    }
    // A dependency the catalog knows is counted before the loop; describe() never says 'catalog' here.
    report.counts[description.source === 'family' ? 'family' : 'index'] += 1;
    const { lastRelease, asOf } = description;
    if (lastRelease !== undefined && asOf !== undefined && isStaleRelease(lastRelease, asOf)) {
        const message = l10n.t('{0} has had no release since {1} (data of {2}): it may no longer be maintained.', name, lastRelease, asOf);
        report.staleReleases.push({ type: 'stale-release', registry: registryId, package: name, lastRelease, asOf, location, message });
    }
}

/** "120 catalog · 14 family · 30 index · 6 none", with "· 2 Git or URL" when some are. */
export function tierCountsText(counts: TierCounts, l10n: L10n): string {
    const parts = [l10n.t('{0} catalog', counts.catalog), l10n.t('{0} family', counts.family), l10n.t('{0} index', counts.index), l10n.t('{0} none', counts.none)];
    if (counts.elsewhere > 0) {
        parts.push(l10n.t('{0} Git or URL', counts.elsewhere));
    }
    return parts.join(' · ');
}

/** The summary's findings on the tiers, one message per count form so a translation words each whole; they start with their count. */
function tierFindings(report: TierReport, l10n: L10n): string[] {
    const stale = report.staleReleases.length;
    const typos = report.typosquats.length;
    const findings: string[] = [];
    if (stale > 0) {
        findings.push(
            stale === 1
                ? l10n.t('1 dependency has had no release in {0} years or more', STALE_RELEASE_YEARS)
                : l10n.t('{0} dependencies have had no release in {1} years or more', stale, STALE_RELEASE_YEARS),
        );
    }
    if (typos > 0) {
        findings.push(typos === 1 ? l10n.t('1 name looks like a typosquat of a much used package') : l10n.t('{0} names look like a typosquat of a much used package', typos));
    }
    return findings;
}

/** The summary's sentences on the tiers and their findings. */
export function tierSentence(report: TierReport, l10n: L10n): string {
    const { counts } = report;
    const answered =
        counts.elsewhere === 0
            ? l10n.t('Dependencies answered: {0} by a catalog entry, {1} by a package family, {2} by the registry index, {3} by none.', counts.catalog, counts.family, counts.index, counts.none)
            : counts.elsewhere === 1
              ? l10n.t(
                    'Dependencies answered: {0} by a catalog entry, {1} by a package family, {2} by the registry index, {3} by none; 1 comes from Git or a URL.',
                    counts.catalog,
                    counts.family,
                    counts.index,
                    counts.none,
                )
              : l10n.t(
                    'Dependencies answered: {0} by a catalog entry, {1} by a package family, {2} by the registry index, {3} by none; {4} come from Git or a URL.',
                    counts.catalog,
                    counts.family,
                    counts.index,
                    counts.none,
                    counts.elsewhere,
                );
    const findings = tierFindings(report, l10n);
    return findings.length > 0 ? `${answered} ${findings.join('; ')}.` : answered;
}
