import type { ManifestDependency, TextSpan } from './types';
import { exceedsManifestLimit } from './limits';

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

function isValidSpan(span: TextSpan, length: number): boolean {
    return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length;
}

/**
 * Sorts and sanitises what a format parser found, so that `dependencyAt` can binary-search it:
 * spans must be inside the text, names must not overlap, and a constraint span that would
 * reach over another dependency's name is dropped (the constraint text itself is kept).
 */
export function normalizeDependencies(found: readonly ManifestDependency[], textLength: number): ManifestDependency[] {
    const sorted = found
        .filter((dep) => dep.name.length > 0 && isValidSpan(dep.nameSpan, textLength))
        .sort((a, b) => a.nameSpan.start - b.nameSpan.start);
    const result: ManifestDependency[] = [];
    for (const dep of sorted) {
        const previous = result[result.length - 1];
        if (previous && dep.nameSpan.start < previous.nameSpan.end) {
            continue;
        }
        result.push(dep);
    }
    return result.map((dep, index) => {
        const span = dep.constraintSpan;
        if (span === undefined) {
            return dep;
        }
        const nextStart = result[index + 1]?.nameSpan.start ?? textLength;
        if (isValidSpan(span, textLength) && span.start >= dep.nameSpan.end && span.end <= nextStart) {
            return dep;
        }
        const withoutSpan = { ...dep };
        delete withoutSpan.constraintSpan;
        return withoutSpan;
    });
}

/**
 * Runs a format parser under the shared rules: oversized text gives [], so does any exception
 * (deep nesting can overflow a recursive parser's stack), and the result is normalised.
 */
export function parseManifest(text: string, parse: (text: string) => ManifestDependency[]): ManifestDependency[] {
    if (typeof text !== 'string' || exceedsManifestLimit(text)) {
        return [];
    }
    try {
        return normalizeDependencies(parse(text), text.length);
    } catch {
        return [];
    }
}
