import { Catalog } from './catalog';
import type { CatalogEntry } from './schema';

/** Where the build writes the validated catalog, as path segments under the extension's root. */
export const COMPILED_CATALOG_PATH: readonly string[] = ['dist', 'catalog.json'];

/**
 * The compiled catalog's layout: one array per entry field, entries in the same order in each,
 * `null` where an entry lacks the field. Side by side, like values (years, licences, source
 * URLs) compress far better in the .vsix than interleaved with prose, and no key is repeated
 * per entry. A string that starts with the entry's repository URL and a slash is written as
 * REPOSITORY_MARK and the rest (most sources are files in that repository); `marked` lists the
 * fields that hold such strings, so reading skips the others.
 */
export interface CompiledCatalogFile {
    readonly format: typeof FORMAT;
    readonly columns: Readonly<Record<string, unknown[]>>;
    readonly marked: readonly string[];
}

const FORMAT = 2;
const REPOSITORY_MARK = '~/';

/** Replaces every string in `value`, however deep, by `change(string)`; objects and arrays in place. At build time. */
function mapStrings(value: unknown, change: (text: string) => string): unknown {
    if (typeof value === 'string') {
        return change(value);
    }
    if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>;
        for (const key of Object.keys(record)) {
            record[key] = mapStrings(record[key], change);
        }
    }
    return value;
}

/**
 * The compiled file for these (validated) entries, which it leaves as they are. Throws on a
 * string that already starts with REPOSITORY_MARK, or a null value: either would not read back
 * as it was.
 */
export function compileEntries(entries: readonly CatalogEntry[]): CompiledCatalogFile {
    const columns: Record<string, unknown[]> = {};
    const marked = new Set<string>();
    entries.forEach((entry, index) => {
        const repository = entry.links.repository;
        for (const [field, value] of Object.entries(structuredClone(entry))) {
            if (value === null) {
                throw new Error(`${entry.id}: ${field} is null`);
            }
            const compact = mapStrings(value, (text) => {
                if (text.startsWith(REPOSITORY_MARK)) {
                    throw new Error(`${entry.id}: "${text}" starts with ${REPOSITORY_MARK}, which the compiled catalog reserves`);
                }
                if (repository === undefined || !text.startsWith(`${repository}/`)) {
                    return text;
                }
                marked.add(field);
                return REPOSITORY_MARK + text.slice(repository.length + 1);
            });
            (columns[field] ??= new Array<unknown>(entries.length).fill(null))[index] = compact;
        }
    });
    // Fields every entry has first: the entries read back then share one shape for those, and
    // differ only in the optional fields at the end, which keeps building and indexing them fast.
    const present = (column: readonly unknown[]): number => column.filter((value) => value !== null).length;
    const ordered = Object.entries(columns).sort(([, a], [, b]) => present(b) - present(a));
    return { format: FORMAT, columns: Object.fromEntries(ordered), marked: [...marked] };
}

/**
 * `value` with every string that starts with REPOSITORY_MARK, however deep, starting with
 * `prefix` instead; in place. mapStrings does the same, but with a callback per string and a
 * key list per object it took most of the first load's time beyond JSON.parse.
 */
function expandMarks(value: unknown, prefix: string): unknown {
    if (typeof value === 'string') {
        return value.startsWith(REPOSITORY_MARK) ? prefix + value.slice(REPOSITORY_MARK.length) : value;
    }
    if (typeof value === 'object' && value !== null) {
        const record = value as Record<string, unknown>;
        for (const key in record) {
            record[key] = expandMarks(record[key], prefix);
        }
    }
    return value;
}

/**
 * The entries of a compiled file as they were before compileEntries; takes the file's values
 * over. Plain indexed loops: this runs on every first catalog lookup, and building the objects
 * is most of its cost beyond JSON.parse.
 */
export function entriesOfCompiled(file: CompiledCatalogFile): CatalogEntry[] {
    if (file.format !== FORMAT) {
        throw new Error(`dist/catalog.json has format ${String(file.format)}, this build reads ${FORMAT}: run the build again`);
    }
    const names = Object.keys(file.columns);
    const columns = names.map((name) => file.columns[name] ?? []);
    const marked = file.marked.map((name) => file.columns[name]).filter((column) => column !== undefined);
    const links = (file.columns.links ?? []) as ({ repository?: string } | null)[];
    const entries: CatalogEntry[] = [];
    for (let index = 0; index < links.length; index += 1) {
        const repository = links[index]?.repository;
        if (repository !== undefined) {
            for (const column of marked) {
                column[index] = expandMarks(column[index], `${repository}/`);
            }
        }
        const entry: Record<string, unknown> = {};
        for (let field = 0; field < names.length; field += 1) {
            const value = columns[field]?.[index];
            if (value !== null && value !== undefined) {
                entry[names[field] as string] = value;
            }
        }
        entries.push(entry as CatalogEntry);
    }
    return entries;
}

/**
 * Indexes the catalog file the build validated (see src/build/compile.ts). No schema check
 * here: the file is our own build output, checked before it was written. Takes bytes, so any
 * host reads it its own way: workspace.fs in the extension, node:fs in tests and benches.
 */
export function catalogFromCompiled(bytes: Uint8Array): Catalog {
    return new Catalog(entriesOfCompiled(JSON.parse(new TextDecoder().decode(bytes)) as CompiledCatalogFile));
}
