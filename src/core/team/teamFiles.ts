/** Every folder's own team file, relative to the folder. */
export const TEAM_FILE_PATH = '.vscode/stack-guide.json';

/** What one `stackGuide.teamCatalog.files` value asks for. */
export type TeamFileSpec =
    | { readonly kind: 'path'; readonly absolute: boolean; readonly path: string }
    /** `base` is the part before the first segment with a glob character; `pattern` the rest. */
    | { readonly kind: 'glob'; readonly absolute: boolean; readonly base: string; readonly pattern: string };

const GLOB_CHARS = /[*?[\]{}]/;

/** Whether a path is absolute: `/x`, `C:\x`, `C:/x` or `\\server\x`. */
export function isAbsolutePath(value: string): boolean {
    return value.startsWith('/') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\\\');
}

/**
 * Reads the setting's values; anything that is not a non-empty string is left out (a setting
 * file is hand-written). Backslashes become slashes, as URIs and globs need.
 */
export function teamFileSpecs(value: unknown): TeamFileSpec[] {
    if (!Array.isArray(value)) {
        return [];
    }
    return value.flatMap((item): TeamFileSpec[] => {
        if (typeof item !== 'string' || item.trim() === '') {
            return [];
        }
        const text = item.trim().replace(/\\/g, '/');
        const absolute = isAbsolutePath(item.trim());
        const segments = text.split('/');
        const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
        if (firstGlob < 0) {
            return [{ kind: 'path', absolute, path: text }];
        }
        return [{ kind: 'glob', absolute, base: segments.slice(0, firstGlob).join('/'), pattern: segments.slice(firstGlob).join('/') }];
    });
}

/** 0-based line and character of `offset` in `text`. */
export function positionOf(text: string, offset: number): { line: number; character: number } {
    let line = 0;
    let lineStart = 0;
    const end = Math.min(Math.max(offset, 0), text.length);
    for (let index = text.indexOf('\n'); index >= 0 && index < end; index = text.indexOf('\n', index + 1)) {
        line++;
        lineStart = index + 1;
    }
    return { line, character: end - lineStart };
}
