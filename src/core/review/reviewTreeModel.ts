/**
 * The rows of the "This Workspace" view, built from a review. Pure: the provider only turns
 * each node into a TreeItem, so what the user reads is tested in plain Node.
 */
import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry, Registry } from '../catalog/schema';
import { STATUS_PRESENTATION, type RowIcon, type WarningStatus } from '../catalog/statuses';
import { categoryLabels } from '../catalog/labels';
import { folderOf, type DependencyLocation } from './detect';
import { runToEnd, type Steps } from './slices';
import { partialReviewNote, stackLine, type WorkspaceReview } from './summary';
import { tierCountsText, type TierReport } from './tierReport';
import type { LockReport } from './lockReport';
import { packageFindingKey, sameRoleKey } from './ignore';
import { listPhrases, platformPhrases } from './platforms';
import type { L10n } from '../text/l10n';

interface NodeFields {
    /** Stable across refreshes, so VS Code keeps what the user expanded. */
    id: string;
    label: string;
    description?: string;
    tooltip?: string;
    icon?: RowIcon;
    /** Choosing the row opens the manifest here. */
    location?: DependencyLocation;
    children: ReviewNode[];
    expanded?: boolean;
    /** A finding the user may dismiss: its key for the ignore setting (see ignore.ts). */
    ignoreKey?: string;
}

/**
 * A row about a catalog entry has the shape the entry commands accept from any tree
 * (`{ type: 'entry', entry }`), so "Open Documentation" works on it from a context menu.
 */
export type ReviewNode = (NodeFields & { type: 'row' }) | (NodeFields & { type: 'entry'; entry: CatalogEntry });

/** "package.json:4", one-based as editors show lines. */
export function locationLabel(location: DependencyLocation): string {
    return `${location.path}:${location.line + 1}`;
}

const row = (fields: NodeFields): ReviewNode => ({ type: 'row', ...fields });

/**
 * A finding's place, for its row's id: the manifest, the line and the package, so the id stays
 * the same across reloads and when other findings come or go (a position in a list would not).
 */
const findingPlace = (finding: { package: string; location: DependencyLocation }): string =>
    `${finding.location.path}:${finding.location.line}/${finding.package}`;

/**
 * "Deprecated (6)": the count in the label, not the description, so a narrow sidebar cuts
 * neither (a description is the first thing VS Code truncates).
 */
const counted = (label: string, count: number): string => `${label} (${count.toLocaleString('en-US')})`;

/** A row about an entry; a plain row when the catalog no longer has the id. */
function entryRow(catalog: Catalog, id: string, fields: NodeFields): ReviewNode {
    const entry = catalog.get(id);
    return entry ? { type: 'entry', entry, ...fields } : row(fields);
}

/** `items.map(map)`, one step per item: a workspace can have thousands of projects and findings. */
function* mapSteps<T, R>(items: readonly T[], map: (item: T, index: number) => R): Steps<R[]> {
    const mapped: R[] = [];
    for (const [index, item] of items.entries()) {
        mapped.push(map(item, index));
        yield;
    }
    return mapped;
}

/**
 * Which project a finding belongs to, when the workspace has several: findings are then grouped
 * by project under each kind. Undefined for a single project, whose findings stay one flat list.
 */
type ProjectOf<T> = ((finding: T) => string) | undefined;

function projectsOf<T>(review: WorkspaceReview, folder: (finding: T) => string): ProjectOf<T> {
    return review.projects.length > 1 ? folder : undefined;
}

const atLocation = (finding: { location: DependencyLocation }): string => folderOf(finding.location.path);

/** "apps/web (3)" rows in the order projects were found, each open, holding its findings' rows. */
function byProject(groupId: string, rows: readonly ReviewNode[], folders: readonly string[], l10n: L10n): ReviewNode[] {
    const grouped = new Map<string, ReviewNode[]>();
    rows.forEach((node, index) => {
        const folder = folders[index] ?? '';
        grouped.set(folder, [...(grouped.get(folder) ?? []), node]);
    });
    return [...grouped].map(([folder, children]) =>
        row({ id: `${groupId}/project:${folder}`, label: counted(folder || l10n.t('(root)'), children.length), icon: { id: 'folder' }, expanded: true, children }),
    );
}

/** A kind of finding: its count in the label, open, one row per finding (as steps), by project when they are in several. */
function* findingGroup<T>(
    group: Pick<NodeFields, 'id' | 'label' | 'tooltip' | 'icon'>,
    findings: readonly T[],
    toRow: (finding: T) => ReviewNode,
    projectOf: ProjectOf<T>,
    l10n: L10n,
): Steps<ReviewNode> {
    const rows = yield* mapSteps(findings, toRow);
    const folders = projectOf === undefined ? [] : findings.map(projectOf);
    // Findings all in one project need no level of their own: each row's description names its manifest.
    const children = new Set(folders).size > 1 ? byProject(group.id, rows, folders, l10n) : rows;
    return row({ ...group, label: counted(group.label, findings.length), expanded: true, children });
}

const joined = (parts: readonly (string | undefined)[], separator = ' · '): string =>
    parts.filter((part): part is string => part !== undefined && part !== '').join(separator);

function declaredEntry(catalog: Catalog, review: WorkspaceReview, id: string, parentId: string): ReviewNode {
    const location = review.declaredAt[id];
    return entryRow(catalog, id, {
        id: `${parentId}/${id}`,
        label: catalog.nameOf(id),
        description: location ? locationLabel(location) : undefined,
        tooltip: catalog.get(id)?.summary,
        location,
        children: [],
    });
}

function stackNode(catalog: Catalog, review: WorkspaceReview, l10n: L10n): ReviewNode {
    const { stack } = review;
    const platforms = listPhrases(platformPhrases(catalog, stack.languages, stack.runtimes, l10n), l10n);
    const children: ReviewNode[] = [
        row({ id: 'stack/languages', label: l10n.t('Languages'), description: platforms || l10n.t('none the catalog knows'), icon: { id: 'symbol-namespace' }, children: [] }),
    ];
    if (stack.frameworks.length > 0) {
        children.push(
            row({
                id: 'stack/frameworks',
                label: l10n.t('Frameworks'),
                description: stack.frameworks.map((id) => catalog.nameOf(id)).join(', '),
                icon: { id: 'server-process' },
                children: stack.frameworks.map((id) => declaredEntry(catalog, review, id, 'stack/frameworks')),
                expanded: true,
            }),
        );
    }
    const categories = categoryLabels(l10n);
    for (const group of stack.libraries) {
        const id = `stack/${group.category}`;
        children.push(
            row({
                id,
                label: categories[group.category],
                description: group.entries.map((entry) => catalog.nameOf(entry)).join(', '),
                icon: { id: 'package' },
                children: group.entries.map((entry) => declaredEntry(catalog, review, entry, id)),
            }),
        );
    }
    // Collapsed: the findings above it are what a user acts on, and its groups run to dozens of rows.
    return row({ id: 'stack', label: l10n.t('Stack'), description: review.statusBarText, tooltip: review.summary, icon: { id: 'layers' }, children });
}

function* projectsNode(catalog: Catalog, review: WorkspaceReview, l10n: L10n): Steps<ReviewNode> {
    return row({
        id: 'projects',
        label: l10n.t('Projects'),
        description: String(review.projects.length),
        icon: { id: 'folder-library' },
        children: yield* mapSteps(review.projects, (project) =>
            row({
                id: `projects/${project.folder}`,
                label: project.folder || l10n.t('(root)'),
                description: stackLine(project, catalog),
                icon: { id: 'folder' },
                children: project.manifests.map((manifest) =>
                    row({
                        id: `projects/${project.folder}/${manifest.path}`,
                        label: manifest.path.slice(project.folder.length).replace(/^[\\/]/, ''),
                        icon: { id: 'file' },
                        location: { ...manifest, line: 0, character: 0, length: 0 },
                        children: [],
                    }),
                ),
            }),
        ),
    });
}

/** What every finding about one declared package carries. */
interface PackageFinding {
    readonly registry: Registry;
    readonly package: string;
    readonly message: string;
    readonly location: DependencyLocation;
}

/**
 * A finding about one declared package: named, what was found, its manifest line, and an Ignore
 * key. With `entry` (and the catalog still holding it) the row is the entry's, so the entry
 * commands work on it from the context menu.
 */
function packageFindingRow(finding: PackageFinding, id: string, found: string | undefined, icon: RowIcon, entry?: { catalog: Catalog; id: string }): ReviewNode {
    const fields: NodeFields = {
        id,
        label: finding.package,
        description: joined([found, locationLabel(finding.location)]),
        tooltip: finding.message,
        icon,
        location: finding.location,
        children: [],
        ignoreKey: packageFindingKey(finding),
    };
    return entry ? entryRow(entry.catalog, entry.id, fields) : row(fields);
}

/** A status as a row's description says it: "deprecated". */
function statusShort(status: WarningStatus, l10n: L10n): string {
    switch (status) {
        case 'deprecated':
            return l10n.t('deprecated');
        case 'unmaintained':
            return l10n.t('unmaintained');
        case 'maintenance':
            return l10n.t('maintenance');
    }
}

function* statusNode(catalog: Catalog, review: WorkspaceReview, l10n: L10n): Steps<ReviewNode> {
    return yield* findingGroup(
        {
            id: 'status',
            label: l10n.t('Deprecated'),
            tooltip: l10n.t('Dependencies the catalog marks as deprecated, unmaintained or in maintenance mode.'),
            icon: { id: 'warning' },
        },
        review.statusFindings,
        (finding) => {
            const successors = finding.successors.map((id) => catalog.nameOf(id));
            return entryRow(catalog, finding.entry, {
                id: `status/${findingPlace(finding)}`,
                label: finding.package,
                description: joined([
                    statusShort(finding.status, l10n),
                    successors.length > 0 ? `→ ${successors.join(', ')}` : undefined,
                    locationLabel(finding.location),
                ]),
                tooltip: joined([finding.message, finding.note], '\n\n'),
                // Deprecated and unmaintained packages need moving off; maintenance-only ones still get fixes.
                icon: { id: STATUS_PRESENTATION[finding.status].icon, color: STATUS_PRESENTATION[finding.status].iconColor },
                location: finding.location,
                children: [],
                ignoreKey: packageFindingKey(finding),
            });
        },
        projectsOf(review, atLocation),
        l10n,
    );
}

/** The team's hold ring first: the guidance users trust most is their own team's. */
function* holdNode(catalog: Catalog, review: WorkspaceReview, l10n: L10n): Steps<ReviewNode> {
    return yield* findingGroup(
        {
            id: 'team-hold',
            label: l10n.t('On hold by the team'),
            tooltip: l10n.t("Dependencies the team radar (.vscode/stack-guide.json) puts on its hold ring: the team's advice is not to use them in new code."),
            icon: { id: 'circle-slash', color: 'list.warningForeground' },
        },
        review.holdFindings,
        (finding) =>
            // A private package the catalog does not know is still held: a plain row.
            packageFindingRow(finding, `team-hold/${findingPlace(finding)}`, finding.note, { id: 'circle-slash', color: 'list.warningForeground' }, finding.entry === undefined ? undefined : { catalog, id: finding.entry }),
        projectsOf(review, atLocation),
        l10n,
    );
}

function* sameRoleNode(catalog: Catalog, review: WorkspaceReview, l10n: L10n): Steps<ReviewNode> {
    const categories = categoryLabels(l10n);
    return yield* findingGroup(
        {
            id: 'same-role',
            label: l10n.t('Same role'),
            tooltip: l10n.t('Dependencies of one project that the catalog lists as alternatives to each other.'),
            icon: { id: 'copy' },
        },
        review.sameRoleFindings,
        (finding) => {
            // The members' keys, not the group's position: a reload or a new finding keeps what was expanded.
            const id = `same-role/${finding.folder}/${finding.category}/${sameRoleKey(finding)}`;
            return row({
                id,
                // "A and B and C": every member named alike, none the odd one out of a list.
                label: finding.entries.map((entry) => catalog.nameOf(entry)).reduce((all, next) => l10n.t('{0} and {1}', all, next)),
                description: joined([categories[finding.category], finding.folder]),
                tooltip: finding.message,
                icon: { id: 'copy' },
                expanded: true,
                ignoreKey: sameRoleKey(finding),
                children: finding.entries.map((entry, position) => {
                    const location = finding.locations[position];
                    return entryRow(catalog, entry, {
                        id: `${id}/${entry}`,
                        label: catalog.nameOf(entry),
                        description: location ? locationLabel(location) : undefined,
                        location,
                        children: [],
                    });
                }),
            });
        },
        projectsOf(review, (finding) => finding.folder),
        l10n,
    );
}

function* unknownNode(review: WorkspaceReview, l10n: L10n): Steps<ReviewNode> {
    const group = yield* findingGroup(
        {
            id: 'unknown',
            label: l10n.t('Not in the catalog'),
            tooltip: l10n.t('Dependencies Stack Guide has no entry for. They may be fine; the catalog just cannot say.'),
            icon: { id: 'question' },
        },
        review.unknown,
        (dependency) =>
            row({
                id: `unknown/${dependency.registry}/${dependency.name}`,
                label: dependency.name,
                description: `${dependency.registry} · ${locationLabel(dependency.location)}`,
                icon: { id: 'circle-outline' },
                location: dependency.location,
                children: [],
            }),
        projectsOf(review, atLocation),
        l10n,
    );
    // Hundreds of rows: closed until asked for, with the total beside the count.
    return { ...group, description: l10n.t('of {0}', review.dependencyCount), expanded: false };
}

/** How many dependencies each tier answered, as one row. */
function answeredNode(tiers: TierReport, l10n: L10n): ReviewNode {
    return row({
        id: 'answered',
        label: l10n.t('Answered'),
        description: tierCountsText(tiers.counts, l10n),
        tooltip: l10n.t(
            'Distinct dependencies by what describes them: a curated catalog entry, a package family rule, the registry index of the most used packages, or none of these (private, new or rarely used).',
        ),
        icon: { id: 'pass' },
        children: [],
    });
}

function* staleNode(review: WorkspaceReview, tiers: TierReport, l10n: L10n): Steps<ReviewNode> {
    return yield* findingGroup(
        {
            id: 'stale',
            label: l10n.t('Possibly unmaintained'),
            tooltip: l10n.t('Dependencies without a catalog entry whose latest release, in the registry index, is three years or more older than the index.'),
            icon: { id: 'history' },
        },
        tiers.staleReleases,
        (finding) =>
            packageFindingRow(finding, `stale/${finding.registry}/${finding.package}`, l10n.t('no release since {0}', finding.lastRelease), { id: 'history' }),
        projectsOf(review, atLocation),
        l10n,
    );
}

function* typosquatNode(review: WorkspaceReview, tiers: TierReport, l10n: L10n): Steps<ReviewNode> {
    return yield* findingGroup(
        {
            id: 'typosquats',
            label: l10n.t('Possible typosquats'),
            tooltip: l10n.t('Names no tier knows that are one or two keys from one of the 1,000 most used packages of their registry.'),
            icon: { id: 'warning' },
        },
        tiers.typosquats,
        (finding) =>
            packageFindingRow(finding, `typosquats/${finding.registry}/${finding.package}`, l10n.t('like {0}', finding.similarTo), { id: 'warning', color: 'list.warningForeground' }),
        projectsOf(review, atLocation),
        l10n,
    );
}

function* behindNode(review: WorkspaceReview, locks: LockReport, l10n: L10n): Steps<ReviewNode> {
    return yield* findingGroup(
        {
            id: 'behind',
            label: l10n.t('Behind by a major version'),
            tooltip: l10n.t('Locked versions a major version or more behind the latest release in the registry index (offline data, dated), the furthest behind first.'),
            icon: { id: 'arrow-circle-up' },
        },
        locks.behind,
        (finding) =>
            packageFindingRow(
                finding,
                `behind/${findingPlace(finding)}`,
                joined([`${finding.locked} → ${finding.latest}`, finding.majors === 1 ? l10n.t('1 major') : l10n.t('{0} majors', finding.majors)]),
                { id: 'arrow-circle-up' },
            ),
        projectsOf(review, atLocation),
        l10n,
    );
}

function* outdatedLockNode(review: WorkspaceReview, locks: LockReport, l10n: L10n): Steps<ReviewNode> {
    return yield* findingGroup(
        {
            id: 'lockfile-outdated',
            label: l10n.t('Lockfile out of date'),
            tooltip: l10n.t("Dependencies whose locked version no longer satisfies the manifest's constraint: install again to update the lockfile."),
            icon: { id: 'lock' },
        },
        locks.outdated,
        (finding) =>
            packageFindingRow(finding, `lockfile-outdated/${findingPlace(finding)}`, l10n.t('locked {0}, wants {1}', finding.locked, finding.constraint), {
                id: 'warning',
                color: 'list.warningForeground',
            }),
        projectsOf(review, atLocation),
        l10n,
    );
}

/**
 * How many findings the review lists (dependencies the catalog does not know are not
 * findings): the view's badge, so the activity bar shows them without opening the view.
 */
export function findingCount(review: WorkspaceReview): number {
    const tiers = review.tiers === undefined ? 0 : review.tiers.staleReleases.length + review.tiers.typosquats.length;
    return review.holdFindings.length + review.statusFindings.length + review.sameRoleFindings.length + tiers;
}

/**
 * The view's roots: each kind of finding first, with its count (shown even when empty, so
 * "(0)" answers the question), the team's hold ring leading when there are team files, then the stack, the projects when there are several, the tiers'
 * answers, and a note when the review is partial. As steps a runner may pause between (see
 * slices.ts).
 */
export function* reviewTreeSteps(review: WorkspaceReview, catalog: Catalog, l10n: L10n): Steps<ReviewNode[]> {
    if (review.manifests.length === 0) {
        return [];
    }
    const roots: ReviewNode[] = [];
    // Only with findings: without team files, or with none held, the group would say nothing.
    if (review.holdFindings.length > 0) {
        roots.push(yield* holdNode(catalog, review, l10n));
    }
    roots.push(yield* statusNode(catalog, review, l10n));
    if (review.tiers !== undefined) {
        roots.push(yield* staleNode(review, review.tiers, l10n), yield* typosquatNode(review, review.tiers, l10n));
    }
    if (review.locks !== undefined) {
        roots.push(yield* behindNode(review, review.locks, l10n), yield* outdatedLockNode(review, review.locks, l10n));
    }
    roots.push(yield* sameRoleNode(catalog, review, l10n), yield* unknownNode(review, l10n), stackNode(catalog, review, l10n));
    if (review.projects.length > 1) {
        roots.push(yield* projectsNode(catalog, review, l10n));
    }
    if (review.tiers !== undefined) {
        roots.push(answeredNode(review.tiers, l10n));
    }
    const partial = partialReviewNote(review, l10n);
    if (partial !== undefined) {
        roots.push(row({ id: 'limits', label: l10n.t('Partial review'), description: partial, tooltip: review.skipped.join('\n') || undefined, icon: { id: 'info' }, children: [] }));
    }
    return roots;
}

/** `reviewTreeSteps` run to the end at once. */
export function reviewTree(review: WorkspaceReview, catalog: Catalog, l10n: L10n): ReviewNode[] {
    return runToEnd(reviewTreeSteps(review, catalog, l10n));
}
