import type { DependencySource, ManifestDependency, ManifestFormat } from './types';
import { tokenizeRuby, type RubyToken } from './rubyTokens';
import { isGemName, literalString, literalStrings, optionOf, readArguments, contentSpan, versionConstraint } from './rubyCalls';
import { parseManifest } from './harness';
import { baseName } from './fileNames';

/** Bundler methods whose block gives the gems inside it a section, and where those gems come from. */
const SECTION_BLOCKS: Record<string, DependencySource | undefined> = {
    group: undefined,
    platforms: undefined,
    platform: undefined,
    install_if: undefined,
    env: undefined,
    source: undefined,
    git: 'git',
    github: 'git',
    path: 'path',
};

const SOURCE_OPTIONS: Record<string, DependencySource> = {
    git: 'git',
    github: 'git',
    gist: 'git',
    bitbucket: 'git',
    path: 'path',
};

/** Keywords that always open a block closed by `end`. */
const BLOCK_KEYWORDS = new Set(['case', 'begin', 'def', 'class', 'module']);
/** Keywords that open a block only when they start a statement; elsewhere they are modifiers. */
const STATEMENT_BLOCK_KEYWORDS = new Set(['if', 'unless', 'while', 'until', 'for']);
/** Their optional `do` must not open a second block. */
const LOOP_KEYWORDS = new Set(['while', 'until', 'for']);
const STATEMENT_OPENERS = new Set(['do', 'then', 'else', 'begin', '{', '|']);

interface Block {
    label?: string;
    source?: DependencySource;
}

function isPunct(token: RubyToken | undefined, text: string): boolean {
    return token?.kind === 'punct' && token.text === text;
}

/** "group :development, :test" from the tokens between the method name and `do`. */
function blockLabel(text: string, tokens: readonly RubyToken[], head: number, doIndex: number): string {
    const name = tokens[head];
    let first = head + 1;
    let last = doIndex - 1;
    if (isPunct(tokens[first], '(') && isPunct(tokens[last], ')')) {
        first++;
        last--;
    }
    const firstToken = tokens[first];
    const lastToken = tokens[last];
    const args = firstToken && lastToken && first <= last ? text.slice(firstToken.start, lastToken.end) : '';
    return `${name?.text ?? ''} ${args.replace(/\s+/g, ' ').trim()}`.trim();
}

/** `group: :test` or `groups: [:development, :test]` as a section label. */
function inlineGroupLabel(value: readonly RubyToken[]): string | undefined {
    const symbols = value.filter((token) => token.kind === 'symbol' || token.kind === 'string').map((token) => `:${token.text}`);
    return symbols.length > 0 ? `group ${symbols.join(', ')}` : undefined;
}

function gemDependency(args: RubyToken[][], blocks: readonly Block[]): ManifestDependency | undefined {
    const [nameArg, ...rest] = args;
    const nameToken = literalString(nameArg);
    if (!nameToken || !isGemName(nameToken.text)) {
        return undefined;
    }
    const versions: RubyToken[] = [];
    let versionsDone = false;
    const labels = blocks.flatMap((block) => (block.label ? [block.label] : []));
    let source = [...blocks].reverse().find((block) => block.source)?.source;
    for (const arg of rest) {
        const strings = versionsDone ? undefined : literalStrings(arg);
        if (strings) {
            versions.push(...strings);
            continue;
        }
        versionsDone = true;
        const option = optionOf(arg);
        if (!option) {
            continue;
        }
        source = SOURCE_OPTIONS[option.key] ?? source;
        const group = option.key === 'group' || option.key === 'groups' ? inlineGroupLabel(option.value) : undefined;
        if (group) {
            labels.push(group);
        }
    }
    const dep: ManifestDependency = {
        registry: 'rubygems',
        name: nameToken.text,
        nameSpan: contentSpan(nameToken),
        section: labels.length > 0 ? labels.join(' › ') : 'default group',
    };
    if (source) {
        dep.source = source;
    }
    return { ...dep, ...versionConstraint(versions) };
}

function parseGemfile(text: string): ManifestDependency[] {
    const tokens = tokenizeRuby(text);
    const out: ManifestDependency[] = [];
    const blocks: Block[] = [];
    /** Open parentheses and brackets, inside which a newline continues the statement; braces may hold a block of statements. */
    let depth = 0;
    let atStatementStart = true;
    let head = -1;
    let loopAwaitingDo = false;
    let i = 0;
    while (i < tokens.length) {
        const token = tokens[i];
        if (token === undefined) {
            break;
        }
        if (token.kind === 'newline' || isPunct(token, ';')) {
            const previous = tokens[i - 1];
            const continued = depth > 0 || isPunct(previous, ',') || isPunct(previous, '=>');
            if (!continued) {
                atStatementStart = true;
                loopAwaitingDo = false;
            }
            i++;
            continue;
        }
        const startsStatement = atStatementStart;
        atStatementStart = false;
        if (startsStatement) {
            head = i;
        }
        const isMethodName = isPunct(tokens[i - 1], '.') || isPunct(tokens[i - 1], '::');
        if (token.kind === 'ident' && !isMethodName) {
            if (startsStatement && token.text === 'gem') {
                const { args, next } = readArguments(tokens, i + 1);
                const dep = gemDependency(args, blocks);
                if (dep) {
                    out.push(dep);
                }
                i = Math.max(next, i + 1);
                continue;
            }
            if (token.text === 'do' && !loopAwaitingDo) {
                const headToken = tokens[head];
                const isSection = headToken?.kind === 'ident' && Object.hasOwn(SECTION_BLOCKS, headToken.text);
                blocks.push(isSection ? { label: blockLabel(text, tokens, head, i), source: SECTION_BLOCKS[headToken.text] } : {});
                atStatementStart = true;
            } else if (token.text === 'do') {
                loopAwaitingDo = false;
                atStatementStart = true;
            } else if (BLOCK_KEYWORDS.has(token.text) || (startsStatement && STATEMENT_BLOCK_KEYWORDS.has(token.text))) {
                blocks.push({});
                loopAwaitingDo = LOOP_KEYWORDS.has(token.text);
            } else if (token.text === 'end') {
                blocks.pop();
            } else if (STATEMENT_OPENERS.has(token.text)) {
                atStatementStart = true;
            }
        } else if (token.kind === 'punct') {
            if (token.text === '(' || token.text === '[') {
                depth++;
            } else if (token.text === ')' || token.text === ']') {
                depth = Math.max(0, depth - 1);
            }
            if (STATEMENT_OPENERS.has(token.text)) {
                atStatementStart = true;
            }
        }
        i++;
    }
    return out;
}

export const gemfileFormat: ManifestFormat = {
    id: 'gemfile',
    registry: 'rubygems',
    matches: (fileName: string): boolean => {
        const name = baseName(fileName);
        return name === 'gemfile' || name === 'gems.rb' || name.endsWith('.gemfile');
    },
    parse: (text, onError) => parseManifest(text, (source) => ({ dependencies: parseGemfile(source) }), onError),
};
