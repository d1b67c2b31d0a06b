import type { TextSpan } from './manifestTypes';

/** A string value read from the manifest, with where its content is written. */
export interface LocatedString {
    value: string;
    /** The content, without delimiters. */
    span: TextSpan;
    /** True when the written content is the value itself (no escapes), so offsets map one to one. */
    verbatim: boolean;
}

/** The span of `value.slice(from, to)`, or the whole string's span when escapes prevent mapping. */
export function subSpan(str: LocatedString, from: number, to: number = str.value.length): TextSpan {
    return str.verbatim ? { start: str.span.start + from, end: str.span.start + to } : str.span;
}
