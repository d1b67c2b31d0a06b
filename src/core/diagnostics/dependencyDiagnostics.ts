import type { Catalog } from '../catalog/catalog';
import { packageKey } from '../catalog/packageNames';
import type { CatalogEntry } from '../catalog/schema';
import { REGISTRIES, type Registry } from '../catalog/vocabulary';
import { registryPage } from '../hover/registryLinks';
import type { ManifestDependency, TextSpan } from '../manifests/manifestTypes';
import type { TyposquatWarning } from '../registry/typosquat';
import { heldRing, onHoldWords } from '../team/holdRing';
import type { TeamCatalog } from '../team/teamCatalog';
import type { TeamOrigin } from '../team/teamTypes';
import type { L10n } from '../text/l10n';
import { safeHttpsUrl } from '../text/safeUrl';

export type DiagnosticCode = 'deprecated' | 'unmaintained' | 'team-hold' | 'possible-typosquat';

/** One problem with one declared dependency, ready for the host to turn into a VS Code diagnostic. */
export interface DependencyDiagnostic {
    readonly code: DiagnosticCode;
    readonly severity: 'warning' | 'information';
    /** Plain text in the display language: the Problems view shows it as such. */
    readonly message: string;
    /** The dependency's name as written. */
    readonly span: TextSpan;
    readonly registry: Registry;
    readonly name: string;
    /** The entry's page: its documentation, else its repository, else its homepage; https only. */
    readonly link?: string;
    readonly entryId?: string;
    /** The entry and its alternatives, for "Compare with alternatives"; empty when there are none. */
    readonly compareIds: readonly string[];
    /** The first successor of a deprecated or unmaintained entry, for "Show <successor> in Stack Guide". */
    readonly successor?: { readonly id: string; readonly name: string };
    /** Where the team file says it, for "Open team note". */
    readonly teamOrigin?: TeamOrigin;
}

export interface DiagnosticsInput {
    readonly dependencies: readonly ManifestDependency[];
    readonly catalog: Catalog;
    readonly team?: TeamCatalog;
    /** The registry index's typosquat check, once loaded; without it no typosquat is reported. */
    readonly typosquat?: (registry: Registry, name: string) => TyposquatWarning | undefined;
    /** Package keys (`packageKey`) that get no diagnostic. */
    readonly ignored: ReadonlySet<string>;
}

/** The `stackGuide.diagnostics.ignore` values as package keys; anything not `registry:name` is left out. */
export function ignoredPackages(value: unknown): ReadonlySet<string> {
    if (!Array.isArray(value)) {
        return new Set();
    }
    return new Set(
        value.flatMap((item) => {
            const match = typeof item === 'string' ? /^([a-z]+):(.+)$/.exec(item.trim()) : null;
            const registry = REGISTRIES.find((known) => known === match?.[1]);
            return registry && match ? [packageKey(registry, match[2]!)] : [];
        }),
    );
}

function entryLink(entry: CatalogEntry): string | undefined {
    return safeHttpsUrl(entry.links.docs ?? entry.links.repository ?? entry.links.homepage);
}

/** "X is deprecated: <the catalog's note>", or without a note "X is deprecated."; the note is catalog text, as written. */
function statusSentence(name: string, status: 'deprecated' | 'unmaintained', note: string | undefined, l10n: L10n): string {
    if (status === 'deprecated') {
        return note === undefined ? l10n.t('{0} is deprecated.', name) : l10n.t('{0} is deprecated: {1}', name, note);
    }
    return note === undefined ? l10n.t('{0} is no longer maintained.', name) : l10n.t('{0} is no longer maintained: {1}', name, note);
}

/** What the catalog says of an entry's status, as a diagnostic. */
function statusDiagnostic(dependency: ManifestDependency, entry: CatalogEntry, catalog: Catalog, l10n: L10n): DependencyDiagnostic | undefined {
    const { status } = entry;
    if (status.value !== 'deprecated' && status.value !== 'unmaintained') {
        return undefined;
    }
    const successorId = status.successors?.find((id) => catalog.get(id) !== undefined);
    const successor = successorId === undefined ? undefined : { id: successorId, name: catalog.nameOf(successorId) };
    const sentence = statusSentence(entry.name, status.value, status.note, l10n);
    const consider = successor ? ` ${l10n.t('Consider {0}.', successor.name)}` : '';
    const link = entryLink(entry);
    return {
        code: status.value,
        severity: status.value === 'deprecated' ? 'warning' : 'information',
        message: `${sentence}${consider}`,
        span: dependency.nameSpan,
        registry: dependency.registry,
        name: dependency.name,
        entryId: entry.id,
        compareIds: entry.alternatives.length > 0 ? [entry.id, ...entry.alternatives.slice(0, 4)] : [],
        ...(link === undefined ? {} : { link }),
        ...(successor ? { successor } : {}),
    };
}

function holdDiagnostic(dependency: ManifestDependency, entry: CatalogEntry | undefined, team: TeamCatalog | undefined, l10n: L10n): DependencyDiagnostic | undefined {
    const ring = heldRing(team, dependency, entry?.id);
    if (!ring) {
        return undefined;
    }
    // The note is the team's own words, as written in its file.
    const note = ring.note === undefined ? '' : `: ${ring.note}`;
    const link = entry ? entryLink(entry) : undefined;
    return {
        code: 'team-hold',
        severity: 'warning',
        message: `${onHoldWords(dependency.name, ring, l10n)}${note}`,
        span: dependency.nameSpan,
        registry: dependency.registry,
        name: dependency.name,
        compareIds: entry && entry.alternatives.length > 0 ? [entry.id, ...entry.alternatives.slice(0, 4)] : [],
        teamOrigin: ring.origin,
        ...(entry ? { entryId: entry.id } : {}),
        ...(link === undefined ? {} : { link }),
    };
}

function typosquatDiagnostic(dependency: ManifestDependency, warning: TyposquatWarning, l10n: L10n): DependencyDiagnostic {
    return {
        code: 'possible-typosquat',
        severity: 'warning',
        message: l10n.t('{0} is one or two keys from {1}, a much used package: check the spelling.', dependency.name, warning.similarTo),
        span: dependency.nameSpan,
        registry: dependency.registry,
        name: dependency.name,
        link: registryPage(warning.registry, warning.similarTo).url,
        compareIds: [],
    };
}

/**
 * The diagnostics of one parsed manifest: a deprecated or unmaintained catalog entry, a package
 * on the team's hold ring, a name that looks like a typosquat. A private package the team
 * describes is known, so it is never called a typosquat; local and Git packages are not checked
 * against the registry. Ignored packages get none. Messages are in the display language (`l10n`).
 */
export function dependencyDiagnostics(input: DiagnosticsInput, l10n: L10n): DependencyDiagnostic[] {
    const { catalog, team } = input;
    return input.dependencies.flatMap((dependency) => {
        if (input.ignored.has(packageKey(dependency.registry, dependency.name))) {
            return [];
        }
        const entry = catalog.findPackage(dependency.registry, dependency.name);
        const found = [entry ? statusDiagnostic(dependency, entry, catalog, l10n) : undefined, holdDiagnostic(dependency, entry, team, l10n)];
        const unknown = !entry && dependency.source === undefined && !team?.privatePackage(dependency.registry, dependency.name);
        const typosquat = unknown ? input.typosquat?.(dependency.registry, dependency.name) : undefined;
        return [...found, typosquat ? typosquatDiagnostic(dependency, typosquat, l10n) : undefined].filter((item): item is DependencyDiagnostic => item !== undefined);
    });
}

/** Whether the typosquat check could add something here: some registry dependency neither the catalog nor the team knows. */
export function needsTyposquatCheck(dependencies: readonly ManifestDependency[], catalog: Catalog, team: TeamCatalog | undefined): boolean {
    return dependencies.some((dependency) => dependency.source === undefined && !catalog.findPackage(dependency.registry, dependency.name) && !team?.privatePackage(dependency.registry, dependency.name));
}
