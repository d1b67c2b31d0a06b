import { installCommand } from '../catalog/installCommand';
import type { CatalogEntry } from '../catalog/schema';
import { EntryContextFlags, TreeItemContexts } from '../contributions';

/**
 * A catalog row's `contextValue`: `entry`, then a flag for each action that applies to it
 * ("entry repo install"). package.json's item menus show an action only on rows whose value
 * has its flag, e.g. `viewItem =~ /^entry\b.*\brepo\b/` for "Open Repository".
 */
export function entryContextValue(entry: CatalogEntry): string {
    const flags = [
        entry.links.repository ? EntryContextFlags.repository : undefined,
        installCommand(entry) ? EntryContextFlags.install : undefined,
    ];
    return [TreeItemContexts.entry, ...flags.filter((flag) => flag !== undefined)].join(' ');
}
