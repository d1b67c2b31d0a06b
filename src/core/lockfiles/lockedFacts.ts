/**
 * What a lockfile says about one manifest dependency, for the hover and the review alike: the
 * version(s) locked, whether they satisfy the manifest's constraint, and how far behind the
 * registry index's latest version they are.
 */
import type { Registry } from '../catalog/schema';
import { constraintAllows } from '../constraints/allows';
import type { ManifestDependency } from '../manifests/manifestTypes';
import { standing, type Standing } from './behind';
import type { LockedPackage, LockIndex } from './lockTypes';

/** The latest version the registry index knows, and the date of the index. */
export interface LatestKnown {
    readonly version: string;
    /** YYYY-MM-DD. */
    readonly asOf?: string;
}

export interface LockedFacts {
    readonly lockfile: string;
    /** Empty when the lockfile does not have the dependency. */
    readonly locked: readonly LockedPackage[];
    /** False when no locked version satisfies the manifest's constraint: the lockfile is out of date. */
    readonly satisfies?: boolean;
    readonly latest?: LatestKnown;
    readonly standing?: Standing;
}

/** The name the lockfile knows it by, and the range it was asked with (an alias's own spelling). */
function lookupOf(dependency: ManifestDependency): { name: string; range?: string } {
    if (dependency.installedAs === undefined) {
        return { name: dependency.name, range: dependency.constraint };
    }
    const range = dependency.constraint === undefined ? undefined : `npm:${dependency.name}@${dependency.constraint}`;
    return { name: dependency.installedAs, range };
}

const fromRegistry = (locked: LockedPackage): boolean => locked.source === undefined;

function satisfaction(registry: Registry, dependency: ManifestDependency, locked: readonly LockedPackage[]): boolean | undefined {
    const { constraint } = dependency;
    const versions = locked.filter(fromRegistry).map((one) => one.version);
    if (constraint === undefined || dependency.source !== undefined || versions.length === 0) {
        return undefined;
    }
    const answers = versions.map((version) => constraintAllows(registry, constraint, version, dependency.constraintSyntax));
    // Only a clear "no" for every version flags the lockfile; a constraint the library cannot read says nothing.
    return answers.some((answer) => answer === true) ? true : answers.every((answer) => answer === false) ? false : undefined;
}

export function lockedFacts(index: LockIndex, lockfile: string, member: string, dependency: ManifestDependency, latest?: LatestKnown): LockedFacts {
    const { name, range } = lookupOf(dependency);
    const locked = index.resolve(name, member, range);
    const first = locked[0];
    const satisfies = satisfaction(index.registry, dependency, locked);
    const measured = first && fromRegistry(first) && latest ? standing(index.registry, first.version, latest.version) : undefined;
    return {
        lockfile,
        locked,
        ...(satisfies === undefined ? {} : { satisfies }),
        ...(measured === undefined || latest === undefined ? {} : { latest, standing: measured }),
    };
}
