import { SKIPPED_FOLDERS } from './manifestFiles';

/** A folder's children: each name and whether it is a folder. */
export type ListFolder = (path: string) => Promise<readonly (readonly [name: string, isFolder: boolean])[]>;

export interface WalkLimits {
    /** Files to collect before stopping. */
    readonly maxFiles: number;
    /** Folders to list before stopping: each listing may be a network request on a remote file system. */
    readonly maxFolders: number;
}

export interface WalkResult {
    /** Paths of the wanted files, from the root given, with `/` separators. */
    readonly files: string[];
    /** True when a limit stopped the walk before every folder was listed. */
    readonly truncated: boolean;
}

const join = (folder: string, name: string): string => (folder === '' ? name : `${folder}/${name}`);

/**
 * Finds the files `wanted` accepts by listing folders, breadth first, never entering the folders
 * the review skips. VS Code's file search needs a search provider for the folder's scheme; a
 * virtual file system may have none, and then this walk, through the file system alone, finds
 * what the search would. A folder that cannot be listed is passed over; `isCancelled` is asked
 * before each listing.
 */
export async function walkForFiles(list: ListFolder, wanted: (path: string) => boolean, limits: WalkLimits, isCancelled: () => boolean): Promise<WalkResult> {
    const files: string[] = [];
    const queue: string[] = [''];
    let listed = 0;
    while (queue.length > 0 && files.length < limits.maxFiles && listed < limits.maxFolders && !isCancelled()) {
        const folder = queue.shift()!;
        listed++;
        const children = await list(folder).catch(() => []);
        for (const [name, isFolder] of children) {
            const path = join(folder, name);
            if (isFolder) {
                if (!SKIPPED_FOLDERS.includes(name)) {
                    queue.push(path);
                }
            } else if (wanted(path) && files.length < limits.maxFiles) {
                files.push(path);
            }
        }
    }
    return { files, truncated: queue.length > 0 };
}
