/** The last path segment, with either separator, lower-cased: manifests are matched case-insensitively. */
export function baseName(fileName: string): string {
    const segments = fileName.split(/[\\/]/);
    return (segments[segments.length - 1] ?? '').toLowerCase();
}

/** The folder holding the file, lower-cased, or '' for a bare name. */
export function parentFolderName(fileName: string): string {
    const segments = fileName.split(/[\\/]/);
    return (segments[segments.length - 2] ?? '').toLowerCase();
}
