/**
 * A tokenizer for the part of Ruby that Gemfiles and gemspecs use. It is not a Ruby parser:
 * it only needs to tell string literals, symbols, identifiers and punctuation apart while
 * skipping comments, heredoc bodies, regexps and percent literals, so that a quote inside one
 * of those cannot derail everything after it. It reads the text once, front to back, and
 * never throws; malformed input just yields fewer useful tokens.
 */

export type RubyTokenKind = 'ident' | 'label' | 'symbol' | 'string' | 'number' | 'punct' | 'newline' | 'literal';

export interface RubyToken {
    kind: RubyTokenKind;
    /** Identifier, label or symbol name, punctuation, or a string's value. */
    text: string;
    start: number;
    end: number;
    /** For strings: the offsets between the delimiters. */
    contentStart?: number;
    contentEnd?: number;
    /** For strings: contains `#{...}`, so its value is not known statically. */
    interpolated?: boolean;
    /** Whitespace came right before the token. */
    spaced?: boolean;
}

const KEYWORDS = new Set([
    'if', 'unless', 'while', 'until', 'and', 'or', 'not', 'return', 'when', 'in', 'then', 'else',
    'elsif', 'do', 'case', 'begin', 'end', 'yield', 'rescue', 'ensure', 'def', 'class', 'module', 'for',
]);

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };

// Character tests by code unit: the tokenizer calls them for every character of the file.
function isIdentStart(c: string | undefined): boolean {
    if (c === undefined) {
        return false;
    }
    const code = c.charCodeAt(0);
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95 || code > 0x7f;
}

function isIdentPart(c: string | undefined): boolean {
    return isIdentStart(c) || isDigit(c);
}

function isDigit(c: string | undefined): boolean {
    return c !== undefined && c >= '0' && c <= '9';
}

function isSpace(c: string | undefined): boolean {
    return c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v';
}

interface Heredoc {
    id: string;
    /** `<<~` and `<<-` allow an indented terminator. */
    indented: boolean;
}

class RubyLexer {
    private readonly tokens: RubyToken[] = [];
    private readonly heredocs: Heredoc[] = [];
    private i = 0;

    constructor(private readonly text: string) {}

    run(): RubyToken[] {
        const { text } = this;
        while (this.i < text.length) {
            const start = this.i;
            const c = text.charAt(start);
            if (isSpace(c)) {
                this.i++;
                continue;
            }
            const spaced = start > 0 && (isSpace(text[start - 1]) || text[start - 1] === '\n');
            if (c === '\\' && (text[start + 1] === '\n' || (text[start + 1] === '\r' && text[start + 2] === '\n'))) {
                this.i = text.indexOf('\n', start) + 1;
            } else if (c === '\n') {
                this.push('newline', '\n', start, start + 1, spaced);
                this.i++;
                this.skipLineStartBlocks();
            } else if (c === '#') {
                this.i = this.lineEnd(start);
            } else if (c === '"' || c === '`') {
                this.quoted(start, c, undefined, true, spaced);
            } else if (c === "'") {
                this.quoted(start, c, undefined, false, spaced);
            } else if (c === ':') {
                this.colon(start, spaced);
            } else if (isIdentStart(c) || ((c === '@' || c === '$') && isIdentPart(text[start + 1]))) {
                this.identifier(start, spaced);
            } else if (isDigit(c)) {
                this.i = this.skipWhile(start + 1, (ch, at) => isIdentPart(ch) || (ch === '.' && isDigit(text[at + 1])));
                this.push('number', text.slice(start, this.i), start, this.i, spaced);
            } else if (this.literalMayStart(spaced, start)) {
                this.ambiguousLiteral(start, c, spaced);
            } else if (c === '=' && text[start + 1] === '>') {
                this.push('punct', '=>', start, start + 2, spaced);
                this.i += 2;
            } else {
                this.push('punct', c, start, start + 1, spaced);
                this.i++;
            }
        }
        return this.tokens;
    }

    private push(kind: RubyTokenKind, text: string, start: number, end: number, spaced: boolean): RubyToken {
        // Every token gets every field, so that all share one object shape.
        const token: RubyToken = { kind, text, start, end, spaced, contentStart: undefined, contentEnd: undefined, interpolated: undefined };
        this.tokens.push(token);
        return token;
    }

    private lineEnd(from: number): number {
        const newline = this.text.indexOf('\n', from);
        return newline < 0 ? this.text.length : newline;
    }

    private skipWhile(from: number, accept: (c: string, at: number) => boolean): number {
        let j = from;
        while (j < this.text.length && accept(this.text.charAt(j), j)) {
            j++;
        }
        return j;
    }

    /** After a newline: heredoc bodies opened on the previous line, `=begin` comments, `__END__`. */
    private skipLineStartBlocks(): void {
        const { text } = this;
        const pending = this.heredocs.splice(0);
        let lineStart = this.i;
        for (const heredoc of pending) {
            while (lineStart < text.length) {
                const end = this.lineEnd(lineStart);
                const line = text.slice(lineStart, end).replace(/\r$/, '');
                lineStart = end + 1;
                if ((heredoc.indented ? line.trim() : line) === heredoc.id) {
                    break;
                }
            }
        }
        if (pending.length > 0) {
            // Back onto the terminator line's newline, which the main loop then reads.
            this.i = Math.min(lineStart - 1, text.length);
            return;
        }
        if (text.startsWith('=begin', this.i) && !isIdentPart(text[this.i + 6])) {
            const close = text.indexOf('\n=end', this.i);
            this.i = close < 0 ? text.length : this.lineEnd(close + 1);
        } else if (text.startsWith('__END__', this.i) && /^__END__\r?(?:\n|$)/.test(text.slice(this.i, this.i + 9))) {
            this.i = text.length;
        }
    }

    /**
     * Scans a string body up to its closing delimiter, honouring escapes, `#{...}` when it
     * interpolates and nesting when the delimiters are a bracket pair. Unterminated strings
     * run to the end of the text.
     */
    private scanBody(from: number, close: string, open: string | undefined, interpolates: boolean): { end: number; interpolated: boolean } {
        const { text } = this;
        let j = from;
        let depth = 0;
        let interpolated = false;
        while (j < text.length) {
            const c = text[j];
            if (c === '\\') {
                j += 2;
                continue;
            }
            if (interpolates && c === '#' && text[j + 1] === '{') {
                interpolated = true;
                j = this.skipInterpolation(j + 2);
                continue;
            }
            if (open !== undefined && c === open) {
                depth++;
            } else if (c === close) {
                if (depth === 0) {
                    return { end: j, interpolated };
                }
                depth--;
            }
            j++;
        }
        return { end: text.length, interpolated };
    }

    private skipInterpolation(from: number): number {
        let depth = 1;
        let j = from;
        while (j < this.text.length && depth > 0) {
            const c = this.text[j];
            if (c === '{') {
                depth++;
            } else if (c === '}') {
                depth--;
            }
            j++;
        }
        return j;
    }

    private quoted(start: number, close: string, open: string | undefined, interpolates: boolean, spaced: boolean, contentFrom = start + 1): void {
        const { end, interpolated } = this.scanBody(contentFrom, close, open, interpolates);
        const raw = this.text.slice(contentFrom, end);
        const value = interpolates ? raw.replace(/\\([\s\S])/g, '$1') : raw.replace(/\\([\\'])/g, '$1');
        const token = this.push('string', value, start, Math.min(end + 1, this.text.length), spaced);
        token.contentStart = contentFrom;
        token.contentEnd = end;
        token.interpolated = interpolated;
        this.i = token.end;
    }

    private colon(start: number, spaced: boolean): void {
        const { text } = this;
        const next = text[start + 1];
        if (next === ':') {
            this.push('punct', '::', start, start + 2, spaced);
            this.i = start + 2;
        } else if (next === '"' || next === "'") {
            const { end } = this.scanBody(start + 2, next, undefined, next === '"');
            this.push('symbol', text.slice(start + 2, end), start, Math.min(end + 1, text.length), spaced);
            this.i = Math.min(end + 1, text.length);
        } else if (isIdentStart(next) || next === '@' || next === '$') {
            let end = this.skipWhile(start + 2, isIdentPart);
            if (text[end] === '?' || text[end] === '!') {
                end++;
            }
            this.push('symbol', text.slice(start + 1, end), start, end, spaced);
            this.i = end;
        } else {
            this.push('punct', ':', start, start + 1, spaced);
            this.i = start + 1;
        }
    }

    private identifier(start: number, spaced: boolean): void {
        const { text } = this;
        let end = this.skipWhile(start + 1, (c) => isIdentPart(c) || c === '@');
        if ((text[end] === '?' || text[end] === '!') && text[end + 1] !== '=') {
            end++;
        }
        const name = text.slice(start, end);
        // Even a keyword is a label when a colon follows at once (`if:` in a hash).
        if (text[end] === ':' && text[end + 1] !== ':') {
            this.push('label', name, start, end + 1, spaced);
            this.i = end + 1;
            return;
        }
        this.push('ident', name, start, end, spaced);
        this.i = end;
    }

    /** Whether the previous token ends an expression, which makes `/`, `%`, `<<` and `?` operators. */
    private afterValue(): boolean {
        const previous = this.tokens[this.tokens.length - 1];
        if (!previous) {
            return false;
        }
        switch (previous.kind) {
            case 'ident':
                return !KEYWORDS.has(previous.text);
            case 'number':
            case 'string':
            case 'symbol':
            case 'literal':
                return true;
            case 'punct':
                return previous.text === ')' || previous.text === ']' || previous.text === '}';
            default:
                return false;
        }
    }

    private literalMayStart(spaced: boolean, start: number): boolean {
        const { text } = this;
        const c = text[start];
        const next = text[start + 1];
        const opener =
            c === '/' ||
            c === '?' ||
            (c === '%' && next !== undefined && /[qQwWiIrsx([{<|!/^]/.test(next)) ||
            (c === '<' && next === '<' && /[~\-A-Za-z_"'`]/.test(text[start + 2] ?? ''));
        if (!opener) {
            return false;
        }
        if (!this.afterValue()) {
            return true;
        }
        // Ruby's own rule for `gem %w[...]` or `split /,/`: a method name, a space, then no space.
        const previous = this.tokens[this.tokens.length - 1];
        return previous?.kind === 'ident' && spaced && !isSpace(next) && next !== '\n' && next !== '=';
    }

    private ambiguousLiteral(start: number, c: string, spaced: boolean): void {
        const { text } = this;
        if (c === '/') {
            const end = this.scanRegexp(start + 1);
            if (end < 0) {
                this.push('punct', '/', start, start + 1, spaced);
                this.i = start + 1;
            } else {
                this.push('literal', text.slice(start, end), start, end, spaced);
                this.i = end;
            }
        } else if (c === '?') {
            const literal = /^\?(?:\\.|[^\s\\])(?![A-Za-z0-9_])/.exec(text.slice(start, start + 3));
            const end = start + (literal ? literal[0].length : 1);
            this.push(literal ? 'literal' : 'punct', text.slice(start, end), start, end, spaced);
            this.i = end;
        } else if (c === '%') {
            this.percentLiteral(start, spaced);
        } else {
            this.heredocOpener(start, spaced);
        }
    }

    /** The end of a regexp starting at `from`, or -1 when the line ends first (then it was a division). */
    private scanRegexp(from: number): number {
        const { text } = this;
        let j = from;
        let inClass = false;
        while (j < text.length) {
            const c = text[j];
            if (c === '\n') {
                return -1;
            }
            if (c === '\\') {
                j += 2;
                continue;
            }
            if (c === '[') {
                inClass = true;
            } else if (c === ']') {
                inClass = false;
            } else if (c === '/' && !inClass) {
                return this.skipWhile(j + 1, (ch) => /[a-z]/.test(ch));
            }
            j++;
        }
        return -1;
    }

    private percentLiteral(start: number, spaced: boolean): void {
        const { text } = this;
        let type = text[start + 1] ?? '';
        let delimiterAt = start + 2;
        if (!/[A-Za-z]/.test(type)) {
            type = 'Q';
            delimiterAt = start + 1;
        }
        const open = text[delimiterAt] ?? '';
        const close = PAIRS[open] ?? open;
        const nests = PAIRS[open] !== undefined ? open : undefined;
        const interpolates = /[QWIrx]/.test(type);
        if (type === 'q' || type === 'Q') {
            this.quoted(start, close, nests, interpolates, spaced, delimiterAt + 1);
            return;
        }
        const { end } = this.scanBody(delimiterAt + 1, close, nests, interpolates);
        const tokenEnd = Math.min(end + 1, text.length);
        this.push('literal', text.slice(start, tokenEnd), start, tokenEnd, spaced);
        this.i = type === 'r' ? this.skipWhile(tokenEnd, (ch) => /[a-z]/.test(ch)) : tokenEnd;
    }

    private heredocOpener(start: number, spaced: boolean): void {
        const match = /^<<([~-]?)(?:(["'`])([^"'`\n]*)\2|([A-Za-z_][A-Za-z0-9_]*))/.exec(this.text.slice(start, start + 200));
        if (!match) {
            this.push('punct', '<', start, start + 1, spaced);
            this.i = start + 1;
            return;
        }
        this.heredocs.push({ id: match[3] ?? match[4] ?? '', indented: match[1] !== '' });
        const end = start + match[0].length;
        // The body's value is never needed: an interpolated string is never read as a name or a version.
        const token = this.push('string', '', start, end, spaced);
        token.interpolated = true;
        this.i = end;
    }
}

export function tokenizeRuby(text: string): RubyToken[] {
    return new RubyLexer(text).run();
}
