/**
 * Which languages a workspace's manifests point to, so the recommendation can tick them before
 * the user answers. The host only says which of these globs found a file.
 */

/** Manifests that show a language is in use, by the catalog's language id. */
export const LANGUAGE_MANIFESTS: readonly { readonly language: string; readonly glob: string }[] = [
    { language: 'typescript', glob: '**/tsconfig.json' },
    { language: 'javascript', glob: '**/package.json' },
    { language: 'ruby', glob: '**/{Gemfile,*.gemspec}' },
    { language: 'python', glob: '**/{pyproject.toml,requirements*.txt,Pipfile}' },
];

/**
 * The languages to tick, in the catalog's order: those whose manifests were found and that the
 * catalog offers. A TypeScript project has a package.json too, which does not make it JavaScript.
 */
export function languagesToTick(found: readonly string[], languageIds: readonly string[]): string[] {
    const languages = new Set(found);
    if (languages.has('typescript')) {
        languages.delete('javascript');
    }
    return languageIds.filter((id) => languages.has(id));
}
