/**
 * Findings the user dismissed. Each finding has a key, kept in a workspace setting: a package's
 * findings by its package key (`npm:moment`), a same-role group by its members' keys sorted
 * and joined with `+` (`npm:dayjs+npm:moment`), so a group that gains a member is shown again.
 * Pure; the host reads and writes the setting.
 */
import { packageKey } from '../catalog/packageNames';
import type { Registry } from '../catalog/schema';
import { compareCodeUnits } from '../text/order';
import type { SameRoleFinding, StackDetection } from './detect';
import type { TierReport } from './tierReport';
import type { LockReport } from './lockReport';

/** The key of a finding about one package. */
export function packageFindingKey(finding: { registry: Registry; package: string }): string {
    return packageKey(finding.registry, finding.package);
}

/** The key of a same-role group: the same whatever order the manifests declare it in. */
export function sameRoleKey(finding: Pick<SameRoleFinding, 'packages'>): string {
    return [...finding.packages].sort(compareCodeUnits).join('+');
}

/**
 * The setting's value as a set of keys: anything but an array of strings (a hand-edited
 * settings file) counts as nothing ignored; keys are compared exactly as the Ignore action writes them.
 */
export function ignoredKeys(value: unknown): ReadonlySet<string> {
    if (!Array.isArray(value)) {
        return new Set();
    }
    return new Set(value.filter((key): key is string => typeof key === 'string').map((key) => key.trim()));
}

/** The findings about packages whose keys are not ignored. */
function notIgnored<T extends { registry: Registry; package: string }>(findings: readonly T[], ignored: ReadonlySet<string>): T[] {
    return findings.filter((finding) => !ignored.has(packageFindingKey(finding)));
}

/** The detection without the findings whose keys are ignored; the counts of dependencies stay. */
export function withoutIgnored(detection: StackDetection, ignored: ReadonlySet<string>): StackDetection {
    if (ignored.size === 0) {
        return detection;
    }
    return {
        ...detection,
        statusFindings: notIgnored(detection.statusFindings, ignored),
        holdFindings: notIgnored(detection.holdFindings, ignored),
        sameRoleFindings: detection.sameRoleFindings.filter((finding) => !ignored.has(sameRoleKey(finding))),
    };
}

/** The tiers' findings without the ignored packages; the counts stay. */
export function tiersWithoutIgnored(tiers: TierReport, ignored: ReadonlySet<string>): TierReport {
    if (ignored.size === 0) {
        return tiers;
    }
    return {
        ...tiers,
        staleReleases: notIgnored(tiers.staleReleases, ignored),
        typosquats: notIgnored(tiers.typosquats, ignored),
    };
}

/** The lockfiles' findings without the ignored packages, like every other finding about a package. */
export function locksWithoutIgnored(locks: LockReport, ignored: ReadonlySet<string>): LockReport {
    if (ignored.size === 0) {
        return locks;
    }
    return {
        ...locks,
        behind: notIgnored(locks.behind, ignored),
        outdated: notIgnored(locks.outdated, ignored),
    };
}
