import type { Catalog } from '../catalog/catalog';
import { categoryLabels, frameworkRoles, useCaseLabels } from '../catalog/labels';
import { matchEntry, parseQuery, type NameRange, type Query, type TopicLabels } from '../catalog/entrySearch';
import type { CatalogEntry, Category, Kind } from '../catalog/schema';
import { byEntryName } from '../catalog/catalog';
import type { L10n } from '../text/l10n';

/**
 * The sidebar's shape, computed without VS Code: each language is a root; under it the other
 * languages and runtimes of its ecosystem (TypeScript, Node.js), its application frameworks
 * grouped by role, and its libraries and tools (frameworks for one job, such as RSpec,
 * included) grouped by category.
 */
export type TreeNode = EntryNode | GroupNode;

export interface EntryNode {
    readonly type: 'entry';
    readonly id: string;
    readonly entry: CatalogEntry;
    /** The names of the entry's successors, resolved here so that drawing a row needs no catalog. */
    readonly successorNames: readonly string[];
    /** The parts of the name the filter matched, for the row to highlight; empty without a filter. */
    readonly highlights: readonly NameRange[];
    /** The kind the row's group already names ("Frameworks"), so its description leaves it out. */
    readonly impliedKind?: Kind;
    readonly children: readonly TreeNode[];
}

export interface GroupNode {
    readonly type: 'group';
    readonly id: string;
    readonly label: string;
    readonly group: 'frameworks' | 'role' | 'libraries' | 'category';
    /** Shown open at first: opening "Frameworks" shows every role with its frameworks at once. */
    readonly expanded?: boolean;
    readonly children: readonly TreeNode[];
}

export interface CatalogTree {
    readonly roots: readonly TreeNode[];
    /** Node id → parent node, for TreeView.reveal. */
    readonly parents: ReadonlyMap<string, TreeNode>;
    /** Entry id → its node. */
    readonly nodesByEntry: ReadonlyMap<string, EntryNode>;
}

/**
 * True when the filter's words start words of the entry's name, aliases, category or use cases;
 * `shown`: the category and use-case labels in the display language, matched besides the English.
 */
export function matchesFilter(entry: CatalogEntry, filter: string, shown?: TopicLabels): boolean {
    const query = parseQuery(filter);
    return query === undefined || matchEntry(entry, query, shown) !== undefined;
}

/** The name spans to highlight for a filter: none without one. */
const highlightsFor = (entry: CatalogEntry, query: Query | undefined, shown: TopicLabels): readonly NameRange[] =>
    query === undefined ? [] : (matchEntry(entry, query, shown)?.highlights ?? []);

/** The tree for a filter, its group rows labelled in the display language. */
export function buildCatalogTree(catalog: Catalog, l10n: L10n, filter = ''): CatalogTree {
    const roots: TreeNode[] = [];
    const query = parseQuery(filter);
    const shown: TopicLabels = { categories: categoryLabels(l10n), useCases: useCaseLabels(l10n) };
    const node: NodeOf = (entry, impliedKind, children = []) => entryNode(catalog, entry, { highlights: highlightsFor(entry, query, shown), impliedKind }, children);
    const languages = catalog
        .all()
        .filter((entry) => entry.kind === 'language' && entry.id === entry.ecosystem)
        .sort(byEntryName);

    for (const language of languages) {
        const members = catalog
            .all()
            .filter((entry) => entry.ecosystem === language.ecosystem && entry !== language)
            .filter((entry) => matchesFilter(entry, filter, shown))
            .sort(byEntryName);
        const children = groupMembers(language.id, members, node, l10n);
        if (children.length > 0 || matchesFilter(language, filter, shown)) {
            roots.push(node(language, undefined, children));
        }
    }

    const parents = new Map<string, TreeNode>();
    const nodesByEntry = new Map<string, EntryNode>();
    const index = (node: TreeNode): void => {
        if (node.type === 'entry') {
            nodesByEntry.set(node.entry.id, node);
        }
        for (const child of node.children) {
            parents.set(child.id, node);
            index(child);
        }
    };
    roots.forEach(index);
    return { roots, parents, nodesByEntry };
}

type NodeOf = (entry: CatalogEntry, impliedKind?: Kind, children?: readonly TreeNode[]) => EntryNode;

function groupMembers(rootId: string, members: readonly CatalogEntry[], node: NodeOf, l10n: L10n): TreeNode[] {
    const roles = frameworkRoles(l10n);
    // An application framework is grouped by its role; a framework for one job (RSpec, Devise) with its job's libraries.
    const isApplicationFramework = (entry: CatalogEntry): boolean => entry.kind === 'framework' && roles.some(([category]) => category === entry.category);
    const related = members.filter((entry) => entry.kind === 'language' || entry.kind === 'runtime');
    const frameworks = members.filter(isApplicationFramework);
    const libraries = members.filter((entry) => !related.includes(entry) && !frameworks.includes(entry));
    // Languages first, then runtimes: TypeScript, Node.js.
    const groups: TreeNode[] = [...related.filter((e) => e.kind === 'language'), ...related.filter((e) => e.kind === 'runtime')].map((e) => node(e));

    if (frameworks.length > 0) {
        const roleGroups = roles.flatMap(([category, label]) => {
            const inRole = frameworks.filter((entry) => entry.category === category);
            const id = `${rootId}/frameworks/${category}`;
            return inRole.length === 0 ? [] : [group(id, label, 'role', inRole.map((e) => node(e, 'framework')), true)];
        });
        groups.push(group(`${rootId}/frameworks`, l10n.t('Frameworks'), 'frameworks', roleGroups));
    }
    if (libraries.length > 0) {
        const byCategory = new Map<Category, CatalogEntry[]>();
        for (const entry of libraries) {
            byCategory.set(entry.category, [...(byCategory.get(entry.category) ?? []), entry]);
        }
        const labels = categoryLabels(l10n);
        const categories = [...byCategory.entries()]
            .sort(([a], [b]) => labels[a].localeCompare(labels[b]))
            .map(([category, entries]) =>
                group(`${rootId}/libraries/${category}`, labels[category], 'category', entries.map((e) => node(e, 'library'))),
            );
        groups.push(group(`${rootId}/libraries`, l10n.t('Libraries & Tools'), 'libraries', categories));
    }
    return groups;
}

function entryNode(
    catalog: Catalog,
    entry: CatalogEntry,
    row: Pick<EntryNode, 'highlights' | 'impliedKind'>,
    children: readonly TreeNode[],
): EntryNode {
    const successorNames = (entry.status.successors ?? []).map((id) => catalog.nameOf(id));
    return { type: 'entry', id: `entry:${entry.id}`, entry, successorNames, ...row, children };
}

function group(id: string, label: string, kind: GroupNode['group'], children: readonly TreeNode[], expanded?: boolean): GroupNode {
    return { type: 'group', id, label, group: kind, children, ...(expanded ? { expanded } : {}) };
}
