/**
 * Lockfiles written as one block per package (Yarn, pnpm, Gemfile.lock, the Python TOML
 * locks) are cut into those blocks, one step each, so a large file is read in slices and a
 * library parser (YAML, TOML) only ever sees one small block. A block over MAX_BLOCK_CHARS
 * is skipped: no real package entry comes near it.
 */
import type { Steps } from '../review/slices';

export const MAX_BLOCK_CHARS = 256 * 1024;

export interface TextBlock {
    /** The block's first line (its header). */
    readonly header: string;
    readonly text: string;
}

/**
 * Each block starts at a line `startsBlock` accepts and runs to the next one; text before the
 * first is the preamble (header ''). Blocks longer than `maxChars` are left out: pass Infinity
 * for sections that are cut again before anything parses them. Yields every few hundred lines.
 */
export function* textBlocks(text: string, startsBlock: (line: string) => boolean, maxChars = MAX_BLOCK_CHARS): Steps<TextBlock[]> {
    const blocks: TextBlock[] = [];
    let start = 0;
    let header = '';
    let position = 0;
    let lines = 0;
    while (position <= text.length) {
        const newline = text.indexOf('\n', position);
        const end = newline < 0 ? text.length : newline;
        const line = text.slice(position, end).replace(/\r$/, '');
        if (position > start && startsBlock(line)) {
            pushBlock(blocks, header, text.slice(start, position), maxChars);
            start = position;
            header = line;
        } else if (position === start && startsBlock(line)) {
            header = line;
        }
        position = end + 1;
        if (++lines % LINES_PER_STEP === 0) {
            yield;
        }
    }
    pushBlock(blocks, header, text.slice(start), maxChars);
    return blocks;
}

/** Lines scanned between two pauses. */
const LINES_PER_STEP = 2048;

function pushBlock(blocks: TextBlock[], header: string, text: string, maxChars: number): void {
    if (text.length <= maxChars) {
        blocks.push({ header, text });
    }
}

/** A line that starts a top-level key or section: not indented, not blank, not a comment. */
export const isTopLevel = (line: string): boolean => /^[^\s#]/.test(line);

/**
 * True when the block opens flow collections or indents deeper than a lockfile ever does: the
 * YAML parser recurses per level, so such a block is skipped rather than risking the stack.
 */
export function nestsTooDeep(block: string, limit = 32): boolean {
    let depth = 0;
    for (let i = 0; i < block.length; i++) {
        const c = block.charCodeAt(i);
        if (c === 0x5b || c === 0x7b) {
            if (++depth > limit) {
                return true;
            }
        } else if (c === 0x5d || c === 0x7d) {
            depth = Math.max(0, depth - 1);
        }
    }
    return /\n {64}/.test(block);
}
