import type { ManifestFormat, ParsedManifest } from '../manifests/manifestTypes';

/**
 * Parsed manifests by document, kept while the document's version stays the same: hovering
 * along a line reuses one parse, and an edit replaces it.
 */
export class ManifestCache {
    private readonly parsed = new Map<string, { version: number; manifest: ParsedManifest }>();

    manifest(key: string, version: number, format: ManifestFormat, text: () => string): ParsedManifest {
        const cached = this.parsed.get(key);
        if (cached?.version === version) {
            return cached.manifest;
        }
        const manifest = format.parse(text());
        this.parsed.set(key, { version, manifest });
        return manifest;
    }

    forget(key: string): void {
        this.parsed.delete(key);
    }
}
