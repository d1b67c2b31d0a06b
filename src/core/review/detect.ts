/**
 * Reads a workspace's manifests and tells what stack they describe, and what in it deserves a
 * look. Pure: it takes the files' text (the VS Code adapter finds and reads them) and the
 * catalog, so it runs in plain Node for tests.
 */
import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS, categoryLabels } from '../catalog/labels';
import { packageKey } from '../catalog/packageNames';
import type { CatalogEntry, Category, Registry } from '../catalog/schema';
import type { WarningStatus } from '../catalog/statuses';
import { formatFor } from '../manifests/formats';
import type { DependencySource, ManifestDependency, ManifestFormat, ParsedManifest } from '../manifests/manifestTypes';
import type { L10n } from '../text/l10n';
import { joinAsListIn } from '../text/lists';
import { isStackFramework } from '../catalog/relations';
import { rivalGroups } from './sameRole';
import { isDevelopmentOnly } from './developmentOnly';
import { runToEnd, type Steps } from './slices';
import { REGISTRY_PLATFORM } from './platforms';
import { teamHoldFinding, type TeamHoldFinding } from './teamHolds';
import type { TeamRings } from '../team/teamCatalog';

/** Which manifest: the host's handle to open it, and the name the user reads. */
export interface ManifestRef {
    /**
     * The host's location of the file (a URI string). Opaque here: it is only carried into
     * findings, so whoever shows them can open the file without a lookup.
     */
    uri: string;
    /** Workspace-relative, with `/` or `\` separators: shown to the user, and its folder is the project. */
    path: string;
}

export interface ManifestFile extends ManifestRef {
    text: string;
}

/** Where a dependency is named; line and character are zero-based, as in VS Code. */
export interface DependencyLocation extends ManifestRef {
    line: number;
    character: number;
    length: number;
}

export interface CategoryGroup {
    category: Category;
    /** Entry ids, in the order first declared. */
    entries: string[];
}

export interface DetectedStack {
    /** Language entry ids. */
    languages: string[];
    runtimes: string[];
    /** Web and desktop framework entry ids, the most widely declared first. */
    frameworks: string[];
    /** Everything else the catalog knows, by category in the catalog's category order. */
    libraries: CategoryGroup[];
}

/** A folder holding one or more manifests: the unit in which roles should not repeat. */
export interface ProjectStack extends DetectedStack {
    /** The folder's path, '' for the root. */
    folder: string;
    manifests: ManifestRef[];
}

export interface StatusFinding {
    type: 'status';
    /** The entry id, and the package as declared with its registry. */
    entry: string;
    package: string;
    registry: Registry;
    status: WarningStatus;
    /** Entry ids the catalog names as replacements. */
    successors: string[];
    note?: string;
    source?: string;
    location: DependencyLocation;
    message: string;
}

export interface SameRoleFinding {
    type: 'same-role';
    folder: string;
    category: Category;
    /** Entry ids, two or more. */
    entries: string[];
    /** The package keys (`registry:name`) of the first declarations, in `entries` order. */
    packages: string[];
    /** The first declaration of each entry, in `entries` order. */
    locations: DependencyLocation[];
    message: string;
}

export interface UnknownDependency {
    registry: Registry;
    name: string;
    /** The first declaration. */
    location: DependencyLocation;
    /** Set when the first declaration takes it from Git or a URL rather than the registry. */
    source?: DependencySource;
}

export interface StackDetection {
    /** Every manifest a format could read, in the order given. */
    manifests: ManifestRef[];
    projects: ProjectStack[];
    /** The whole workspace's stack. */
    stack: DetectedStack;
    statusFindings: StatusFinding[];
    /** Dependencies the team's radar holds, in the order declared; none without team files. */
    holdFindings: TeamHoldFinding[];
    sameRoleFindings: SameRoleFinding[];
    /** Distinct registry packages declared, not counting the workspace's own packages. */
    dependencyCount: number;
    /** Distinct packages the catalog has no entry for. */
    unknown: UnknownDependency[];
    /** Where each detected entry is first declared, by entry id. */
    declaredAt: Record<string, DependencyLocation>;
}

/**
 * Sections that do not add a dependency of the project: overrides and resolutions pin other
 * packages' dependencies, bundle lists repeat names from `dependencies`, build requirements and
 * uv constraints only steer the installer.
 */
const NON_DEPENDENCY_SECTION = /^(?:overrides|resolutions|pnpm\.overrides|bundleDependencies|bundledDependencies|\[build-system\] requires|\[tool\.uv\] (?:constraint|override)-dependencies)\b/;

const CATEGORY_ORDER = new Map(Object.keys(CATEGORY_LABELS).map((category, index) => [category, index]));

/** Offsets to zero-based lines and characters. */
export class LineIndex {
    private readonly starts: number[] = [0];

    constructor(text: string) {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            this.starts.push(i + 1);
        }
    }

    position(offset: number): { line: number; character: number } {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >>> 1;
            if ((this.starts[mid] ?? 0) <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return { line: low, character: offset - (this.starts[low] ?? 0) };
    }
}

export function folderOf(path: string): string {
    const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return cut < 0 ? '' : path.slice(0, cut);
}

/** A manifest file with the format that reads it, parsed once. */
interface ReadManifest {
    readonly file: ManifestFile;
    readonly format: ManifestFormat;
    readonly manifest: ParsedManifest;
}

/** Parses each manifest a format reads, one step per file. */
function* readManifests(files: readonly ManifestFile[]): Steps<ReadManifest[]> {
    const read: ReadManifest[] = [];
    for (const file of files) {
        const format = formatFor(file.path);
        if (format) {
            read.push({ file, format, manifest: format.parse(file.text) });
            yield;
        }
    }
    return read;
}

/** The names the workspace's own manifests publish: depending on them is internal. */
function workspacePackageNames(manifests: readonly ReadManifest[]): Set<string> {
    const names = new Set<string>();
    for (const { format, manifest } of manifests) {
        if (manifest.packageName !== undefined) {
            names.add(packageKey(format.registry, manifest.packageName));
        }
    }
    return names;
}

/** A catalog entry a project declares, with its first declaration and that package's key. */
interface DeclaredEntry {
    entry: CatalogEntry;
    location: DependencyLocation;
    key: string;
    /** Every declaration of it is for development or tests (see developmentOnly.ts). */
    developmentOnly: boolean;
}

/** One project's entries, each with its first declaration, in declaration order. */
class ProjectAccumulator {
    readonly manifests: ManifestRef[] = [];
    readonly registries = new Set<Registry>();
    readonly entries = new Map<string, DeclaredEntry>();

    constructor(readonly folder: string) {}
}

/**
 * The stack of one or more projects, added one at a time. Counts how many projects declare
 * each framework, to put the most used first. Sets keep first-declared order and stay fast
 * for a workspace-wide stack of thousands of projects.
 */
class StackBuilder {
    private readonly languages = new Set<string>();
    private readonly runtimes = new Set<string>();
    private readonly frameworkUse = new Map<string, number>();
    private readonly libraries = new Map<Category, Set<string>>();

    constructor(private readonly catalog: Catalog) {}

    add(project: ProjectAccumulator): this {
        for (const registry of project.registries) {
            this.known(this.languages, REGISTRY_PLATFORM[registry].language);
            this.known(this.runtimes, REGISTRY_PLATFORM[registry].runtime);
        }
        for (const { entry } of project.entries.values()) {
            if (entry.kind === 'language') {
                this.languages.add(entry.id);
            } else if (entry.kind === 'runtime') {
                this.runtimes.add(entry.id);
            } else if (isStackFramework(entry)) {
                this.frameworkUse.set(entry.id, (this.frameworkUse.get(entry.id) ?? 0) + 1);
            } else {
                const set = this.libraries.get(entry.category) ?? new Set<string>();
                set.add(entry.id);
                this.libraries.set(entry.category, set);
            }
        }
        return this;
    }

    stack(): DetectedStack {
        return {
            languages: [...this.languages],
            runtimes: [...this.runtimes],
            // A stable sort keeps first-declared order among frameworks used equally often.
            frameworks: [...this.frameworkUse.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id),
            libraries: [...this.libraries.entries()]
                .sort((a, b) => (CATEGORY_ORDER.get(a[0]) ?? 0) - (CATEGORY_ORDER.get(b[0]) ?? 0))
                .map(([category, entries]) => ({ category, entries: [...entries] })),
        };
    }

    /** A registry's platform counts only when the catalog has it. */
    private known(set: Set<string>, id: string | undefined): void {
        if (id !== undefined && this.catalog.get(id)) {
            set.add(id);
        }
    }
}

/** "moment is deprecated; the catalog suggests Day.js and Luxon instead.": one message per status and form, so a translation words each whole. */
function statusMessage(name: string, status: WarningStatus, successors: readonly string[], l10n: L10n): string {
    const instead = joinAsListIn(successors, l10n);
    switch (status) {
        case 'deprecated':
            return instead === '' ? l10n.t('{0} is deprecated.', name) : l10n.t('{0} is deprecated; the catalog suggests {1} instead.', name, instead);
        case 'unmaintained':
            return instead === '' ? l10n.t('{0} is no longer maintained.', name) : l10n.t('{0} is no longer maintained; the catalog suggests {1} instead.', name, instead);
        case 'maintenance':
            return instead === '' ? l10n.t('{0} is in maintenance mode.', name) : l10n.t('{0} is in maintenance mode; the catalog suggests {1} instead.', name, instead);
    }
}

function statusFinding(catalog: Catalog, entry: CatalogEntry, dependency: ManifestDependency, location: DependencyLocation, l10n: L10n): StatusFinding | undefined {
    const status = entry.status;
    if (status.value === 'active') {
        return undefined;
    }
    const successors = status.successors ?? [];
    const finding: StatusFinding = {
        type: 'status',
        entry: entry.id,
        package: dependency.name,
        registry: dependency.registry,
        status: status.value,
        successors,
        location,
        message: statusMessage(dependency.name, status.value, successors.map((id) => catalog.nameOf(id)), l10n),
    };
    if (status.note !== undefined) {
        finding.note = status.note;
    }
    if (status.source !== undefined) {
        finding.source = status.source;
    }
    return finding;
}

/**
 * Dependencies of one project that play the same role: same ecosystem and category, and
 * rivals by the catalog's own account (see sameRole.ts), one finding per group.
 */
function sameRoleFindings(project: ProjectAccumulator, l10n: L10n): SameRoleFinding[] {
    // Grouped by ecosystem too: Flask and Express in one folder serve different programs.
    const byRole = new Map<string, { category: Category; members: DeclaredEntry[] }>();
    for (const declared of project.entries.values()) {
        if (declared.entry.kind === 'language' || declared.entry.kind === 'runtime') {
            continue;
        }
        const key = `${declared.entry.ecosystem}/${declared.entry.category}`;
        const role = byRole.get(key) ?? { category: declared.entry.category, members: [] };
        role.members.push(declared);
        byRole.set(key, role);
    }
    return [...byRole.values()].flatMap(({ category, members }) =>
        rivalGroups(members).map((group): SameRoleFinding => {
            const names = joinAsListIn(group.map((member) => member.entry.name), l10n);
            return {
                type: 'same-role',
                folder: project.folder,
                category,
                entries: group.map((member) => member.entry.id),
                packages: group.map((member) => member.key),
                locations: group.map((member) => member.location),
                message: l10n.t(
                    '{0} play the same role ({1}): the catalog lists them as alternatives, and a project usually needs only one.',
                    names,
                    categoryLabels(l10n)[category],
                ),
            };
        }),
    );
}

/** What the manifests declare, gathered one manifest at a time. */
class DetectionAccumulator {
    readonly projects = new Map<string, ProjectAccumulator>();
    readonly manifests: ManifestRef[] = [];
    readonly statusFindings: StatusFinding[] = [];
    readonly holdFindings: TeamHoldFinding[] = [];
    readonly declaredPackages = new Set<string>();
    readonly unknown = new Map<string, UnknownDependency>();

    constructor(
        private readonly catalog: Catalog,
        /** Package keys the workspace itself publishes. */
        private readonly internal: ReadonlySet<string>,
        private readonly team: TeamRings | undefined,
        private readonly l10n: L10n,
    ) {}

    add({ file, format, manifest }: ReadManifest): void {
        const ref: ManifestRef = { uri: file.uri, path: file.path };
        this.manifests.push(ref);
        const project = this.projectOf(folderOf(file.path));
        project.manifests.push(ref);
        project.registries.add(format.registry);
        const lines = new LineIndex(file.text);
        for (const dependency of manifest.dependencies) {
            const key = packageKey(dependency.registry, dependency.name);
            if (NON_DEPENDENCY_SECTION.test(dependency.section) || dependency.source === 'path' || this.internal.has(key)) {
                continue;
            }
            const { line, character } = lines.position(dependency.nameSpan.start);
            this.declared(project, dependency, key, { ...ref, line, character, length: dependency.nameSpan.end - dependency.nameSpan.start });
        }
    }

    private projectOf(folder: string): ProjectAccumulator {
        let project = this.projects.get(folder);
        if (!project) {
            project = new ProjectAccumulator(folder);
            this.projects.set(folder, project);
        }
        return project;
    }

    private declared(project: ProjectAccumulator, dependency: ManifestDependency, key: string, location: DependencyLocation): void {
        this.declaredPackages.add(key);
        const entry = this.catalog.findPackage(dependency.registry, dependency.name);
        const hold = this.team && teamHoldFinding(this.team, dependency, entry, location, this.l10n);
        if (hold) {
            this.holdFindings.push(hold);
        }
        if (!entry) {
            if (!this.unknown.has(key)) {
                const { registry, name, source } = dependency;
                this.unknown.set(key, source === undefined ? { registry, name, location } : { registry, name, location, source });
            }
            return;
        }
        const developmentOnly = isDevelopmentOnly(dependency.section, location.path);
        const known = project.entries.get(entry.id);
        if (!known) {
            project.entries.set(entry.id, { entry, location, key, developmentOnly });
        } else if (!developmentOnly) {
            known.developmentOnly = false;
        }
        const finding = statusFinding(this.catalog, entry, dependency, location, this.l10n);
        if (finding) {
            this.statusFindings.push(finding);
        }
    }
}

/** The per-project stacks and same-role findings, one step per project, then the whole. */
function* conclude(catalog: Catalog, gathered: DetectionAccumulator, l10n: L10n): Steps<StackDetection> {
    const whole = new StackBuilder(catalog);
    const projects: ProjectStack[] = [];
    const sameRole: SameRoleFinding[] = [];
    const declaredAt: Record<string, DependencyLocation> = {};
    for (const project of gathered.projects.values()) {
        projects.push({ folder: project.folder, manifests: project.manifests, ...new StackBuilder(catalog).add(project).stack() });
        whole.add(project);
        sameRole.push(...sameRoleFindings(project, l10n));
        for (const [id, { location }] of project.entries) {
            declaredAt[id] ??= location;
        }
        yield;
    }
    return {
        manifests: gathered.manifests,
        projects,
        stack: whole.stack(),
        statusFindings: gathered.statusFindings,
        holdFindings: gathered.holdFindings,
        sameRoleFindings: sameRole,
        dependencyCount: gathered.declaredPackages.size,
        unknown: [...gathered.unknown.values()],
        declaredAt,
    };
}

/** How a detection words its findings, and the team files whose hold ring it lists. */
export interface DetectOptions {
    /** The display language of the findings' messages. */
    readonly l10n: L10n;
    /** The merged team files; without them no finding is about the team's hold ring. */
    readonly team?: TeamRings | undefined;
}

/**
 * Detects the stack of a set of manifests, as steps a runner may pause between (see
 * slices.ts). Files no format reads are ignored; a project is a folder, so a monorepo's
 * packages are reviewed one by one and a root with package.json and requirements.txt is one
 * mixed project.
 */
export function* detectStackSteps(files: readonly ManifestFile[], catalog: Catalog, { l10n, team }: DetectOptions): Steps<StackDetection> {
    const read = yield* readManifests(files);
    const gathered = new DetectionAccumulator(catalog, workspacePackageNames(read), team, l10n);
    for (const manifest of read) {
        gathered.add(manifest);
        yield;
    }
    return yield* conclude(catalog, gathered, l10n);
}

/** `detectStackSteps` run to the end at once. */
export function detectStack(files: readonly ManifestFile[], catalog: Catalog, options: DetectOptions): StackDetection {
    return runToEnd(detectStackSteps(files, catalog, options));
}
