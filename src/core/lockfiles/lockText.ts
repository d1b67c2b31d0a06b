/**
 * A lockfile's text, whole or in pieces. The host decodes a large file in pieces of about 1 MB,
 * one step each, cut just after a newline byte (always a character boundary in UTF-8, and never
 * inside a JSON token): so a 50 MB file is never decoded by one long call, nor held as one
 * string by the JSON readers, which walk the pieces in turn. Line-based readers join them.
 */
import type { Steps } from '../review/slices';

export type LockText = string | readonly string[];

export const PIECE_BYTES = 1 << 20;

export const isPieces = (text: LockText): text is readonly string[] => Array.isArray(text);

export const wholeText = (text: LockText): string => (isPieces(text) ? text.join('') : (text as string));

export const textLength = (text: LockText): number => (isPieces(text) ? text.reduce((sum, piece) => sum + piece.length, 0) : (text as string).length);

/** UTF-8 bytes to pieces of text, one step per piece; a byte-order mark is dropped. */
export function* decodePieces(bytes: Uint8Array, pieceBytes = PIECE_BYTES): Steps<string[]> {
    const decoder = new TextDecoder('utf-8');
    const pieces: string[] = [];
    let start = 0;
    while (start < bytes.length) {
        const newline = bytes.indexOf(0x0a, Math.min(bytes.length, start + pieceBytes) - 1);
        const end = newline < 0 ? bytes.length : newline + 1;
        pieces.push(decoder.decode(bytes.subarray(start, end)));
        start = end;
        yield;
    }
    return pieces;
}
