import type { Registry } from './schema';

/**
 * The key under which a package name is indexed. PyPI compares names after PEP 503
 * normalisation (`Django`, `django` and `DJANGO` are one project; `-`, `_` and `.` are
 * interchangeable); npm and RubyGems names are compared as written.
 */
export function normalizePackageName(registry: Registry, name: string): string {
    const trimmed = name.trim();
    return registry === 'pypi' ? trimmed.replace(/[-_.]+/g, '-').toLowerCase() : trimmed;
}

export function packageKey(registry: Registry, name: string): string {
    return `${registry}:${normalizePackageName(registry, name)}`;
}
