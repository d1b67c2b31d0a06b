import { createScanner, SyntaxKind, type Node } from 'jsonc-parser';
import type { LocatedString } from './located';

/**
 * jsonc-parser recovers from errors, so a string node may be unterminated; only a node
 * enclosed in quotes is trusted.
 */
export function jsonString(text: string, node: Node | undefined): LocatedString | undefined {
    if (node?.type !== 'string' || typeof node.value !== 'string' || node.length < 2) {
        return undefined;
    }
    const start = node.offset;
    const end = node.offset + node.length;
    if (text[start] !== '"' || text[end - 1] !== '"') {
        return undefined;
    }
    const span = { start: start + 1, end: end - 1 };
    return { value: node.value, span, verbatim: text.slice(span.start, span.end) === node.value };
}

export function objectProperties(node: Node | undefined): { key: Node; value: Node | undefined }[] {
    if (node?.type !== 'object' || !node.children) {
        return [];
    }
    const result: { key: Node; value: Node | undefined }[] = [];
    for (const property of node.children) {
        const key = property.children?.[0];
        if (property.type === 'property' && key) {
            result.push({ key, value: property.children?.[1] });
        }
    }
    return result;
}

/**
 * True when arrays and objects nest deeper than `limit`, counted with jsonc-parser's own scanner
 * (so brackets in strings and comments do not count). Its tree parser recurses per level.
 */
export function jsonNestsDeeperThan(text: string, limit: number): boolean {
    const scanner = createScanner(text, true);
    let depth = 0;
    for (let kind = scanner.scan(); kind !== SyntaxKind.EOF; kind = scanner.scan()) {
        if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenBracketToken) {
            depth++;
            if (depth > limit) {
                return true;
            }
        } else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseBracketToken) {
            depth = Math.max(0, depth - 1);
        }
    }
    return false;
}
