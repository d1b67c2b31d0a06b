import { CATEGORY_LABELS } from '../catalog/labels';
import type { CatalogEntry } from '../catalog/schema';
import { ECOSYSTEMS, KINDS, type Kind } from '../catalog/vocabulary';
import type { EntryLookup } from '../catalog/entryFacts';
import type { PickerOption } from './protocol';
import { byEntryName } from '../catalog/catalog';

/** A QuickPick row without VS Code types, so the grouping can be tested on its own. */
export type PickRow =
    | { readonly kind: 'separator'; readonly label: string }
    | {
          readonly kind: 'entry';
          readonly id: string;
          readonly label: string;
          readonly description: string;
          readonly detail: string;
          readonly picked: boolean;
      };

const KIND_GROUP_LABELS: Record<Kind, string> = {
    language: 'Languages',
    runtime: 'Runtimes',
    framework: 'Frameworks',
    library: 'Libraries',
    tool: 'Tools',
};


/**
 * The catalog grouped by language (the entry's ecosystem, named after its language entry)
 * and then by kind, each group under a separator and sorted by name.
 */
export function buildPickRows(
    entries: readonly CatalogEntry[],
    catalog: EntryLookup,
    picked: ReadonlySet<string>,
): PickRow[] {
    const rows: PickRow[] = [];
    for (const ecosystem of ECOSYSTEMS) {
        const language = catalog.nameOf(ecosystem);
        for (const kind of KINDS) {
            const group = entries.filter((entry) => entry.ecosystem === ecosystem && entry.kind === kind).sort(byEntryName);
            if (group.length === 0) {
                continue;
            }
            rows.push({ kind: 'separator', label: `${language} · ${KIND_GROUP_LABELS[kind]}` });
            for (const entry of group) {
                rows.push({
                    kind: 'entry',
                    id: entry.id,
                    label: entry.name,
                    description: CATEGORY_LABELS[entry.category],
                    detail: entry.summary,
                    picked: picked.has(entry.id),
                });
            }
        }
    }
    return rows;
}

/**
 * The webview's add field matches what is typed against these labels, so two entries with
 * the same name are told apart by their id.
 */
export function buildPickerOptions(entries: readonly CatalogEntry[], exclude: ReadonlySet<string>): PickerOption[] {
    const nameCounts = new Map<string, number>();
    for (const entry of entries) {
        nameCounts.set(entry.name, (nameCounts.get(entry.name) ?? 0) + 1);
    }
    return entries
        .filter((entry) => !exclude.has(entry.id))
        .sort(byEntryName)
        .map((entry) => ({
            id: entry.id,
            label: (nameCounts.get(entry.name) ?? 0) > 1 ? `${entry.name} (${entry.id})` : entry.name,
        }));
}
