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

/** Which extension host runs the extension: VS Code desktop's Node.js one, or the browser's web worker. */
export type ExtensionHostKind = 'node' | 'web-worker';

export const HOST_LABELS: Record<ExtensionHostKind, string> = {
    node: 'the Node.js extension host',
    'web-worker': 'the web worker extension host (VS Code for the Web)',
};

export interface CatalogInfoFacts {
    /** From the extension's own package.json. */
    readonly extensionVersion: string;
    readonly host: ExtensionHostKind;
    readonly catalog: Catalog;
    /** Each registry's list as loaded; a registry missing here has no list (or it could not be read). */
    readonly lists: readonly RegistryListFacts[];
    /** The team files read, in the order they merge; each `path` as the user knows it. */
    readonly teamFiles: readonly (Omit<TeamFileSummary, 'uri'> & { readonly path: string })[];
}

const count = (n: number): string => n.toLocaleString('en-US');

/**
 * The page is read as plain text in an editor, where Markdown escapes would show: so what comes
 * from a data file is checked instead (a date is a date, or it is left out), and the rest is
 * our own words and numbers.
 */
function listCell(list: RegistryListFacts | undefined): string {
    if (!list) {
        return 'none';
    }
    return `${listPhrase(list)}${ISO_DATE.test(list.asOf) ? `, as of ${list.asOf}` : ''}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One row a registry: the three tiers that answer its dependencies, most curated first. */
function tierRow(registry: Registry, catalog: Catalog, lists: readonly RegistryListFacts[]): string {
    const curated = catalog.all().filter((entry) => entry.packages.some((pkg) => pkg.registry === registry)).length;
    const families = FAMILY_RULES.filter((rule) => rule.registry === registry).length;
    return `| ${REGISTRY_LABELS[registry]} | ${count(curated)} | ${count(families)} | ${listCell(lists.find((list) => list.registry === registry))} |`;
}

/** A team file's name or path as a code span: literal both in the editor and in a preview, on one line. */
const codeSpan = (text: string): string => `\`${text.replace(/[`\r\n]/g, ' ').slice(0, 200)}\``;

function teamSection(files: CatalogInfoFacts['teamFiles']): string[] {
    if (files.length === 0) {
        return ['No team file is read. Add `.vscode/stack-guide.json` to a workspace folder, or list shared files in the `stackGuide.teamCatalog.files` setting.'];
    }
    return [
        'Team files merge in this order; for each package the later file wins.',
        '',
        '| File | Name | Radar items | Private packages | Problems |',
        '| --- | --- | ---: | ---: | ---: |',
        ...files.map((file) => `| ${codeSpan(file.path)} | ${file.name === undefined ? '' : codeSpan(file.name)} | ${count(file.radarItems)} | ${count(file.packages)} | ${count(file.problems)} |`),
    ];
}

export function catalogInfoMarkdown(facts: CatalogInfoFacts): string {
    const entries = facts.catalog.all();
    const ofKind = (...kinds: string[]): string => count(entries.filter((entry) => kinds.includes(entry.kind)).length);
    return [
        '# Stack Guide catalog',
        '',
        `Stack Guide ${facts.extensionVersion}, running in ${HOST_LABELS[facts.host]}. Everything below ships with the extension: nothing is fetched.`,
        '',
        `The curated catalog holds ${count(entries.length)} entries: ${ofKind('language', 'runtime')} languages and runtimes, ${ofKind('framework')} frameworks, ${ofKind('library', 'tool')} libraries and tools.`,
        '',
        '## What answers a dependency, by registry',
        '',
        'A dependency is answered by the first tier that knows it: a curated entry, a family rule (a package of a known family, such as `@types/*`), or the registry list.',
        '',
        '| Registry | Curated entries | Family rules | Registry list |',
        '| --- | ---: | ---: | --- |',
        ...REGISTRIES.map((registry) => tierRow(registry, facts.catalog, facts.lists)),
        '',
        '## Team files',
        '',
        ...teamSection(facts.teamFiles),
        '',
    ].join('\n');
}
