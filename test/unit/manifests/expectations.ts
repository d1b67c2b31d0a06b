import * as assert from 'node:assert/strict';
import type { ManifestDependency, ManifestFormat } from '../../../src/core/manifests/manifestTypes';
import { dependencyAt } from '../../../src/core/manifests/parsedManifest';

/** What a test expects of one dependency; `at` is the text under nameSpan when it differs from the name. */
export interface Expected {
    name: string;
    at?: string;
    section?: string;
    constraint?: string;
    /** The text under constraintSpan when it differs from the constraint (several Ruby strings). */
    constraintAt?: string;
    /** Set when the constraint has no span (a string with escapes). */
    noConstraintSpan?: boolean;
    source?: ManifestDependency['source'];
    markers?: string;
    constraintSyntax?: ManifestDependency['constraintSyntax'];
}

function checkOne(text: string, dep: ManifestDependency, expected: Expected, label: string): void {
    assert.equal(dep.name, expected.name, `${label}: name`);
    assert.equal(text.slice(dep.nameSpan.start, dep.nameSpan.end), expected.at ?? expected.name, `${label}: text under nameSpan`);
    if (expected.section !== undefined) {
        assert.equal(dep.section, expected.section, `${label}: section`);
    }
    assert.equal(dep.constraint, expected.constraint, `${label}: constraint`);
    if (expected.constraint === undefined || expected.noConstraintSpan) {
        assert.equal(dep.constraintSpan, undefined, `${label}: no constraint span`);
    } else {
        assert.ok(dep.constraintSpan, `${label}: constraint span`);
        assert.equal(text.slice(dep.constraintSpan.start, dep.constraintSpan.end), expected.constraintAt ?? expected.constraint, `${label}: text under constraintSpan`);
    }
    assert.equal(dep.source, expected.source, `${label}: source`);
    assert.equal(dep.markers, expected.markers, `${label}: markers`);
    assert.equal(dep.constraintSyntax, expected.constraintSyntax, `${label}: constraintSyntax`);
}

/** Parses `text` and checks every dependency, in order, and that hovers on each span find it. */
export function expectDependencies(format: ManifestFormat, text: string, expected: readonly Expected[]): ManifestDependency[] {
    const deps = [...format.parse(text).dependencies];
    assert.deepEqual(
        deps.map((dep) => dep.name),
        expected.map((item) => item.name),
        'dependency names in order',
    );
    deps.forEach((dep, index) => {
        const item = expected[index];
        assert.ok(item);
        checkOne(text, dep, item, `${dep.name} #${index}`);
        for (const span of [dep.nameSpan, dep.constraintSpan]) {
            if (span) {
                assert.equal(dependencyAt(deps, span.start), dep, `${dep.name}: hover at span start`);
                assert.equal(dependencyAt(deps, span.end - 1), dep, `${dep.name}: hover at span end`);
            }
        }
    });
    return deps;
}

/** Offset of the nth occurrence (0-based) of `needle` in `text`. */
export function offsetOf(text: string, needle: string, occurrence = 0): number {
    let index = -1;
    for (let n = 0; n <= occurrence; n++) {
        index = text.indexOf(needle, index + 1);
        assert.ok(index >= 0, `"${needle}" occurs ${occurrence + 1} times`);
    }
    return index;
}
