import { MAX_MANIFEST_BYTES } from '../../../src/core/manifests/limits';

/**
 * Seeded manifest mutations for the fuzz test and the fuzz bench. Each mutant is a pure function
 * of (seed, index), so a failure is replayed from those two numbers alone.
 */

/** mulberry32: small, fast and deterministic. */
function prng(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

/** Characters that matter to the formats: delimiters, escapes, comments, operators. */
const INTERESTING = ['"', "'", '`', '[', ']', '{', '}', '(', ')', '#', '\\', '\n', '\r\n', '\r', ',', '=', ':', ';', '@', '~', '^', '<<~X\n', '#{', '%q(', '=begin\n', '/', '*', '>=', '||', '"""', "'''", '\t', ' ', '\u0000', 'é', '🙂'];

/** What opens one more level in some format: JSON, TOML, Ruby and PEP 508 alike. */
const OPENERS = ['[', '{', '{"a":', '["', 'a = [', 'a = { b = ', '[[', '(', 'gem(', 'do\n', 'begin\n', '"#{', '%w[', 'x[', 'a.'];

/** A document decodes invalid UTF-8 to U+FFFD, as VS Code does when it opens the file. */
const decoder = new TextDecoder('utf-8');
const encoder = new TextEncoder();

export type MutationKind =
    | 'splice'
    | 'truncate'
    | 'byteFlip'
    | 'invalidUtf8'
    | 'loneSurrogate'
    | 'bom'
    | 'crlf'
    | 'deepNesting'
    | 'longLine';

/** How often each mutation is drawn; a long line is costly to parse, so it is drawn rarely. */
const WEIGHTS: readonly [MutationKind, number][] = [
    ['splice', 30],
    ['truncate', 10],
    ['byteFlip', 12],
    ['invalidUtf8', 10],
    ['loneSurrogate', 8],
    ['bom', 6],
    ['crlf', 8],
    ['deepNesting', 6],
    ['longLine', 0.05],
];
const TOTAL_WEIGHT = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

class Mutator {
    constructor(private readonly random: () => number) {}

    int(max: number): number {
        return Math.floor(this.random() * max);
    }

    pick<T>(items: readonly T[]): T {
        return items[this.int(items.length)] as T;
    }

    kind(): MutationKind {
        let roll = this.random() * TOTAL_WEIGHT;
        for (const [kind, weight] of WEIGHTS) {
            roll -= weight;
            if (roll < 0) {
                return kind;
            }
        }
        return 'splice';
    }

    apply(kind: MutationKind, text: string): string {
        const at = this.int(text.length + 1);
        switch (kind) {
            case 'splice':
                return this.splice(text, at);
            case 'truncate':
                // Anywhere, also between the two halves of a surrogate pair.
                return text.slice(0, at);
            case 'byteFlip':
                return this.viaBytes(text, (bytes) => {
                    for (let n = 1 + this.int(8); n > 0; n--) {
                        const index = this.int(bytes.length);
                        bytes[index] = (bytes[index] ?? 0) ^ (1 << this.int(8));
                    }
                    return bytes;
                });
            case 'invalidUtf8':
                return this.viaBytes(text, (bytes) => {
                    const index = this.int(bytes.length + 1);
                    const junk = Uint8Array.from({ length: 1 + this.int(6) }, () => this.pick([0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xed, 0xf0, 0xf4, 0xf5, 0xff]));
                    const result = new Uint8Array(bytes.length + junk.length);
                    result.set(bytes.subarray(0, index));
                    result.set(junk, index);
                    result.set(bytes.subarray(index), index + junk.length);
                    return result;
                });
            case 'loneSurrogate':
                return text.slice(0, at) + this.pick(['\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800']) + text.slice(at);
            case 'bom':
                return this.random() < 0.5 ? `\ufeff${text}` : text.slice(0, at) + '\ufeff' + text.slice(at);
            case 'crlf':
                return this.lineEnds(text);
            case 'deepNesting':
                return text.slice(0, at) + this.pick(OPENERS).repeat(this.depth()) + text.slice(at);
            case 'longLine':
                return this.longLine(text, at);
        }
    }

    private splice(text: string, at: number): string {
        const span = 1 + this.int(Math.min(64, text.length + 1));
        const from = this.int(text.length + 1);
        switch (this.int(6)) {
            case 0:
                return text.slice(0, at) + text.slice(at + span);
            case 1:
                return text.slice(0, at) + this.pick(INTERESTING).repeat(1 + this.int(this.random() < 0.9 ? 4 : 2000)) + text.slice(at);
            case 2:
                return text.slice(0, at) + text.slice(from, from + span) + text.slice(at);
            case 3:
                return text.slice(0, at) + String.fromCharCode(this.int(0x10000)) + text.slice(at + 1);
            case 4:
                return text.slice(0, from) + text.slice(at, at + span) + text.slice(from + span);
            default:
                return text.slice(0, at) + Array.from({ length: span }, () => String.fromCharCode(this.int(256))).join('') + text.slice(at);
        }
    }

    /** Edits the UTF-8 bytes, then decodes them as an editor would. */
    private viaBytes(text: string, edit: (bytes: Uint8Array) => Uint8Array): string {
        const bytes = encoder.encode(text);
        return bytes.length === 0 ? text : decoder.decode(edit(bytes));
    }

    private lineEnds(text: string): string {
        switch (this.int(3)) {
            case 0:
                return text.replace(/\r?\n/g, '\r\n');
            case 1:
                return text.replace(/\r?\n/g, '\r');
            default:
                return text.replace(/\r?\n/g, () => this.pick(['\n', '\r\n', '\r']));
        }
    }

    /**
     * Log-uniform from 1 to 10,000 levels: shallow often, sometimes past the 2,500 to 8,000 levels
     * at which the recursive JSON and TOML parsers overflow the stack.
     */
    private depth(): number {
        return Math.ceil(10 ** (this.random() * 4));
    }

    /** A line up to about the size limit; one in four goes past it, which must read as empty. */
    private longLine(text: string, at: number): string {
        const overLimit = this.random() < 0.25;
        const room = MAX_MANIFEST_BYTES - text.length - 1;
        const length = overLimit ? MAX_MANIFEST_BYTES + 1 : Math.max(0, room - this.int(64 * 1024));
        const unit = this.pick(['a', '"', '#', ' ', '=', 'x,', 'a1.', '\\', '[', '>=1 ']);
        return `${text.slice(0, at)}${unit.repeat(Math.ceil(length / unit.length)).slice(0, length)}\n${text.slice(at)}`;
    }
}

/** One mutant of `original`: one to four mutations in a row, drawn from (seed, index). */
export function mutant(original: string, seed: number, index: number): { text: string; kinds: MutationKind[] } {
    const mutator = new Mutator(prng(seed ^ Math.imul(index + 1, 0x9e3779b1)));
    const kinds: MutationKind[] = [];
    let text = original;
    for (let n = 1 + mutator.int(4); n > 0; n--) {
        const kind = mutator.kind();
        kinds.push(kind);
        text = mutator.apply(kind, text);
    }
    return { text, kinds };
}

/** Mutants per format in `npm test` and in the bench. */
export const MUTANTS_PER_FORMAT = 10_000;
export const FUZZ_SEED = 0x5eed_2024;
