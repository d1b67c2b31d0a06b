import type { Catalog } from '../catalog/catalog';
import { explainConstraint, explainMarkers } from '../constraints';
import { formatFor } from '../manifests/formats';
import type { TextSpan } from '../manifests/types';
import { renderDependencyHover } from './dependencyHover';
import { ManifestCache } from './manifestCache';

export interface HoverRequest {
    /** Identifies the document in the cache (its URI). */
    readonly key: string;
    readonly version: number;
    readonly fileName: string;
    readonly offset: number;
    /** Read only when the document's version is not cached yet. */
    readonly text: () => string;
    readonly showUnknownPackages: boolean;
}

export interface HoverAnswer {
    readonly markdown: string;
    /** The name or the version part, whichever was hovered. */
    readonly span: TextSpan;
}

/**
 * Everything a dependency hover computes, without VS Code: which manifest format, which
 * dependency is under the cursor (from a parse cached per document version), its catalog entry
 * and the Markdown. Loaded on the first hover, so activation pays for none of its parsers.
 */
export class DependencyHoverService {
    private readonly cache = new ManifestCache();

    constructor(private readonly catalog: Catalog) {}

    hover(request: HoverRequest): HoverAnswer | undefined {
        const format = formatFor(request.fileName);
        if (!format) {
            return undefined;
        }
        const dependency = this.cache.manifest(request.key, request.version, format, request.text).at(request.offset);
        if (!dependency) {
            return undefined;
        }
        const entry = this.catalog.findPackage(dependency.registry, dependency.name);
        if (!entry && !request.showUnknownPackages) {
            return undefined;
        }
        const markdown = renderDependencyHover({
            dependency,
            entry,
            catalog: this.catalog,
            constraint: dependency.constraint === undefined
                ? undefined
                : explainConstraint(dependency.registry, dependency.constraint, dependency.constraintSyntax),
            markers: dependency.markers === undefined ? undefined : explainMarkers(dependency.markers),
        });
        const { constraintSpan } = dependency;
        const span = constraintSpan && request.offset >= constraintSpan.start ? constraintSpan : dependency.nameSpan;
        return { markdown, span };
    }

    forget(key: string): void {
        this.cache.forget(key);
    }
}
