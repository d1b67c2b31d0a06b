/** Manifests above this size are not parsed: real ones are far smaller, and hovers must stay fast. */
export const MAX_MANIFEST_BYTES = 1_000_000;

/** A UTF-16 code unit never takes more than three UTF-8 bytes. */
const MAX_UTF8_BYTES_PER_UNIT = 3;

export function exceedsManifestLimit(text: string): boolean {
    // The length alone usually decides; TextEncoder (Node and browsers alike) settles the rest.
    if (text.length > MAX_MANIFEST_BYTES) {
        return true;
    }
    if (text.length * MAX_UTF8_BYTES_PER_UNIT <= MAX_MANIFEST_BYTES) {
        return false;
    }
    return new TextEncoder().encode(text).length > MAX_MANIFEST_BYTES;
}

/**
 * Manifests nested deeper than this read as empty. Real ones nest a handful of levels, and the
 * JSON and TOML parsers recurse per level: a few thousand levels overflow the stack.
 */
export const MAX_NESTING = 256;

/** Longer strings, numbers or keys read as empty: a TOML parser spreads each into one call. */
export const MAX_TOKEN_LENGTH = 32_768;
