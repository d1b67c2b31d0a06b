import type { LockedSource } from './lockTypes';

/**
 * Where an npm-style lockfile says a package came from, by its `resolved` or version string:
 * a Git URL or host shorthand, a local path or link, or a tarball URL off the registry.
 * Undefined for the registry itself.
 */
export function npmLockedSource(spec: string | undefined): LockedSource | undefined {
    if (spec === undefined) {
        return undefined;
    }
    if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|git@)/i.test(spec) || /\.git(?:#|$)/.test(spec)) {
        return 'git';
    }
    if (/^(?:file:|link:|portal:|\.{1,2}\/)/.test(spec)) {
        return 'path';
    }
    if (/^workspace:/.test(spec)) {
        return 'workspace';
    }
    return undefined;
}

/** "@scope/pkg@1.2.3" → ["@scope/pkg", "1.2.3"]; the version is everything after the name's "@". */
export function splitAtVersion(spec: string): [name: string, version: string] | undefined {
    const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
    return at <= 0 ? undefined : [spec.slice(0, at), spec.slice(at + 1)];
}
