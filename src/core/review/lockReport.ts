/**
 * What the workspace's lockfiles add to a review: dependencies whose locked version is a major
 * version or more behind the latest one the registry index knows, and those whose locked
 * version no longer satisfies the manifest (the lockfile is out of date). Pure, and in steps
 * like the rest of the analysis (see slices.ts): one manifest per step.
 */
import type { Registry } from '../catalog/schema';
import { lockedFacts, type LatestKnown } from '../lockfiles/lockedFacts';
import type { LockIndex } from '../lockfiles/lockTypes';
import { formatFor } from '../manifests/formats';
import type { ManifestDependency } from '../manifests/manifestTypes';
import type { RegistryLookup } from '../registry/tiers';
import type { L10n } from '../text/l10n';
import { compareCodeUnits } from '../text/order';
import { LineIndex, type DependencyLocation, type ManifestFile } from './detect';
import type { Steps } from './slices';

/** A manifest's lockfile, read: its index and the manifest's member path in it. */
export interface ManifestLock {
    readonly fileName: string;
    readonly index: LockIndex;
    readonly member: string;
}

export interface BehindFinding {
    type: 'behind';
    registry: Registry;
    package: string;
    locked: string;
    latest: string;
    /** YYYY-MM-DD of the registry index that says so. */
    asOf?: string;
    /** Major versions between the locked and the latest. */
    majors: number;
    lockfile: string;
    location: DependencyLocation;
    message: string;
}

export interface OutdatedLockFinding {
    type: 'lockfile-outdated';
    registry: Registry;
    package: string;
    constraint: string;
    locked: string;
    lockfile: string;
    location: DependencyLocation;
    message: string;
}

export interface LockReport {
    /** Manifests whose lockfile was read. */
    lockedManifests: number;
    /** The most majors behind first, then by name. */
    behind: BehindFinding[];
    outdated: OutdatedLockFinding[];
}

function latestOf(registry: RegistryLookup | undefined, dependency: ManifestDependency): LatestKnown | undefined {
    const description = registry?.describe(dependency.registry, dependency.name);
    return description?.latestVersion === undefined ? undefined : { version: description.latestVersion, asOf: description.asOf };
}

/** "x is locked at 1.2.0 in package-lock.json; the latest release as of 2026-11-01 is 3.0.0, 2 major versions ahead.", one message per form. */
function behindMessage(name: string, locked: string, lockfile: string, latest: { version: string; asOf?: string | undefined; majors: number }, l10n: L10n): string {
    const { version, asOf, majors } = latest;
    // An empty date says no more than none.
    if (!asOf) {
        return majors === 1
            ? l10n.t('{0} is locked at {1} in {2}; the latest release is {3}, 1 major version ahead.', name, locked, lockfile, version)
            : l10n.t('{0} is locked at {1} in {2}; the latest release is {3}, {4} major versions ahead.', name, locked, lockfile, version, majors);
    }
    return majors === 1
        ? l10n.t('{0} is locked at {1} in {2}; the latest release as of {3} is {4}, 1 major version ahead.', name, locked, lockfile, asOf, version)
        : l10n.t('{0} is locked at {1} in {2}; the latest release as of {3} is {4}, {5} major versions ahead.', name, locked, lockfile, asOf, version, majors);
}

function addManifest(report: LockReport, file: ManifestFile, lock: ManifestLock, registry: RegistryLookup | undefined, l10n: L10n): void {
    const format = formatFor(file.path);
    if (!format) {
        return;
    }
    report.lockedManifests++;
    const lines = new LineIndex(file.text);
    for (const dependency of format.parse(file.text).dependencies) {
        if (dependency.source !== undefined) {
            continue;
        }
        const facts = lockedFacts(lock.index, lock.fileName, lock.member, dependency, latestOf(registry, dependency));
        const locked = facts.locked[0]?.version;
        if (locked === undefined) {
            continue;
        }
        const { line, character } = lines.position(dependency.nameSpan.start);
        const location = { uri: file.uri, path: file.path, line, character, length: dependency.nameSpan.end - dependency.nameSpan.start };
        const common = { registry: dependency.registry, package: dependency.name, locked, lockfile: lock.fileName, location };
        if (facts.standing?.kind === 'behind' && facts.standing.majors > 0 && facts.latest) {
            const { majors } = facts.standing;
            const { version: latest, asOf } = facts.latest;
            const message = behindMessage(dependency.name, locked, lock.fileName, { version: latest, asOf, majors }, l10n);
            report.behind.push({ type: 'behind', ...common, latest, ...(asOf === undefined ? {} : { asOf }), majors, message });
        }
        if (facts.satisfies === false && dependency.constraint !== undefined) {
            const message = l10n.t(
                '{0} locks {1} at {2}, outside {3}: the lockfile is out of date; run the install again.',
                lock.fileName,
                dependency.name,
                locked,
                dependency.constraint,
            );
            report.outdated.push({ type: 'lockfile-outdated', ...common, constraint: dependency.constraint, message });
        }
    }
}

/** Reads each manifest that has a lockfile against it, one step each. */
export function* lockReportSteps(
    files: readonly ManifestFile[],
    locks: ReadonlyMap<string, ManifestLock>,
    registry: RegistryLookup | undefined,
    l10n: L10n,
): Steps<LockReport> {
    const report: LockReport = { lockedManifests: 0, behind: [], outdated: [] };
    for (const file of files) {
        const lock = locks.get(file.uri);
        // A nested project the workspace's lockfile does not list is not locked by it.
        if (lock?.index.hasMember(lock.member)) {
            addManifest(report, file, lock, registry, l10n);
            yield;
        }
    }
    report.behind.sort((a, b) => b.majors - a.majors || compareCodeUnits(a.package, b.package) || compareCodeUnits(a.location.path, b.location.path));
    return report;
}

/** The summary's sentence on the lockfiles; undefined when none was read. */
export function lockSentence(report: LockReport, l10n: L10n): string | undefined {
    if (report.lockedManifests === 0) {
        return undefined;
    }
    const behind = report.behind.length;
    const outdated = report.outdated.length;
    const behindPart =
        behind === 0
            ? l10n.t('no locked dependency is a major version behind the registry index')
            : behind === 1
              ? l10n.t('1 locked dependency is a major version or more behind the registry index')
              : l10n.t('{0} locked dependencies are a major version or more behind the registry index', behind);
    const outdatedPart =
        outdated === 0
            ? l10n.t('every lockfile matches its manifest')
            : outdated === 1
              ? l10n.t('1 locked version no longer satisfies the manifest: the lockfile is out of date')
              : l10n.t('{0} locked versions no longer satisfy the manifest: the lockfile is out of date', outdated);
    return l10n.t('Lockfiles: {0}; {1}.', behindPart, outdatedPart);
}
