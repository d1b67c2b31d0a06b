import type { Catalog } from '../catalog/catalog';
import { ManifestCache } from '../hover/manifestCache';
import { formatFor } from '../manifests/formats';
import type { RegistryLookup } from '../registry/tiers';
import type { TeamCatalog } from '../team/teamCatalog';
import type { L10n } from '../text/l10n';
import { dependencyDiagnostics, needsTyposquatCheck, type DependencyDiagnostic } from './dependencyDiagnostics';

export interface DiagnosticsRequest {
    /** Identifies the document in the cache (its URI). */
    readonly key: string;
    /** The document's version; a file read from disk (after a review) passes -1 and is parsed again. */
    readonly version: number;
    readonly fileName: string;
    readonly text: () => string;
    readonly team?: TeamCatalog;
    readonly registry?: RegistryLookup;
    readonly ignored: ReadonlySet<string>;
}

/** Said instead of an answer when only the registry index's typosquat check could add to it, and it is not loaded. */
export const NEEDS_REGISTRY = 'needs-registry';

/**
 * The diagnostics of manifests, without VS Code: the format by name, a parse cached per document
 * version (as the hover caches it), and the rules of dependencyDiagnostics. Loaded lazily with
 * the parsers, on the first manifest opened. Its messages are in the display language (`l10n`).
 */
export class DiagnosticsService {
    private readonly cache = new ManifestCache();

    constructor(
        private readonly catalog: Catalog,
        private readonly l10n: L10n,
    ) {}

    diagnostics(request: DiagnosticsRequest): DependencyDiagnostic[] | typeof NEEDS_REGISTRY {
        const format = formatFor(request.fileName);
        if (!format) {
            return [];
        }
        const { dependencies } = request.version < 0 ? format.parse(request.text()) : this.cache.manifest(request.key, request.version, format, request.text);
        if (!request.registry && needsTyposquatCheck(dependencies, this.catalog, request.team)) {
            return NEEDS_REGISTRY;
        }
        const { registry } = request;
        return dependencyDiagnostics(
            {
            dependencies,
            catalog: this.catalog,
            ignored: request.ignored,
            ...(request.team ? { team: request.team } : {}),
            ...(registry ? { typosquat: (id, name) => registry.typosquat(id, name) } : {}),
            },
            this.l10n,
        );
    }

    forget(key: string): void {
        this.cache.forget(key);
    }
}
