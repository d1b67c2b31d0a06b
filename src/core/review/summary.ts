/**
 * Words for a detected stack: the one-paragraph summary and the short status bar text. Pure.
 */
import type { Catalog } from '../catalog/catalog';
import { CATEGORY_LABELS } from '../catalog/labels';
import type { CatalogEntry, Category, Ecosystem } from '../catalog/schema';
import { compareCodeUnits } from '../text/order';
import { joinAsList } from '../text/lists';
import type { DetectedStack, StackDetection } from './detect';
import { capitalise } from '../text/casing';
import { escapeMarkdown } from '../text/markdown';
import { tierSentence, type TierReport } from './tierReport';
import { lockSentence, type LockReport } from './lockReport';
import { listPhrases, platformPhrases } from './platforms';

/** What the adapter could not read, so the summary can say the review is partial. */
export interface ScanLimits {
    /** More manifests exist than the cap lets the review read. */
    truncated: boolean;
    /** The cap on manifests read, a guard against runaway folders. */
    maxManifests: number;
    /** Manifests skipped for their size. */
    skipped: string[];
}

export interface WorkspaceReview extends StackDetection, ScanLimits {
    summary: string;
    /** "Node.js · Express · Mongoose"; undefined when no manifest was found. */
    statusBarText: string | undefined;
    /** The status bar's tooltip in Markdown, catalog names escaped; undefined with the text. */
    statusBarTooltip?: string;
    /** What the family rules and the registry index answered; absent when their data could not be read. */
    tiers?: TierReport;
    /** What the lockfiles say; absent when no manifest has a lockfile that could be read. */
    locks?: LockReport;
}

/** The categories that best characterise a stack after its framework, most telling first. */
const KEY_CATEGORIES: readonly Category[] = [
    'orm',
    'database-driver',
    'api',
    'graphql',
    'auth',
    'authorization',
    'realtime',
    'job-queue',
    'templating',
    'data-science',
    'ai-framework',
    'machine-learning',
];

/** How many roles the summary names before "and N more roles". */
const SUMMARY_ROLES = 6;

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function entries(catalog: Catalog, ids: readonly string[]): CatalogEntry[] {
    return ids.flatMap((id) => catalog.get(id) ?? []);
}

/** Library groups with the most telling categories first, then in the catalog's category order. */
function rankedGroups(stack: DetectedStack): DetectedStack['libraries'] {
    const rank = (category: Category): number => {
        const index = KEY_CATEGORIES.indexOf(category);
        return index < 0 ? KEY_CATEGORIES.length : index;
    };
    return [...stack.libraries].sort((a, b) => rank(a.category) - rank(b.category));
}

/** Libraries in the order of `rankedGroups`. */
function rankedLibraries(catalog: Catalog, stack: DetectedStack): CatalogEntry[] {
    return rankedGroups(stack).flatMap((group) => entries(catalog, group.entries));
}

interface EcosystemStack {
    ecosystem: Ecosystem;
    platform: CatalogEntry | undefined;
    framework: CatalogEntry | undefined;
    /** Its libraries, the most telling first. */
    libraries: CatalogEntry[];
    known: number;
}

/**
 * The stack per ecosystem, the one with the most known dependencies first (ties: by platform
 * name, so the order never depends on file order).
 */
function ecosystemStacks(catalog: Catalog, stack: DetectedStack): EcosystemStack[] {
    const languages = entries(catalog, stack.languages);
    const runtimes = entries(catalog, stack.runtimes);
    const frameworks = entries(catalog, stack.frameworks);
    const libraries = rankedLibraries(catalog, stack);
    const ecosystems = [...new Set(languages.map((language) => language.ecosystem))];
    return ecosystems
        .map((ecosystem): EcosystemStack => {
            const inEcosystem = (entry: CatalogEntry): boolean => entry.ecosystem === ecosystem;
            const platform = runtimes.find(inEcosystem) ?? languages.find(inEcosystem);
            return {
                ecosystem,
                platform,
                framework: frameworks.find(inEcosystem),
                libraries: libraries.filter(inEcosystem),
                known: frameworks.filter(inEcosystem).length + libraries.filter(inEcosystem).length,
            };
        })
        .sort((a, b) => b.known - a.known || compareCodeUnits(a.platform?.name ?? '', b.platform?.name ?? ''));
}

/**
 * Whether a library defines the stack, for the status bar: a library or framework of a
 * category that shapes an application (its data layer, its API, its jobs: KEY_CATEGORIES),
 * and not a plugin of another entry. A bulk-insert gem is an ORM library but extends Active
 * Record, so the ORM it extends is named, not the plugin.
 */
export function definesStack(entry: CatalogEntry): boolean {
    return (entry.kind === 'library' || entry.kind === 'framework') && KEY_CATEGORIES.includes(entry.category) && (entry.extends ?? []).length === 0;
}

/** How many defining libraries the status bar names after the framework. */
const STATUS_LIBRARIES = 2;

/** What the status bar says of a stack, and what its "+N" stands for. */
export interface StackStatus {
    readonly platform: CatalogEntry | undefined;
    readonly framework: CatalogEntry | undefined;
    readonly libraries: readonly CatalogEntry[];
    /** The other ecosystems, each with its platform and framework: what "+N" counts. */
    readonly others: readonly { readonly platform: CatalogEntry | undefined; readonly framework: CatalogEntry | undefined }[];
    /** "Node.js · Express · Mongoose · Passport +1". */
    readonly text: string;
}

/** "pg (Ruby PostgreSQL driver)" is "pg" where space is short. */
const shortName = (entry: CatalogEntry): string => entry.name.replace(/\s*\(.*\)$/, '');

/**
 * The main ecosystem's platform, framework and the libraries that define it, with "+N" for the
 * other ecosystems present too. Undefined for a stack with no language the catalog knows.
 */
export function stackStatus(stack: DetectedStack, catalog: Catalog): StackStatus | undefined {
    const [main, ...others] = ecosystemStacks(catalog, stack);
    if (!main) {
        return undefined;
    }
    const libraries = main.libraries.filter(definesStack).slice(0, STATUS_LIBRARIES);
    const parts = [main.platform, main.framework, ...libraries].flatMap((entry) => (entry ? [shortName(entry)] : []));
    const text = `${parts.join(' · ')}${others.length > 0 ? ` +${others.length}` : ''}`;
    return { platform: main.platform, framework: main.framework, libraries, others: others.map(({ platform, framework }) => ({ platform, framework })), text };
}

/** "Node.js · Express · Mongoose": the status bar's text, also a project's line in the view. */
export function stackLine(stack: DetectedStack, catalog: Catalog): string | undefined {
    return stackStatus(stack, catalog)?.text;
}

export function statusBarText(detection: StackDetection, catalog: Catalog): string | undefined {
    return detection.manifests.length === 0 ? undefined : stackLine(detection.stack, catalog);
}

const named = (entry: CatalogEntry | undefined): string => (entry ? escapeMarkdown(entry.name) : '');

/**
 * The status bar's tooltip, as Markdown with every catalog name escaped: what each part of
 * the text is, what "+N" counts, and the findings. Undefined when the text is.
 */
export function statusBarTooltip(detection: StackDetection, catalog: Catalog): string | undefined {
    const status = detection.manifests.length === 0 ? undefined : stackStatus(detection.stack, catalog);
    if (!status) {
        return undefined;
    }
    const lines = [
        status.platform ? `- **Platform:** ${named(status.platform)}` : '',
        `- **Framework:** ${status.framework ? named(status.framework) : 'none from the catalog'}`,
        status.libraries.length > 0
            ? `- **Defining libraries:** ${status.libraries.map((entry) => `${named(entry)} (${escapeMarkdown(CATEGORY_LABELS[entry.category])})`).join(', ')}`
            : '',
        status.others.length > 0
            ? `- **+${status.others.length}:** ${plural(status.others.length, 'other language', 'other languages')} in this workspace: ${status.others
                .map((other) => [named(other.platform), other.framework ? ` (${named(other.framework)})` : ''].join(''))
                .join(', ')}`
            : '',
    ].filter(Boolean);
    const counts = [
        plural(detection.statusFindings.length, 'deprecated or unmaintained', 'deprecated or unmaintained'),
        plural(detection.sameRoleFindings.length, 'same-role group', 'same-role groups'),
        `${detection.unknown.length.toLocaleString('en-US')} of ${plural(detection.dependencyCount, 'dependency', 'dependencies')} not in the catalog`,
    ];
    return [`**Stack:** ${escapeMarkdown(status.text)}`, lines.join('\n'), `Findings: ${counts.join(' · ')}.`, 'Click to review this workspace.'].join('\n\n');
}

function platformSentence(catalog: Catalog, stack: DetectedStack): string {
    const phrases = platformPhrases(catalog, stack.languages, stack.runtimes);
    return phrases.length > 0 ? `It is written in ${listPhrases(phrases, { and: true })}.` : 'Its languages are not in the catalog.';
}

function frameworkSentence(catalog: Catalog, stack: DetectedStack): string {
    const names = entries(catalog, stack.frameworks).map((framework) => framework.name);
    return names.length > 0 ? `It is built with ${joinAsList(names)}.` : 'No web or desktop framework from the catalog is declared.';
}

/** "Libraries by role: ORM / ODM: Mongoose; HTTP client: Axios and node-fetch; and 2 more roles." */
function librarySentence(catalog: Catalog, stack: DetectedStack): string | undefined {
    const groups = rankedGroups(stack);
    if (groups.length === 0) {
        return undefined;
    }
    const named = groups
        .slice(0, SUMMARY_ROLES)
        .map((group) => `${CATEGORY_LABELS[group.category]}: ${joinAsList(entries(catalog, group.entries).map((entry) => entry.name))}`);
    const more = groups.length - named.length;
    return `Libraries by role: ${named.join('; ')}${more > 0 ? `; and ${plural(more, 'more role', 'more roles')}` : ''}.`;
}

function findingsSentence(detection: StackDetection): string {
    const status = detection.statusFindings.length;
    const sameRole = detection.sameRoleFindings.length;
    const unknown = detection.unknown.length;
    const parts = [
        status === 0
            ? 'no dependency is deprecated, unmaintained or in maintenance mode'
            : `${plural(status, 'dependency is', 'dependencies are')} deprecated, unmaintained or in maintenance mode`,
        sameRole === 0 ? 'no two dependencies of a project play the same role' : `${plural(sameRole, 'group of dependencies plays', 'groups of dependencies play')} the same role`,
        unknown === 0
            ? `the catalog knows all ${plural(detection.dependencyCount, 'dependency', 'dependencies')}`
            : `the catalog does not know ${unknown} of ${plural(detection.dependencyCount, 'dependency', 'dependencies')}`,
    ];
    const sentence = parts.join('; ');
    return `${capitalise(sentence)}.`;
}

/**
 * Why a review is partial, in a few words ("stopped at 20,000 manifests, the most a review
 * reads; 1 manifest was too large to read"); undefined when it is complete. The summary and the tree
 * both say it this way.
 */
export function partialReviewNote(limits: ScanLimits): string | undefined {
    const parts = [
        limits.truncated ? `stopped at ${limits.maxManifests.toLocaleString('en-US')} manifests, the most a review reads` : undefined,
        limits.skipped.length > 0 ? `${plural(limits.skipped.length, 'manifest was', 'manifests were')} too large to read` : undefined,
    ].filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join('; ') : undefined;
}

/** One paragraph: what was read, the platform, frameworks, key libraries and the findings. */
export function summaryParagraph(detection: StackDetection, catalog: Catalog, limits: ScanLimits, tiers?: TierReport, locks?: LockReport): string {
    if (detection.manifests.length === 0) {
        return 'No package.json, Gemfile, requirements file, pyproject.toml or Pipfile was found in this workspace.';
    }
    const read = `Stack Guide read ${plural(detection.manifests.length, 'manifest', 'manifests')} in ${plural(detection.projects.length, 'folder', 'folders')}`;
    const partial = partialReviewNote(limits);
    const sentences = [
        `${read}${partial !== undefined ? ` (${partial})` : ''}.`,
        platformSentence(catalog, detection.stack),
        frameworkSentence(catalog, detection.stack),
        librarySentence(catalog, detection.stack),
        findingsSentence(detection),
        tiers === undefined ? undefined : tierSentence(tiers),
        locks === undefined ? undefined : lockSentence(locks),
    ];
    return sentences.filter((sentence): sentence is string => sentence !== undefined).join(' ');
}

export function summarizeReview(detection: StackDetection, catalog: Catalog, limits: ScanLimits, tiers?: TierReport, locks?: LockReport): WorkspaceReview {
    const review: WorkspaceReview = {
        ...detection,
        ...limits,
        summary: summaryParagraph(detection, catalog, limits, tiers, locks),
        statusBarText: statusBarText(detection, catalog),
    };
    const tooltip = statusBarTooltip(detection, catalog);
    if (tooltip !== undefined) {
        review.statusBarTooltip = tooltip;
    }
    return { ...review, ...(tiers === undefined ? {} : { tiers }), ...(locks === undefined ? {} : { locks }) };
}
