/**
 * "Stack Guide: Show Catalog Info": what this installation knows and where it runs, as one
 * Markdown page. Pure: the host gathers the facts and shows the text.
 */
import type { Catalog } from '../catalog/catalog';
import { REGISTRY_LABELS } from '../catalog/labels';
import type { Registry } from '../catalog/schema';
import { REGISTRIES } from '../catalog/vocabulary';
import { FAMILY_RULES } from '../registry/families';
import { listPhrase, type RegistryListFacts } from '../registry/signals';
import type { TeamFileSummary } from '../team/teamCatalog';
import type { L10n } from '../text/l10n';

/** Which extension host runs the extension: VS Code desktop's Node.js one, or the browser's web worker. */
export type ExtensionHostKind = 'node' | 'web-worker';

function hostLabel(host: ExtensionHostKind, l10n: L10n): string {
    return host === 'node' ? l10n.t('the Node.js extension host') : l10n.t('the web worker extension host (VS Code for the Web)');
}

export interface CatalogInfoFacts {
    /** The display language (vscode.env.language): its readers' digit grouping ("1,662", "1.662"). */
    readonly language: string;
    /** From the extension's own package.json. */
    readonly extensionVersion: string;
    readonly host: ExtensionHostKind;
    readonly catalog: Catalog;
    /** Each registry's list as loaded; a registry missing here has no list (or it could not be read). */
    readonly lists: readonly RegistryListFacts[];
    /** The team files read, in the order they merge; each `path` as the user knows it. */
    readonly teamFiles: readonly (Omit<TeamFileSummary, 'uri'> & { readonly path: string })[];
}

type Count = (n: number) => string;

/** Counts as the display language writes them; English for a language tag Intl does not take. */
function countIn(language: string): Count {
    try {
        const format = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
        return (n) => format.format(n);
    } catch {
        return (n) => n.toLocaleString('en-US');
    }
}

/**
 * The page is read as plain text in an editor, where Markdown escapes would show: so what comes
 * from a data file is checked instead (a date is a date, or it is left out), and the rest is
 * our own words and numbers.
 */
function listCell(list: RegistryListFacts | undefined, l10n: L10n): string {
    if (!list) {
        return l10n.t('none');
    }
    return ISO_DATE.test(list.asOf) ? l10n.t('{0}, as of {1}', listPhrase(list, l10n), list.asOf) : listPhrase(list, l10n);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One row a registry: the three tiers that answer its dependencies, most curated first. */
function tierRow(registry: Registry, catalog: Catalog, lists: readonly RegistryListFacts[], count: Count, l10n: L10n): string {
    const curated = catalog.all().filter((entry) => entry.packages.some((pkg) => pkg.registry === registry)).length;
    const families = FAMILY_RULES.filter((rule) => rule.registry === registry).length;
    return `| ${REGISTRY_LABELS[registry]} | ${count(curated)} | ${count(families)} | ${listCell(lists.find((list) => list.registry === registry), l10n)} |`;
}

/** A team file's name or path as a code span: literal both in the editor and in a preview, on one line. */
const codeSpan = (text: string): string => `\`${text.replace(/[`\r\n]/g, ' ').slice(0, 200)}\``;

function teamSection(files: CatalogInfoFacts['teamFiles'], count: Count, l10n: L10n): string[] {
    if (files.length === 0) {
        return [l10n.t('No team file is read. Add `.vscode/stack-guide.json` to a workspace folder, or list shared files in the `stackGuide.teamCatalog.files` setting.')];
    }
    return [
        l10n.t('Team files merge in this order; for each package the later file wins.'),
        '',
        `| ${[l10n.t('File'), l10n.t('Name'), l10n.t('Radar items'), l10n.t('Private packages'), l10n.t('Problems')].join(' | ')} |`,
        '| --- | --- | ---: | ---: | ---: |',
        ...files.map((file) => `| ${codeSpan(file.path)} | ${file.name === undefined ? '' : codeSpan(file.name)} | ${count(file.radarItems)} | ${count(file.packages)} | ${count(file.problems)} |`),
    ];
}

export function catalogInfoMarkdown(facts: CatalogInfoFacts, l10n: L10n): string {
    const entries = facts.catalog.all();
    const count = countIn(facts.language);
    const ofKind = (...kinds: string[]): string => count(entries.filter((entry) => kinds.includes(entry.kind)).length);
    return [
        `# ${l10n.t('Stack Guide catalog')}`,
        '',
        l10n.t('Stack Guide {0}, running in {1}. Everything below ships with the extension: nothing is fetched.', facts.extensionVersion, hostLabel(facts.host, l10n)),
        '',
        l10n.t(
            'The curated catalog holds {0} entries: {1} languages and runtimes, {2} frameworks, {3} libraries and tools.',
            count(entries.length),
            ofKind('language', 'runtime'),
            ofKind('framework'),
            ofKind('library', 'tool'),
        ),
        '',
        `## ${l10n.t('What answers a dependency, by registry')}`,
        '',
        l10n.t('A dependency is answered by the first tier that knows it: a curated entry, a family rule (a package of a known family, such as `@types/*`), or the registry list.'),
        '',
        `| ${[l10n.t('Registry'), l10n.t('Curated entries'), l10n.t('Family rules'), l10n.t('Registry list')].join(' | ')} |`,
        '| --- | ---: | ---: | --- |',
        ...REGISTRIES.map((registry) => tierRow(registry, facts.catalog, facts.lists, count, l10n)),
        '',
        `## ${l10n.t('Team files')}`,
        '',
        ...teamSection(facts.teamFiles, count, l10n),
        '',
    ].join('\n');
}
