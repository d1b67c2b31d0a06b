import type * as TomlParser from 'toml-eslint-parser' with { 'resolution-mode': 'import' };
import type { LocatedString } from './located';
import type { TextSpan } from './manifestTypes';
import { MAX_NESTING, MAX_TOKEN_LENGTH } from './limits';

type TomlModule = typeof TomlParser;

// toml-eslint-parser ships only as an ES module; Node 20.19+ loads it with require() and
// esbuild bundles it, whereas a static import would make TypeScript reject this CommonJS file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const toml = require('toml-eslint-parser') as TomlModule;

export type TomlKeyValue = TomlParser.AST.TOMLKeyValue;
export type TomlContent = TomlParser.AST.TOMLContentNode;
type TomlKeyPart = TomlParser.AST.TOMLBare | TomlParser.AST.TOMLQuoted;

/** The index of the last character of the string opening at `start` (or of the text). */
function stringEnd(text: string, start: number): number {
    const quote = text[start] === "'" ? "'" : '"';
    const delimiter = text.startsWith(quote.repeat(3), start) ? quote.repeat(3) : quote;
    let i = start + delimiter.length;
    while (i < text.length) {
        if (quote === '"' && text[i] === '\\') {
            i += 2;
        } else if (text.startsWith(delimiter, i)) {
            return i + delimiter.length - 1;
        } else if (delimiter.length === 1 && text[i] === '\n') {
            return i;
        } else {
            i++;
        }
    }
    return text.length;
}

/** Characters that end a bare key, number or date: the longest such run is one token. */
const TOKEN_END = /[\s[\]{},="'#]/;

/**
 * True when arrays and inline tables nest deeper than MAX_NESTING, or a string, number or key is
 * longer than MAX_TOKEN_LENGTH: the parser recurses per level and spreads each token's characters
 * into one call, so either overflows the stack. Strings and comments are skipped as TOML reads
 * them, so up to the first syntax error this sees what the parser will see.
 */
export function exceedsTomlBounds(text: string): boolean {
    let depth = 0;
    let tokenStart = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i] ?? '';
        if (!TOKEN_END.test(c)) {
            continue;
        }
        if (i - tokenStart > MAX_TOKEN_LENGTH) {
            return true;
        }
        if (c === '#') {
            const newline = text.indexOf('\n', i);
            i = newline < 0 ? text.length : newline;
        } else if (c === '"' || c === "'") {
            const end = stringEnd(text, i);
            if (end - i > MAX_TOKEN_LENGTH) {
                return true;
            }
            i = end;
        } else if (c === '[' || c === '{') {
            depth++;
            if (depth > MAX_NESTING) {
                return true;
            }
        } else if (c === ']' || c === '}') {
            depth = Math.max(0, depth - 1);
        }
        tokenStart = i + 1;
    }
    return text.length - tokenStart > MAX_TOKEN_LENGTH;
}

/**
 * Parses TOML, or gives undefined for a document with any syntax error or beyond the bounds
 * above: a malformed manifest gets no hover rather than one built
 * from a guess at what was meant. Any other exception is a bug and propagates to the harness.
 */
export function parseToml(text: string): TomlParser.AST.TOMLProgram | undefined {
    if (exceedsTomlBounds(text)) {
        return undefined;
    }
    try {
        return toml.parseTOML(text);
    } catch (error) {
        if (error instanceof toml.ParseError) {
            return undefined;
        }
        throw error;
    }
}

/** A parsed document as plain values (tables as objects), for readers that want data rather than spans. */
export function tomlValue(program: TomlParser.AST.TOMLProgram): unknown {
    return toml.getStaticTOMLValue(program);
}

/** One segment of a full key path, with the node where it is written when there is one. */
export interface KeySegment {
    name: string;
    node?: TomlKeyPart;
}

function keyName(part: TomlKeyPart): string {
    return part.type === 'TOMLBare' ? part.name : part.value;
}

function tableSegments(table: TomlParser.AST.TOMLTable): KeySegment[] {
    const nodes = table.key.keys;
    let next = 0;
    // An array table's resolved key holds the element index, which is written nowhere.
    return table.resolvedKey.map((part) => (typeof part === 'number' ? { name: String(part) } : { name: part, node: nodes[next++] }));
}

function visitKeyValue(base: KeySegment[], kv: TomlKeyValue, visit: (path: KeySegment[], kv: TomlKeyValue) => void): void {
    const path = [...base, ...kv.key.keys.map((node) => ({ name: keyName(node), node }))];
    visit(path, kv);
    if (kv.value.type === 'TOMLInlineTable') {
        for (const child of kv.value.body) {
            visitKeyValue(path, child, visit);
        }
    }
}

/**
 * Calls `visit` for every key/value with its full path, whether the path is spelled by
 * table headers, dotted keys or inline tables (`[a.b] c = 1`, `a.b.c = 1`, `a = { b = { c = 1 } }`).
 */
export function visitKeyValues(program: TomlParser.AST.TOMLProgram, visit: (path: KeySegment[], kv: TomlKeyValue) => void): void {
    for (const item of program.body[0].body) {
        if (item.type === 'TOMLTable') {
            const base = tableSegments(item);
            for (const kv of item.body) {
                visitKeyValue(base, kv, visit);
            }
        } else {
            visitKeyValue([], item, visit);
        }
    }
}

/** A string value with where its content is written. */
export function tomlString(text: string, node: TomlContent | undefined): LocatedString | undefined {
    if (node?.type !== 'TOMLValue' || node.kind !== 'string') {
        return undefined;
    }
    const delimiter = node.multiline ? 3 : 1;
    let start = node.range[0] + delimiter;
    const end = node.range[1] - delimiter;
    if (node.multiline) {
        // TOML drops a newline right after the opening delimiter.
        start += text.startsWith('\r\n', start) ? 2 : text[start] === '\n' ? 1 : 0;
    }
    if (end < start) {
        return undefined;
    }
    return { value: node.value, span: { start, end }, verbatim: text.slice(start, end) === node.value };
}

/** Where a key segment's name is written, without quotes. */
export function keySpan(node: TomlKeyPart): TextSpan {
    return node.type === 'TOMLQuoted' ? { start: node.range[0] + 1, end: node.range[1] - 1 } : { start: node.range[0], end: node.range[1] };
}
