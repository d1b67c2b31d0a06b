import type { RubyToken } from './rubyTokens';
import type { TextSpan } from './manifestTypes';

/** Words that end an unparenthesised argument list: modifiers and block boundaries. */
const ARGUMENT_TERMINATORS = new Set(['if', 'unless', 'while', 'until', 'and', 'or', 'do', 'then', 'end', 'rescue']);

/** The token is this punctuation mark. */
export function isPunct(token: RubyToken | undefined, text: string): boolean {
    return token?.kind === 'punct' && token.text === text;
}

function opens(token: RubyToken): boolean {
    return token.kind === 'punct' && (token.text === '(' || token.text === '[' || token.text === '{');
}

function closes(token: RubyToken): boolean {
    return token.kind === 'punct' && (token.text === ')' || token.text === ']' || token.text === '}');
}

/**
 * Reads the arguments of a method call whose name is just before `from`: `gem("x", "1")`,
 * or `gem "x", "1"` up to the end of the line, where a trailing comma or `=>` carries the
 * list over to the next line. Returns each argument's tokens and the index after the call,
 * so that the caller never reads the same tokens twice.
 */
export function readArguments(tokens: readonly RubyToken[], from: number): { args: RubyToken[][]; next: number } {
    let i = from;
    const parenthesized = isPunct(tokens[i], '(') && tokens[i]?.spaced === false;
    if (parenthesized) {
        i++;
    }
    const args: RubyToken[][] = [];
    let current: RubyToken[] = [];
    let depth = 0;
    while (i < tokens.length) {
        const token = tokens[i];
        if (token === undefined) {
            break;
        }
        if (closes(token)) {
            if (depth === 0) {
                i += parenthesized && token.text === ')' ? 1 : 0;
                break;
            }
            depth--;
        } else if (opens(token)) {
            depth++;
        } else if (token.kind === 'newline' || isPunct(token, ';')) {
            const continued = depth > 0 || parenthesized || (current.length === 0 && args.length > 0) || isPunct(current[current.length - 1], '=>');
            if (!continued) {
                break;
            }
            i++;
            continue;
        } else if (depth === 0 && !parenthesized && token.kind === 'ident' && ARGUMENT_TERMINATORS.has(token.text)) {
            break;
        } else if (depth === 0 && isPunct(token, ',')) {
            args.push(current);
            current = [];
            i++;
            continue;
        }
        current.push(token);
        i++;
    }
    if (current.length > 0) {
        args.push(current);
    }
    return { args, next: i };
}

/** Generated gemspecs write `%q<rake>.freeze`; the `.freeze` changes nothing here. */
function withoutFreeze(arg: readonly RubyToken[]): RubyToken[] {
    return arg.filter((token, index) => {
        const isDot = isPunct(token, '.') && arg[index + 1]?.text === 'freeze' && arg[index - 1]?.kind === 'string';
        const isFreeze = token.text === 'freeze' && token.kind === 'ident' && isPunct(arg[index - 1], '.') && arg[index - 2]?.kind === 'string';
        return !isDot && !isFreeze;
    });
}

/** A plain string literal whose value is known: no interpolation. */
export function literalString(arg: readonly RubyToken[] | undefined): RubyToken | undefined {
    const tokens = arg ? withoutFreeze(arg) : [];
    const token = tokens[0];
    return tokens.length === 1 && token?.kind === 'string' && !token.interpolated ? token : undefined;
}

/** `"~> 1.0"` or `["~> 1.0", ">= 1.0.2"]`: the strings, or undefined for anything else. */
export function literalStrings(written: readonly RubyToken[]): RubyToken[] | undefined {
    const arg = withoutFreeze(written);
    const single = literalString(arg);
    if (single) {
        return [single];
    }
    if (!isPunct(arg[0], '[') || !isPunct(arg[arg.length - 1], ']')) {
        return undefined;
    }
    const strings: RubyToken[] = [];
    for (let k = 1; k < arg.length - 1; k++) {
        const token = arg[k];
        if (token?.kind === 'string' && !token.interpolated && k % 2 === 1) {
            strings.push(token);
        } else if (!(isPunct(token, ',') && k % 2 === 0)) {
            return undefined;
        }
    }
    return strings.length > 0 ? strings : undefined;
}

/** `key: value` or `:key => value` (also `"key" => value`). */
export function optionOf(arg: readonly RubyToken[]): { key: string; value: RubyToken[] } | undefined {
    const [first, second] = arg;
    if (first?.kind === 'label') {
        return { key: first.text, value: arg.slice(1) };
    }
    if ((first?.kind === 'symbol' || first?.kind === 'string') && isPunct(second, '=>')) {
        return { key: first.text, value: arg.slice(2) };
    }
    return undefined;
}

export function contentSpan(token: RubyToken): TextSpan {
    return { start: token.contentStart ?? token.start, end: token.contentEnd ?? token.end };
}

/** Version strings as one constraint: values joined with ", ", the span from the first to the last. */
export function versionConstraint(strings: readonly RubyToken[]): { constraint: string; constraintSpan: TextSpan } | undefined {
    const first = strings[0];
    const last = strings[strings.length - 1];
    if (!first || !last) {
        return undefined;
    }
    return {
        constraint: strings.map((token) => token.text.trim()).join(', '),
        constraintSpan: { start: contentSpan(first).start, end: contentSpan(last).end },
    };
}

const GEM_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

export function isGemName(name: string): boolean {
    return GEM_NAME.test(name);
}
