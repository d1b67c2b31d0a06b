import { parsedManifest } from './parsedManifest';
import type { ManifestContents, ManifestDependency, ParsedManifest, ParseErrorHook, TextSpan } from './manifestTypes';
import { exceedsManifestLimit } from './limits';

function isValidSpan(span: TextSpan, length: number): boolean {
    return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length;
}

/**
 * Sorts and sanitises what a format parser found, so that `ParsedManifest.at` can binary-search it:
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

const EMPTY: ParsedManifest = parsedManifest([]);

/**
 * Runs a format parser under the shared rules: oversized text reads as empty, and so does any
 * exception (deep nesting can overflow a recursive parser's stack), which `onError` is told of
 * so that tests can tell a parser bug from a malformed manifest. The result is normalised.
 */
export function parseManifest(text: string, parse: (text: string) => ManifestContents, onError?: ParseErrorHook): ParsedManifest {
    if (typeof text !== 'string' || exceedsManifestLimit(text)) {
        return EMPTY;
    }
    try {
        const contents = parse(text);
        return parsedManifest(normalizeDependencies(contents.dependencies, text.length), contents.packageName);
    } catch (error) {
        onError?.(error);
        return EMPTY;
    }
}
