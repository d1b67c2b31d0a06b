import type { ManifestDependency, ManifestFormat } from './manifestTypes';
import { tokenizeRuby } from './rubyTokens';
import { contentSpan, isGemName, literalString, literalStrings, readArguments, versionConstraint } from './rubyCalls';
import { parseManifest } from './harness';
import { manifestFormatOf } from './manifestFiles';

const DEPENDENCY_METHODS: Record<string, string> = {
    add_dependency: 'runtime dependencies',
    add_runtime_dependency: 'runtime dependencies',
    add_development_dependency: 'development dependencies',
};

function parseGemspec(text: string): ManifestDependency[] {
    const tokens = tokenizeRuby(text);
    const out: ManifestDependency[] = [];
    let i = 0;
    while (i < tokens.length) {
        const token = tokens[i];
        const section = token?.kind === 'ident' && Object.hasOwn(DEPENDENCY_METHODS, token.text) ? DEPENDENCY_METHODS[token.text] : undefined;
        if (section === undefined) {
            i++;
            continue;
        }
        const { args, next } = readArguments(tokens, i + 1);
        i = Math.max(next, i + 1);
        const [nameArg, ...versionArgs] = args;
        const nameToken = literalString(nameArg);
        if (!nameToken || !isGemName(nameToken.text)) {
            continue;
        }
        const versions = [];
        for (const arg of versionArgs) {
            const strings = literalStrings(arg);
            if (!strings) {
                break;
            }
            versions.push(...strings);
        }
        out.push({ registry: 'rubygems', name: nameToken.text, nameSpan: contentSpan(nameToken), section, ...versionConstraint(versions) });
    }
    return out;
}

export const gemspecFormat: ManifestFormat = {
    id: 'gemspec',
    registry: 'rubygems',
    matches: (fileName: string): boolean => manifestFormatOf(fileName) === 'gemspec',
    parse: (text, onError) => parseManifest(text, (source) => ({ dependencies: parseGemspec(source) }), onError),
};
