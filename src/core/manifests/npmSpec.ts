import type { DependencySource } from './manifestTypes';

/** What a package.json dependency value asks for; offsets are relative to the value. */
export type NpmSpec =
    | { kind: 'registry'; constraint: string }
    | { kind: 'alias'; name: string; nameStart: number; constraint?: string; constraintStart?: number }
    | { kind: 'source'; source: DependencySource }
    /** `$foo` (npm overrides), `catalog:` (pnpm), `-` (pnpm removal): the version is decided elsewhere. */
    | { kind: 'indirect' };

const GIT_PREFIXES = /^(?:git\+[a-z]+:|git:|github:|gitlab:|bitbucket:|gist:|git@)/i;
const PATH_PREFIXES = /^(?:file:|link:|portal:|workspace:|\.{1,2}(?:[\\/]|$)|~[\\/]|\/|[a-z]:[\\/])/i;
const INDIRECT_PREFIXES = /^(?:\$|catalog:|patch:|exec:|-$)/;
/** `user/repo` or `user/repo#ref`: a semver range can never contain a slash. */
const GITHUB_SHORTHAND = /^[\w.-]+\/[\w.-]+(?:#.*)?$/;
const HOSTED_GIT = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\/|\.git(?:#.*)?$/i;

export function classifyNpmSpec(value: string): NpmSpec {
    const spec = value.trim();
    if (spec.startsWith('npm:')) {
        return aliasSpec(value);
    }
    if (INDIRECT_PREFIXES.test(spec)) {
        return { kind: 'indirect' };
    }
    if (GIT_PREFIXES.test(spec) || GITHUB_SHORTHAND.test(spec)) {
        return { kind: 'source', source: 'git' };
    }
    if (/^https?:\/\//i.test(spec)) {
        return { kind: 'source', source: HOSTED_GIT.test(spec) ? 'git' : 'url' };
    }
    if (PATH_PREFIXES.test(spec)) {
        return { kind: 'source', source: 'path' };
    }
    return { kind: 'registry', constraint: value };
}

function aliasSpec(value: string): NpmSpec {
    const nameStart = value.indexOf('npm:') + 'npm:'.length;
    const target = splitVersionSelector(value.slice(nameStart));
    if (target.name.length === 0) {
        return { kind: 'indirect' };
    }
    if (target.selectorStart === undefined) {
        return { kind: 'alias', name: target.name, nameStart };
    }
    const constraintStart = nameStart + target.selectorStart;
    return { kind: 'alias', name: target.name, nameStart, constraint: value.slice(constraintStart), constraintStart };
}

/** "@scope/pkg@^1" → name "@scope/pkg", selector from the offset after the second "@". */
export function splitVersionSelector(spec: string): { name: string; selectorStart?: number } {
    const at = spec.indexOf('@', spec.startsWith('@') ? 1 : 0);
    if (at < 0) {
        return { name: spec };
    }
    return { name: spec.slice(0, at), selectorStart: at + 1 };
}

const NPM_NAME = /^(?:@[^\s/@]+\/)?[^\s/@]+$/;

export function isPlausibleNpmName(name: string): boolean {
    return NPM_NAME.test(name) && name !== '.' && name !== '..' && !name.includes('*');
}
