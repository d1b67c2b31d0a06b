import { findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { parsePackagePattern } from './packagePattern';
import type { L10n } from '../text/l10n';
import { teamSchemas, type TeamSchemas } from './teamSchema';
import type { TeamFile, TeamFileProblem, TeamOrigin, TeamPackage, TeamRadarItem } from './teamTypes';

type Segment = string | number;

/** Larger team files are not read: a radar is tens of items, and a huge file is a mistake. */
export const TEAM_FILE_MAX_BYTES = 1024 * 1024;

/** `radar[0].ring`; '' for the file itself. */
export function formatJsonPath(path: readonly Segment[]): string {
    return path.map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`)).join('');
}

/** The deepest node on `path` that exists: a missing property is reported on its object. */
function nearestNode(root: Node, path: readonly Segment[]): Node {
    for (let length = path.length; length > 0; length--) {
        const node = findNodeAtLocation(root, path.slice(0, length));
        if (node) {
            // A property's value: point at the whole `"key": value`, which starts at the key.
            return node.parent?.type === 'property' ? node.parent : node;
        }
    }
    return root;
}

function problemAt(root: Node, path: readonly Segment[], message: string): TeamFileProblem {
    const node = nearestNode(root, path);
    const where = formatJsonPath(path);
    return { message: where === '' ? message : `${where}: ${message}`, path: where, offset: node.offset, length: node.length, severity: 'error' };
}

interface SchemaIssue {
    readonly path: readonly PropertyKey[];
    readonly message: string;
    readonly code: string;
    readonly keys?: readonly string[];
}

/** One problem per issue; an unknown key is pointed at by its own path. */
function issueProblem(root: Node, issue: SchemaIssue): TeamFileProblem {
    const path = issue.path.filter((segment): segment is Segment => typeof segment !== 'symbol');
    const unknown = issue.code === 'unrecognized_keys' ? issue.keys?.[0] : undefined;
    return problemAt(root, unknown === undefined ? path : [...path, unknown], issue.message);
}

function syntaxProblem(error: ParseError, l10n: L10n): TeamFileProblem {
    // The parser's code (`CommaExpected`) is an identifier: it stays as it is in every language.
    return { message: l10n.t('JSON syntax: {0}', printParseErrorCode(error.error)), path: '', offset: error.offset, length: Math.max(error.length, 1), severity: 'error' };
}

/** Indexes of the `section` items that some issue is about: they do not apply. */
function invalidIndexes(issues: readonly SchemaIssue[], section: string): Set<number> {
    const indexes = new Set<number>();
    for (const { path } of issues) {
        if (path[0] === section && typeof path[1] === 'number') {
            indexes.add(path[1]);
        }
    }
    return indexes;
}

function originOf(uri: string, path: string, node: Node): TeamOrigin {
    return { file: uri, path, offset: node.offset, length: node.length };
}

/** The items of one section that passed the schema, each checked again alone for its cleaned data. */
function validItems(root: Node, section: string, issues: readonly SchemaIssue[]): { node: Node; path: string; value: unknown }[] {
    const list = findNodeAtLocation(root, [section]);
    if (list?.type !== 'array') {
        return [];
    }
    const invalid = invalidIndexes(issues, section);
    return (list.children ?? []).flatMap((node, index) => (invalid.has(index) ? [] : [{ node, path: `${section}[${index}]`, value: getNodeValue(node) as unknown }]));
}

function radarItems(uri: string, root: Node, issues: readonly SchemaIssue[], schemas: TeamSchemas): TeamRadarItem[] {
    return validItems(root, 'radar', issues).flatMap(({ node, path, value }) => {
        const parsed = schemas.radarItem.safeParse(value);
        if (!parsed.success) {
            return [];
        }
        const { package: pkg, entry, ring, note, since } = parsed.data;
        const pattern = pkg === undefined ? undefined : parsePackagePattern(pkg);
        const target = pattern ? { kind: 'package' as const, pattern } : entry === undefined ? undefined : { kind: 'entry' as const, id: entry };
        return target ? [{ target, ring, origin: originOf(uri, path, node), ...(note === undefined ? {} : { note }), ...(since === undefined ? {} : { since }) }] : [];
    });
}

function teamPackages(uri: string, root: Node, issues: readonly SchemaIssue[], schemas: TeamSchemas): TeamPackage[] {
    return validItems(root, 'packages', issues).flatMap(({ node, path, value }) => {
        const parsed = schemas.teamPackage.safeParse(value);
        const pattern = parsed.success ? parsePackagePattern(parsed.data.package) : undefined;
        if (!parsed.success || !pattern) {
            return [];
        }
        const { summary, owner, docs } = parsed.data;
        return [{ pattern, summary, origin: originOf(uri, path, node), ...(owner === undefined ? {} : { owner }), ...(docs === undefined ? {} : { docs }) }];
    });
}

/**
 * Reads one team file. Never throws: a syntax error or a schema error becomes a problem at the
 * offending node, naming its JSON path, and every radar item or package without an error of its
 * own still applies. Comments and trailing commas are tolerated, as in VS Code's own settings.
 * The problems are in the display language (`l10n`): the Problems view shows them.
 */
export function parseTeamFile(uri: string, text: string, l10n: L10n): TeamFile {
    if (text.length > TEAM_FILE_MAX_BYTES) {
        return { uri, radar: [], packages: [], problems: [{ message: l10n.t('The team file is over 1 MB and was not read.'), path: '', offset: 0, length: 0, severity: 'error' }] };
    }
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    const syntax = errors.map((error) => syntaxProblem(error, l10n));
    if (!root) {
        return { uri, radar: [], packages: [], problems: syntax.length > 0 ? syntax : [{ message: l10n.t('The team file is empty.'), path: '', offset: 0, length: 0, severity: 'error' }] };
    }
    const schemas = teamSchemas(l10n);
    const checked = schemas.teamFile.safeParse(getNodeValue(root));
    const issues: readonly SchemaIssue[] = checked.success ? [] : checked.error.issues;
    const name = root.type === 'object' ? (getNodeValue(root) as { name?: unknown }).name : undefined;
    return {
        uri,
        ...(typeof name === 'string' && name.trim() !== '' ? { name: name.trim() } : {}),
        radar: radarItems(uri, root, issues, schemas),
        packages: teamPackages(uri, root, issues, schemas),
        problems: [...syntax, ...issues.map((issue) => issueProblem(root, issue))],
    };
}
