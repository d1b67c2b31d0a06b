import type { ManifestDependency, ParsedManifest, TextSpan } from './manifestTypes';

function contains(span: TextSpan | undefined, offset: number): boolean {
    return span !== undefined && offset >= span.start && offset < span.end;
}

/**
 * The dependency whose name or constraint covers `offset`. Relies on what `parseManifest`
 * guarantees: sorted by name, and each constraint lying between its name and the next name.
 */
export function dependencyAt(deps: readonly ManifestDependency[], offset: number): ManifestDependency | undefined {
    let low = 0;
    let high = deps.length - 1;
    let candidate: ManifestDependency | undefined;
    while (low <= high) {
        const mid = (low + high) >>> 1;
        const dep = deps[mid];
        if (dep === undefined) {
            break;
        }
        if (dep.nameSpan.start <= offset) {
            candidate = dep;
            low = mid + 1;
        } else {
            high = mid - 1;
        }
    }
    if (candidate && (contains(candidate.nameSpan, offset) || contains(candidate.constraintSpan, offset))) {
        return candidate;
    }
    return undefined;
}

export function parsedManifest(dependencies: readonly ManifestDependency[], packageName?: string): ParsedManifest {
    return {
        dependencies,
        ...(packageName === undefined ? {} : { packageName }),
        at: (offset) => dependencyAt(dependencies, offset),
    };
}
