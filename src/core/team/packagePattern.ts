import { normalizePackageName } from '../catalog/packageNames';
import { REGISTRIES, type Registry } from '../catalog/vocabulary';
import type { PackagePattern } from './teamTypes';

/**
 * What a `package` in a team file must look like: a registry, a colon, and a name that may end
 * in one `*`. The same expression is in the JSON Schema, so the editor flags it while typing.
 */
export const PACKAGE_PATTERN_REGEX = /^(?:npm|rubygems|pypi):(?:[^\s*]+\*?|\*)$/;

const isRegistry = (value: string): value is Registry => (REGISTRIES as readonly string[]).includes(value);

/** Reads `npm:@acme/*`; undefined when it is not `registry:name` with at most a trailing `*`. */
export function parsePackagePattern(text: string): PackagePattern | undefined {
    if (!PACKAGE_PATTERN_REGEX.test(text)) {
        return undefined;
    }
    const colon = text.indexOf(':');
    const registry = text.slice(0, colon);
    if (!isRegistry(registry)) {
        return undefined;
    }
    const raw = text.slice(colon + 1);
    const prefix = raw.endsWith('*');
    const name = prefix ? raw.slice(0, -1) : raw;
    // A PyPI prefix keeps its trailing separator as one `-`, the way the whole name would read.
    return { registry, name: name === '' ? '' : normalizePackageName(registry, name), prefix, text };
}

/** Whether a dependency's name matches; `name` is compared after the registry's normalisation. */
export function patternMatches(pattern: PackagePattern, registry: Registry, name: string): boolean {
    if (pattern.registry !== registry) {
        return false;
    }
    const normalized = normalizePackageName(registry, name);
    return pattern.prefix ? normalized.startsWith(pattern.name) : normalized === pattern.name;
}

/** The key under which a later file replaces an earlier one's word on the same package. */
export function patternKey(pattern: PackagePattern): string {
    return `${pattern.registry}:${pattern.name}${pattern.prefix ? '*' : ''}`;
}
