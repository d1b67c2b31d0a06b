/**
 * What the family rules and the registry index add to a review: how many dependencies each
 * tier answered, the ones whose last release is years old, and the names that look like a slip
 * for a much used package. Pure, and in steps like the rest of the analysis (see slices.ts).
 */
import type { Registry } from '../catalog/schema';
import { isStaleRelease, STALE_RELEASE_YEARS } from '../registry/signals';
import type { RegistryLookup } from '../registry/tiers';
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
export function* tierReportSteps(detection: StackDetection, registry: RegistryLookup): Steps<TierReport> {
    const unknown: readonly UnknownDependency[] = detection.unknown;
    const report: TierReport = {
        counts: { catalog: detection.dependencyCount - unknown.length, family: 0, index: 0, none: 0, elsewhere: 0 },
        staleReleases: [],
        typosquats: [],
    };
    for (const dependency of unknown) {
        addDependency(report, registry, dependency);
        yield;
    }
    return report;
}

function addDependency(report: TierReport, registry: RegistryLookup, dependency: UnknownDependency): void {
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
            const message = `${name} is one or two keys from ${typosquat.similarTo}, a much used package: check the spelling.`;
            report.typosquats.push({ type: 'typosquat', registry: registryId, package: name, similarTo: typosquat.similarTo, location, message });
        }
        return;
    }
    // A dependency the catalog knows is counted before the loop; describe() never says 'catalog' here.
    report.counts[description.source === 'family' ? 'family' : 'index'] += 1;
    const { lastRelease, asOf } = description;
    if (lastRelease !== undefined && asOf !== undefined && isStaleRelease(lastRelease, asOf)) {
        const message = `${name} has had no release since ${lastRelease} (data of ${asOf}): it may no longer be maintained.`;
        report.staleReleases.push({ type: 'stale-release', registry: registryId, package: name, lastRelease, asOf, location, message });
    }
}

/** "120 catalog · 14 family · 30 index · 6 none", with "· 2 Git or URL" when some are. */
export function tierCountsText(counts: TierCounts): string {
    const parts = [`${counts.catalog} catalog`, `${counts.family} family`, `${counts.index} index`, `${counts.none} none`];
    if (counts.elsewhere > 0) {
        parts.push(`${counts.elsewhere} Git or URL`);
    }
    return parts.join(' · ');
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** The summary's sentence on the tiers and their findings. */
export function tierSentence(report: TierReport): string {
    const { counts } = report;
    const answered = [
        `${counts.catalog} by a catalog entry`,
        `${counts.family} by a package family`,
        `${counts.index} by the registry index`,
        `${counts.none} by none`,
    ];
    const elsewhere = counts.elsewhere > 0 ? `; ${plural(counts.elsewhere, 'comes', 'come')} from Git or a URL` : '';
    const stale = report.staleReleases.length;
    const typos = report.typosquats.length;
    const findings = [
        stale === 0 ? undefined : `${plural(stale, 'dependency has', 'dependencies have')} had no release in ${STALE_RELEASE_YEARS} years or more`,
        typos === 0 ? undefined : `${plural(typos, 'name looks', 'names look')} like a typosquat of a much used package`,
    ].filter((part): part is string => part !== undefined);
    return `Dependencies answered: ${answered.join(', ')}${elsewhere}.${findings.length > 0 ? ` ${findings.join('; ').replace(/^./, (c) => c.toUpperCase())}.` : ''}`;
}
