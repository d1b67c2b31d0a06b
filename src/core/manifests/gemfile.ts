import type { DependencySource, ManifestDependency, ManifestFormat } from './manifestTypes';
import { tokenizeRuby, type RubyToken } from './rubyTokens';
import { isGemName, isPunct, literalString, literalStrings, optionOf, readArguments, contentSpan, versionConstraint } from './rubyCalls';
import { parseManifest } from './harness';
import { manifestFormatOf } from './manifestFiles';

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
    /** The block's first string argument when it names a source: `path "engines" do`. */
    location?: string;
}

/** Bundler's shorthands written as their hosts, so that a hover can link the repository. */
const LOCATION_PREFIXES: Record<string, string> = { github: 'github:', gist: 'gist:', bitbucket: 'bitbucket:' };

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
    const sourceBlock = [...blocks].reverse().find((block) => block.source);
    let source = sourceBlock?.source;
    let location = sourceBlock?.location;
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
        if (Object.hasOwn(SOURCE_OPTIONS, option.key)) {
            source = SOURCE_OPTIONS[option.key];
            const written = literalString(option.value);
            location = written ? `${LOCATION_PREFIXES[option.key] ?? ''}${written.text}` : undefined;
        }
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
    if (source && location !== undefined) {
        dep.sourceLocation = location;
    }
    return { ...dep, ...versionConstraint(versions) };
}

/** Where the scan stands: open blocks, bracket depth, and whether a statement starts next. */
interface ScanState {
    readonly blocks: Block[];
    /** Open parentheses and brackets, inside which a newline continues the statement; braces may hold a block of statements. */
    depth: number;
    atStatementStart: boolean;
    /** The first token of the current statement: `group` in `group :test do`. */
    head: number;
    /** After `while`/`until`/`for`, whose optional `do` opens no second block. */
    loopAwaitingDo: boolean;
}

/** A section block's label, and for `path "x" do` or `github "o/r" do` where its gems come from. */
function sectionBlock(text: string, tokens: readonly RubyToken[], head: number, doIndex: number): Block {
    const name = tokens[head]?.text ?? '';
    const source = SECTION_BLOCKS[name];
    const block: Block = { label: blockLabel(text, tokens, head, doIndex) };
    if (!source) {
        return block;
    }
    const first = tokens.slice(head + 1, doIndex).find((token) => token.kind === 'string');
    return first ? { ...block, source, location: `${LOCATION_PREFIXES[name] ?? ''}${first.text}` } : { ...block, source };
}

/** A newline or `;` ends the statement unless brackets are open or a `,`/`=>` carries it on. */
function endOfLine(state: ScanState, previous: RubyToken | undefined): void {
    const continued = state.depth > 0 || isPunct(previous, ',') || isPunct(previous, '=>');
    if (!continued) {
        state.atStatementStart = true;
        state.loopAwaitingDo = false;
    }
}

/** Opens and closes blocks on keywords; a section block (`group :test do`) gets its label. */
function keyword(state: ScanState, text: string, tokens: readonly RubyToken[], i: number, startsStatement: boolean): void {
    const word = tokens[i]?.text ?? '';
    if (word === 'do' && !state.loopAwaitingDo) {
        const headToken = tokens[state.head];
        const isSection = headToken?.kind === 'ident' && Object.hasOwn(SECTION_BLOCKS, headToken.text);
        state.blocks.push(isSection ? sectionBlock(text, tokens, state.head, i) : {});
        state.atStatementStart = true;
    } else if (word === 'do') {
        state.loopAwaitingDo = false;
        state.atStatementStart = true;
    } else if (BLOCK_KEYWORDS.has(word) || (startsStatement && STATEMENT_BLOCK_KEYWORDS.has(word))) {
        state.blocks.push({});
        state.loopAwaitingDo = LOOP_KEYWORDS.has(word);
    } else if (word === 'end') {
        state.blocks.pop();
    } else if (STATEMENT_OPENERS.has(word)) {
        state.atStatementStart = true;
    }
}

function punctuation(state: ScanState, token: RubyToken): void {
    if (token.text === '(' || token.text === '[') {
        state.depth++;
    } else if (token.text === ')' || token.text === ']') {
        state.depth = Math.max(0, state.depth - 1);
    }
    if (STATEMENT_OPENERS.has(token.text)) {
        state.atStatementStart = true;
    }
}

/** Every `gem` call that starts a statement, with the sections of the blocks around it. */
function parseGemfile(text: string): ManifestDependency[] {
    const tokens = tokenizeRuby(text);
    const out: ManifestDependency[] = [];
    const state: ScanState = { blocks: [], depth: 0, atStatementStart: true, head: -1, loopAwaitingDo: false };
    let i = 0;
    while (i < tokens.length) {
        const token = tokens[i];
        if (token === undefined) {
            break;
        }
        if (token.kind === 'newline' || isPunct(token, ';')) {
            endOfLine(state, tokens[i - 1]);
            i++;
            continue;
        }
        const startsStatement = state.atStatementStart;
        state.atStatementStart = false;
        if (startsStatement) {
            state.head = i;
        }
        const isMethodName = isPunct(tokens[i - 1], '.') || isPunct(tokens[i - 1], '::');
        if (token.kind === 'ident' && !isMethodName && startsStatement && token.text === 'gem') {
            const { args, next } = readArguments(tokens, i + 1);
            const dep = gemDependency(args, state.blocks);
            if (dep) {
                out.push(dep);
            }
            i = Math.max(next, i + 1);
            continue;
        }
        if (token.kind === 'ident' && !isMethodName) {
            keyword(state, text, tokens, i, startsStatement);
        } else if (token.kind === 'punct') {
            punctuation(state, token);
        }
        i++;
    }
    return out;
}

export const gemfileFormat: ManifestFormat = {
    id: 'gemfile',
    registry: 'rubygems',
    matches: (fileName: string): boolean => manifestFormatOf(fileName) === 'gemfile',
    parse: (text, onError) => parseManifest(text, (source) => ({ dependencies: parseGemfile(source) }), onError),
};
