import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { ManifestContents, ManifestDependency, ManifestFormat, TextSpan } from './manifestTypes';
import { parseManifest } from './harness';
import { jsonNestsDeeperThan, jsonString, objectProperties } from './jsonStrings';
import { MAX_NESTING } from './limits';
import { subSpan, type LocatedString } from './located';
import { classifyNpmSpec, isPlausibleNpmName, splitVersionSelector } from './npmSpec';
import { manifestFormatOf } from './manifestFiles';

const DEPENDENCY_MAPS = new Set(['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']);
const NAME_LISTS = new Set(['bundleDependencies', 'bundledDependencies']);

/** A package named inside an object key, with its offsets within the key. */
interface KeyName {
    name: string;
    from: number;
    to: number;
}

function dependency(name: string, nameSpan: TextSpan, section: string, value: LocatedString | undefined): ManifestDependency {
    const dep: ManifestDependency = { registry: 'npm', name, nameSpan, section };
    if (!value) {
        return dep;
    }
    const spec = classifyNpmSpec(value.value);
    switch (spec.kind) {
        case 'registry':
            return { ...dep, constraint: spec.constraint, constraintSpan: value.span };
        case 'source':
            return { ...dep, source: spec.source };
        case 'alias':
            if (!isPlausibleNpmName(spec.name)) {
                return dep;
            }
            return spec.constraint === undefined || spec.constraintStart === undefined
                ? { ...dep, name: spec.name, installedAs: name }
                : { ...dep, name: spec.name, installedAs: name, constraint: spec.constraint, constraintSpan: subSpan(value, spec.constraintStart) };
        case 'indirect':
            return dep;
    }
}

function fromDependencyMap(text: string, map: Node | undefined, section: string, out: ManifestDependency[]): void {
    for (const { key, value } of objectProperties(map)) {
        const name = jsonString(text, key);
        if (name && isPlausibleNpmName(name.value)) {
            out.push(dependency(name.value, name.span, section, jsonString(text, value)));
        }
    }
}

function fromNameList(text: string, list: Node | undefined, section: string, out: ManifestDependency[]): void {
    if (list?.type !== 'array') {
        return;
    }
    for (const element of list.children ?? []) {
        const name = jsonString(text, element);
        if (name && isPlausibleNpmName(name.value)) {
            out.push({ registry: 'npm', name: name.value, nameSpan: name.span, section });
        }
    }
}

/** npm overrides keys: "foo", "foo@1", "@scope/pkg@^2". */
function npmOverrideKey(key: string): KeyName {
    const { name } = splitVersionSelector(key);
    return { name, from: 0, to: name.length };
}

/** pnpm overrides keys: "foo", "foo@1", "parent>child", "parent@1>child@2". */
function pnpmOverrideKey(key: string): KeyName {
    const from = key.lastIndexOf('>') + 1;
    const { name } = splitVersionSelector(key.slice(from));
    return { name, from, to: from + name.length };
}

/** yarn resolutions keys: "foo", "**\/foo", "parent/child", "@scope/pkg", "a/@scope/b@1". */
function yarnResolutionKey(key: string): KeyName {
    let segmentStart = 0;
    let last: KeyName = { name: '', from: 0, to: 0 };
    while (segmentStart <= key.length) {
        let slash = key.indexOf('/', segmentStart);
        if (key[segmentStart] === '@' && slash >= 0) {
            slash = key.indexOf('/', slash + 1);
        }
        const segmentEnd = slash < 0 ? key.length : slash;
        const segment = key.slice(segmentStart, segmentEnd);
        if (segment !== '**' && segment !== '*' && segment.length > 0) {
            const { name } = splitVersionSelector(segment);
            last = { name, from: segmentStart, to: segmentStart + name.length };
        }
        if (slash < 0) {
            break;
        }
        segmentStart = slash + 1;
    }
    return last;
}

/**
 * Overrides nest: `{ "foo": { ".": "1.0.0", "bar": "2.0.0" } }`. Inside a nested override the
 * "." key sets the version of the package that encloses it (`parentName`).
 */
function fromOverrides(
    text: string,
    map: Node | undefined,
    section: string,
    keyName: (key: string) => KeyName,
    out: ManifestDependency[],
    parentName?: string,
): void {
    for (const { key, value } of objectProperties(map)) {
        const keyString = jsonString(text, key);
        if (!keyString) {
            continue;
        }
        if (keyString.value === '.') {
            if (parentName !== undefined) {
                out.push(dependency(parentName, keyString.span, section, jsonString(text, value)));
            }
            continue;
        }
        const located = keyName(keyString.value);
        if (!isPlausibleNpmName(located.name)) {
            continue;
        }
        const nameSpan = subSpan(keyString, located.from, located.to);
        if (value?.type === 'object') {
            out.push({ registry: 'npm', name: located.name, nameSpan, section });
            fromOverrides(text, value, `${section} › ${located.name}`, keyName, out, located.name);
        } else {
            out.push(dependency(located.name, nameSpan, section, jsonString(text, value)));
        }
    }
}

function parsePackageJson(text: string): ManifestContents {
    // jsonc-parser recurses per level: absurd nesting would overflow the stack.
    if (jsonNestsDeeperThan(text, MAX_NESTING)) {
        return { dependencies: [] };
    }
    // Comments and trailing commas are fine (package.json is often edited as JSONC); any other
    // error means the document is malformed, and a malformed manifest gets no hover.
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0) {
        return { dependencies: [] };
    }
    const out: ManifestDependency[] = [];
    let packageName: string | undefined;
    for (const { key, value } of objectProperties(root)) {
        const section = jsonString(text, key)?.value;
        if (section === undefined) {
            continue;
        }
        if (section === 'name') {
            const name = jsonString(text, value)?.value;
            packageName = name === '' ? undefined : name;
        } else if (DEPENDENCY_MAPS.has(section)) {
            fromDependencyMap(text, value, section, out);
        } else if (NAME_LISTS.has(section)) {
            fromNameList(text, value, section, out);
        } else if (section === 'overrides') {
            fromOverrides(text, value, section, npmOverrideKey, out);
        } else if (section === 'resolutions') {
            fromOverrides(text, value, section, yarnResolutionKey, out);
        } else if (section === 'pnpm') {
            for (const pnpm of objectProperties(value)) {
                if (jsonString(text, pnpm.key)?.value === 'overrides') {
                    fromOverrides(text, pnpm.value, 'pnpm.overrides', pnpmOverrideKey, out);
                }
            }
        }
    }
    return packageName === undefined ? { dependencies: out } : { dependencies: out, packageName };
}

export const packageJsonFormat: ManifestFormat = {
    id: 'package.json',
    registry: 'npm',
    matches: (fileName: string): boolean => manifestFormatOf(fileName) === 'package.json',
    parse: (text, onError) => parseManifest(text, parsePackageJson, onError),
};
