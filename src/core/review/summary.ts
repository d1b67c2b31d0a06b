/**
 * Words for a detected stack: the one-paragraph summary and the short status bar text. Pure.
 */
import type { Catalog } from '../catalog/catalog';
import { categoryLabels } from '../catalog/labels';
import type { CatalogEntry, Category, Ecosystem } from '../catalog/schema';
import { compareCodeUnits } from '../text/order';
import type { L10n } from '../text/l10n';
import { joinAsListIn } from '../text/lists';
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

/** "- **+1:** 1 other language in this workspace: Python (Django)". */
function othersLine(others: StackStatus['others'], l10n: L10n): string {
    const names = others.map((other) => [named(other.platform), other.framework ? ` (${named(other.framework)})` : ''].join('')).join(', ');
    const words = others.length === 1 ? l10n.t('1 other language in this workspace: {0}', names) : l10n.t('{0} other languages in this workspace: {1}', others.length, names);
    return `- **+${others.length}:** ${words}`;
}

/** "3 deprecated or unmaintained · 1 same-role group · 12 of 80 dependencies not in the catalog". */
function findingCounts(detection: StackDetection, l10n: L10n): string {
    const sameRole = detection.sameRoleFindings.length;
    const unknown = detection.unknown.length.toLocaleString('en-US');
    return [
        l10n.t('{0} deprecated or unmaintained', detection.statusFindings.length),
        sameRole === 1 ? l10n.t('1 same-role group') : l10n.t('{0} same-role groups', sameRole),
        detection.dependencyCount === 1
            ? l10n.t('{0} of 1 dependency not in the catalog', unknown)
            : l10n.t('{0} of {1} dependencies not in the catalog', unknown, detection.dependencyCount),
    ].join(' · ');
}

/**
 * The status bar's tooltip, as Markdown with every catalog name escaped: what each part of
 * the text is, what "+N" counts, and the findings. Undefined when the text is.
 */
export function statusBarTooltip(detection: StackDetection, catalog: Catalog, l10n: L10n): string | undefined {
    const status = detection.manifests.length === 0 ? undefined : stackStatus(detection.stack, catalog);
    if (!status) {
        return undefined;
    }
    const categories = categoryLabels(l10n);
    const roles = status.libraries.map((entry) => `${named(entry)} (${escapeMarkdown(categories[entry.category])})`).join(', ');
    const lines = [
        status.platform ? `- **${l10n.t('Platform')}:** ${named(status.platform)}` : '',
        `- **${l10n.t('Framework')}:** ${status.framework ? named(status.framework) : l10n.t('none from the catalog')}`,
        status.libraries.length > 0 ? `- **${l10n.t('Defining libraries')}:** ${roles}` : '',
        status.others.length > 0 ? othersLine(status.others, l10n) : '',
    ].filter(Boolean);
    const stack = `**${l10n.t('Stack')}:** ${escapeMarkdown(status.text)}`;
    return [stack, lines.join('\n'), l10n.t('Findings: {0}.', findingCounts(detection, l10n)), l10n.t('Click to review this workspace.')].join('\n\n');
}

function platformSentence(catalog: Catalog, stack: DetectedStack, l10n: L10n): string {
    const phrases = platformPhrases(catalog, stack.languages, stack.runtimes, l10n);
    return phrases.length > 0 ? l10n.t('It is written in {0}.', listPhrases(phrases, l10n, { and: true })) : l10n.t('Its languages are not in the catalog.');
}

function frameworkSentence(catalog: Catalog, stack: DetectedStack, l10n: L10n): string {
    const names = entries(catalog, stack.frameworks).map((framework) => framework.name);
    return names.length > 0 ? l10n.t('It is built with {0}.', joinAsListIn(names, l10n)) : l10n.t('No web or desktop framework from the catalog is declared.');
}

/** "Libraries by role: ORM / ODM: Mongoose; HTTP client: Axios and node-fetch; and 2 more roles." */
function librarySentence(catalog: Catalog, stack: DetectedStack, l10n: L10n): string | undefined {
    const groups = rankedGroups(stack);
    if (groups.length === 0) {
        return undefined;
    }
    const categories = categoryLabels(l10n);
    const named = groups
        .slice(0, SUMMARY_ROLES)
        .map((group) => `${categories[group.category]}: ${joinAsListIn(entries(catalog, group.entries).map((entry) => entry.name), l10n)}`)
        .join('; ');
    const more = groups.length - SUMMARY_ROLES;
    return more <= 0
        ? l10n.t('Libraries by role: {0}.', named)
        : more === 1
          ? l10n.t('Libraries by role: {0}; and 1 more role.', named)
          : l10n.t('Libraries by role: {0}; and {1} more roles.', named, more);
}

/** The findings, one message per count form so a translation words each whole. */
function findingsSentence(detection: StackDetection, l10n: L10n): string {
    const status = detection.statusFindings.length;
    const sameRole = detection.sameRoleFindings.length;
    const unknown = detection.unknown.length;
    const all = detection.dependencyCount;
    const parts = [
        status === 0
            ? l10n.t('no dependency is deprecated, unmaintained or in maintenance mode')
            : status === 1
              ? l10n.t('1 dependency is deprecated, unmaintained or in maintenance mode')
              : l10n.t('{0} dependencies are deprecated, unmaintained or in maintenance mode', status),
        sameRole === 0
            ? l10n.t('no two dependencies of a project play the same role')
            : sameRole === 1
              ? l10n.t('1 group of dependencies plays the same role')
              : l10n.t('{0} groups of dependencies play the same role', sameRole),
        unknown === 0
            ? all === 1
                ? l10n.t('the catalog knows all 1 dependency')
                : l10n.t('the catalog knows all {0} dependencies', all)
            : all === 1
              ? l10n.t('the catalog does not know {0} of 1 dependency', unknown)
              : l10n.t('the catalog does not know {0} of {1} dependencies', unknown, all),
    ];
    return `${capitalise(parts.join('; '))}.`;
}

/**
 * Why a review is partial, in a few words ("stopped at 20,000 manifests, the most a review
 * reads; 1 manifest was too large to read"); undefined when it is complete. The summary and the tree
 * both say it this way.
 */
export function partialReviewNote(limits: ScanLimits, l10n: L10n): string | undefined {
    const skipped = limits.skipped.length;
    const parts = [
        limits.truncated ? l10n.t('stopped at {0} manifests, the most a review reads', limits.maxManifests.toLocaleString('en-US')) : undefined,
        skipped === 0 ? undefined : skipped === 1 ? l10n.t('1 manifest was too large to read') : l10n.t('{0} manifests were too large to read', skipped),
    ].filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join('; ') : undefined;
}

/** What the summary reads besides the detection: the display language, and the tiers' and lockfiles' reports when there are some. */
export interface SummaryOptions {
    readonly l10n: L10n;
    readonly tiers?: TierReport | undefined;
    readonly locks?: LockReport | undefined;
}

/** "Stack Guide read 12 manifests in 3 folders": a folder is counted only for its manifests, so one manifest is one folder. */
function readSentence(detection: StackDetection, l10n: L10n): string {
    const manifests = detection.manifests.length;
    const folders = detection.projects.length;
    if (manifests === 1) {
        return l10n.t('Stack Guide read 1 manifest in 1 folder');
    }
    return folders === 1 ? l10n.t('Stack Guide read {0} manifests in 1 folder', manifests) : l10n.t('Stack Guide read {0} manifests in {1} folders', manifests, folders);
}

/** One paragraph: what was read, the platform, frameworks, key libraries and the findings. */
export function summaryParagraph(detection: StackDetection, catalog: Catalog, limits: ScanLimits, { l10n, tiers, locks }: SummaryOptions): string {
    if (detection.manifests.length === 0) {
        return l10n.t('No package.json, Gemfile, requirements file, pyproject.toml or Pipfile was found in this workspace.');
    }
    const partial = partialReviewNote(limits, l10n);
    const sentences = [
        `${readSentence(detection, l10n)}${partial !== undefined ? ` (${partial})` : ''}.`,
        platformSentence(catalog, detection.stack, l10n),
        frameworkSentence(catalog, detection.stack, l10n),
        librarySentence(catalog, detection.stack, l10n),
        findingsSentence(detection, l10n),
        tiers === undefined ? undefined : tierSentence(tiers, l10n),
        locks === undefined ? undefined : lockSentence(locks, l10n),
    ];
    return sentences.filter((sentence): sentence is string => sentence !== undefined).join(' ');
}

export function summarizeReview(detection: StackDetection, catalog: Catalog, limits: ScanLimits, options: SummaryOptions): WorkspaceReview {
    const { tiers, locks } = options;
    const review: WorkspaceReview = {
        ...detection,
        ...limits,
        summary: summaryParagraph(detection, catalog, limits, options),
        statusBarText: statusBarText(detection, catalog),
    };
    const tooltip = statusBarTooltip(detection, catalog, options.l10n);
    if (tooltip !== undefined) {
        review.statusBarTooltip = tooltip;
    }
    return { ...review, ...(tiers === undefined ? {} : { tiers }), ...(locks === undefined ? {} : { locks }) };
}
