/**
 * Reads the parts of a large JSON (or JSONC) document that a lockfile reader asks for, in
 * steps a slice runner may pause between. jsonc-parser's scanner does the tokenising (strings,
 * escapes, comments, trailing commas); this only keeps a path and hands over the scalars the
 * reader chooses, so a 50 MB package-lock.json never becomes one 50 MB object tree, and no
 * single call (as JSON.parse or jsonc-parser's visit would be) holds the thread for the whole file.
 */
import { createScanner, SyntaxKind, type JSONScanner } from 'jsonc-parser';
import type { Steps } from '../review/slices';
import type { LockText } from './lockText';

export type JsonScalar = string | number | boolean | null;

/** For a value at a path: read its members (object or array), hand it over (scalars only), or skip it. */
export type JsonChoice = 'descend' | 'value' | 'skip';

export interface JsonReader {
    choose(path: readonly string[]): JsonChoice;
    /** A scalar at a path `choose` answered 'value' for. */
    value(path: readonly string[], value: JsonScalar): void;
}

/** Tokens between two pauses: a few hundred microseconds of scanning. */
const TOKENS_PER_STEP = 2048;

/** Deeper documents read no further: a lockfile nests a handful of levels. */
const MAX_DEPTH = 64;

class Walk {
    private scanner: JSONScanner;
    /** The pieces still to scan (see lockText.ts): each ends at a newline, so no token spans two. */
    private readonly rest: string[];
    private token: SyntaxKind = SyntaxKind.Unknown;
    private count = 0;
    /** Set once the document is malformed beyond what the reader can use. */
    failed = false;

    constructor(text: LockText, private readonly reader: JsonReader) {
        const [first = '', ...rest] = typeof text === 'string' ? [text] : text;
        this.scanner = createScanner(first, true);
        this.rest = rest.reverse();
    }

    /** Advances one token; true every TOKENS_PER_STEP tokens, when the caller should yield. */
    next(): boolean {
        this.token = this.scanner.scan();
        while (this.token === SyntaxKind.EOF && this.rest.length > 0) {
            this.scanner = createScanner(this.rest.pop() ?? '', true);
            this.token = this.scanner.scan();
        }
        if (this.token === SyntaxKind.Unknown || this.scanner.getTokenError() !== 0) {
            this.failed = true;
        }
        return ++this.count % TOKENS_PER_STEP === 0;
    }

    kind(): SyntaxKind {
        return this.token;
    }

    get stopped(): boolean {
        return this.failed || this.token === SyntaxKind.EOF;
    }

    scalar(): JsonScalar | undefined {
        switch (this.token) {
            case SyntaxKind.StringLiteral:
                return this.scanner.getTokenValue();
            case SyntaxKind.NumericLiteral:
                return Number(this.scanner.getTokenValue());
            case SyntaxKind.TrueKeyword:
                return true;
            case SyntaxKind.FalseKeyword:
                return false;
            case SyntaxKind.NullKeyword:
                return null;
            default:
                return undefined;
        }
    }

    /** The value starting at the current token; leaves the token after it current. */
    *value(path: string[]): Steps<void> {
        const open = this.token;
        if (open !== SyntaxKind.OpenBraceToken && open !== SyntaxKind.OpenBracketToken) {
            const scalar = this.scalar();
            if (scalar === undefined) {
                this.failed = true;
                return;
            }
            if (this.reader.choose(path) === 'value') {
                this.reader.value(path, scalar);
            }
            if (this.next()) {
                yield;
            }
            return;
        }
        if (path.length >= MAX_DEPTH || this.reader.choose(path) !== 'descend') {
            yield* this.skip();
        } else if (open === SyntaxKind.OpenBraceToken) {
            yield* this.members(path);
        } else {
            yield* this.elements(path);
        }
    }

    private *members(path: string[]): Steps<void> {
        if (this.next()) {
            yield;
        }
        while (!this.stopped && this.token !== SyntaxKind.CloseBraceToken) {
            if (this.token !== SyntaxKind.StringLiteral) {
                this.failed = true;
                return;
            }
            path.push(this.scanner.getTokenValue());
            if (this.next()) {
                yield;
            }
            // `next()` moved on: read the token afresh, not as narrowed above.
            if (this.kind() !== SyntaxKind.ColonToken) {
                this.failed = true;
                return;
            }
            this.next();
            yield* this.value(path);
            path.pop();
            yield* this.separator(SyntaxKind.CloseBraceToken);
        }
        this.next();
    }

    private *elements(path: string[]): Steps<void> {
        if (this.next()) {
            yield;
        }
        let index = 0;
        while (!this.stopped && this.token !== SyntaxKind.CloseBracketToken) {
            path.push(String(index++));
            yield* this.value(path);
            path.pop();
            yield* this.separator(SyntaxKind.CloseBracketToken);
        }
        this.next();
    }

    /** A comma (a trailing one too, as Bun writes) or the closing token. */
    private *separator(close: SyntaxKind): Steps<void> {
        if (this.token === SyntaxKind.CommaToken) {
            if (this.next()) {
                yield;
            }
        } else if (this.token !== close) {
            this.failed = true;
        }
    }

    /** Skips an object or array without looking inside, counting brackets. */
    private *skip(): Steps<void> {
        let depth = 0;
        do {
            if (this.token === SyntaxKind.OpenBraceToken || this.token === SyntaxKind.OpenBracketToken) {
                depth++;
            } else if (this.token === SyntaxKind.CloseBraceToken || this.token === SyntaxKind.CloseBracketToken) {
                depth--;
            }
            if (this.next()) {
                yield;
            }
        } while (depth > 0 && !this.stopped);
    }
}

/**
 * Walks `text` and feeds `reader`; returns false when the document is not JSON the reader can
 * trust (what was handed over before the error stays handed over, so the caller decides).
 */
export function* walkJson(text: LockText, reader: JsonReader): Steps<boolean> {
    const walk = new Walk(text, reader);
    walk.next();
    yield* walk.value([]);
    return !walk.failed && walk.kind() === SyntaxKind.EOF;
}
