/** Manifests above this size are not parsed: real ones are far smaller, and hovers must stay fast. */
export const MAX_MANIFEST_BYTES = 1_000_000;

export function exceedsManifestLimit(text: string): boolean {
    // A UTF-16 code unit never takes less than one UTF-8 byte, so the length alone often decides.
    return text.length > MAX_MANIFEST_BYTES || Buffer.byteLength(text, 'utf8') > MAX_MANIFEST_BYTES;
}
