/**
 * How far a locked version is behind the latest one the registry index knows, by each
 * ecosystem's own version library (the constraint explainers' schemes). Pure and offline: the
 * "latest" is the index's, with its date.
 */
import type { Registry } from '../catalog/schema';
import { SEMVER } from '../constraints/npm';
import { PEP440 } from '../constraints/pep440';
import { RUBYGEMS } from '../constraints/rubygems';
import type { VersionScheme } from '../constraints/versionSpace';

const SCHEMES: Record<Registry, VersionScheme> = { npm: SEMVER, pypi: PEP440, rubygems: RUBYGEMS };

export type Standing =
    /** The locked version is the latest (or newer: a prerelease, or a release after the index's date). */
    | { readonly kind: 'up-to-date' }
    /** Behind by `majors` major versions (0: a newer minor or patch release of the same major). */
    | { readonly kind: 'behind'; readonly majors: number };

/** Undefined when either version is outside the ecosystem's scheme, so nothing is claimed. */
export function standing(registry: Registry, locked: string, latest: string): Standing | undefined {
    const scheme = SCHEMES[registry];
    try {
        const lockedRelease = scheme.release(locked);
        const latestRelease = scheme.release(latest);
        if (lockedRelease === undefined || latestRelease === undefined) {
            return undefined;
        }
        if (scheme.compare(locked, latest) >= 0) {
            return { kind: 'up-to-date' };
        }
        return { kind: 'behind', majors: Math.max(0, (latestRelease[0] ?? 0) - (lockedRelease[0] ?? 0)) };
    } catch {
        // A version string a library rejects by throwing rather than by returning undefined.
        return undefined;
    }
}
