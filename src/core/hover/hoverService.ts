import type { Catalog } from '../catalog/catalog';
import type { L10n } from '../text/l10n';
import { explainConstraint, explainMarkers } from '../constraints';
import { formatFor } from '../manifests/formats';
import type { ManifestDependency, TextSpan } from '../manifests/manifestTypes';
import type { RegistryLookup } from '../registry/tiers';
import { renderDependencyHover } from './dependencyHover';
import { ManifestCache } from './manifestCache';
import type { TierAnswer } from './tierHover';
import { lockedSection, lockStateSection, type HoverLockState } from './lockHover';
import { lockedFacts } from '../lockfiles/lockedFacts';
import type { TeamCatalog } from '../team/teamCatalog';
import { privatePackageAnswer, teamFactsFor, withTeamRing } from './teamHover';

export interface HoverRequest {
    /** Identifies the document in the cache (its URI). */
    readonly key: string;
    readonly version: number;
    readonly fileName: string;
    readonly offset: number;
    /** Read only when the document's version is not cached yet. */
    readonly text: () => string;
    readonly showUnknownPackages: boolean;
    /** The family rules and registry indexes, when loaded: only a dependency without an entry needs them. */
    readonly registry?: RegistryLookup;
    /** The manifest's lockfile as far as the host has read it, and the workspace member the manifest is in it. */
    readonly lock?: HoverLock;
    /** The manifest's URI (`key` may be any string): a local package's folder is linked relative to it. */
    readonly manifestUri?: string;
    /** The team files' merged guidance: rings, and private packages that are known, not unknown. */
    readonly team?: TeamCatalog;
}

export interface HoverLock {
    readonly state: HoverLockState;
    /** The manifest's folder relative to the lockfile's, '' for the same folder. */
    readonly member: string;
}

/** Said instead of an answer when the dependency has no entry and the registry data is not loaded yet. */
export const NEEDS_REGISTRY = 'needs-registry';

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

    /** `l10n`: the display language's messages, `vscode.l10n` in the host and `english` in tests. */
    constructor(
        private readonly catalog: Catalog,
        private readonly l10n: L10n,
    ) {}

    /**
     * The hover at the request's offset; NEEDS_REGISTRY when the dependency has no curated entry
     * and `request.registry` is absent, so the host loads the registry data only for those.
     */
    hover(request: HoverRequest): HoverAnswer | typeof NEEDS_REGISTRY | undefined {
        const format = formatFor(request.fileName);
        if (!format) {
            return undefined;
        }
        const dependency = this.cache.manifest(request.key, request.version, format, request.text).at(request.offset);
        if (!dependency) {
            return undefined;
        }
        const entry = this.catalog.findPackage(dependency.registry, dependency.name);
        const team = teamFactsFor(request.team, dependency, entry?.id);
        if (!entry && team?.privatePackage) {
            return privatePackageAnswer(dependency, team, team.privatePackage, request.offset, this.l10n);
        }
        // Local and Git packages are named as such: no tier describes them.
        const needsTiers = !entry && dependency.source === undefined;
        // A locked version is measured against the index's latest, curated entry or not.
        const measuresLock = request.lock?.state.kind === 'read' && dependency.source === undefined;
        if ((needsTiers || measuresLock) && !request.registry) {
            return NEEDS_REGISTRY;
        }
        const tier = needsTiers && request.registry ? tierAnswer(request.registry, dependency) : undefined;
        if (!entry && !team && !request.showUnknownPackages && (tier === undefined || (tier.kind === 'unknown' && !tier.typosquat))) {
            return undefined;
        }
        const markdown = withTeamRing(renderDependencyHover({
            dependency,
            entry,
            tier,
            catalog: this.catalog,
            constraint: dependency.constraint === undefined
                ? undefined
                : explainConstraint(dependency.registry, dependency.constraint, this.l10n, dependency.constraintSyntax),
            markers: dependency.markers === undefined ? undefined : explainMarkers(dependency.markers, this.l10n),
            locked: request.lock === undefined ? undefined : lockSection(request.lock, dependency, request.registry, this.l10n),
            ...(request.manifestUri === undefined ? {} : { manifestUri: request.manifestUri }),
            l10n: this.l10n,
        }), team, this.l10n);
        const { constraintSpan } = dependency;
        const span = constraintSpan && request.offset >= constraintSpan.start ? constraintSpan : dependency.nameSpan;
        return { markdown, span };
    }

    forget(key: string): void {
        this.cache.forget(key);
    }
}

/** What the tiers say of a registry dependency without an entry. */
function tierAnswer(registry: RegistryLookup, dependency: ManifestDependency): TierAnswer {
    const list = registry.list(dependency.registry);
    const description = registry.describe(dependency.registry, dependency.name);
    if (description) {
        return { kind: 'described', description, list };
    }
    return { kind: 'unknown', list, typosquat: registry.typosquat(dependency.registry, dependency.name) };
}

/** The lockfile's line: the locked version against the index's latest, or why there is none. */
function lockSection(lock: HoverLock, dependency: ManifestDependency, registry: RegistryLookup | undefined, l10n: L10n): string | undefined {
    const { state } = lock;
    if (state.kind !== 'read') {
        return lockStateSection(state, l10n);
    }
    // A nested project the workspace's lockfile does not list is not locked by it.
    if (!state.index.hasMember(lock.member)) {
        return undefined;
    }
    const description = dependency.source === undefined ? registry?.describe(dependency.registry, dependency.name) : undefined;
    const latest = description?.latestVersion === undefined ? undefined : { version: description.latestVersion, asOf: description.asOf };
    return lockedSection(lockedFacts(state.index, state.fileName, lock.member, dependency, latest), dependency.constraint, l10n);
}
