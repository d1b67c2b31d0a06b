import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry, Registry } from '../catalog/schema';
import type { L10n } from '../text/l10n';
import { joinAsListIn } from '../text/lists';

/**
 * The language (and runtime) a registry's manifests imply: a package.json is JavaScript run by
 * Node.js even when it declares no known package. TypeScript is detected from its own package.
 */
export const REGISTRY_PLATFORM: Readonly<Record<Registry, { language: string; runtime?: string }>> = {
    npm: { language: 'javascript', runtime: 'nodejs' },
    pypi: { language: 'python' },
    rubygems: { language: 'ruby' },
};

/** How one ecosystem's platform reads, and whether it holds more than one name (so a list of them needs semicolons). */
export interface PlatformPhrase {
    readonly text: string;
    readonly compound: boolean;
}

/**
 * One phrase per ecosystem, each runtime with its own languages: ["Ruby", "JavaScript and
 * TypeScript on Node.js", "Python"]. Listing the runtimes after all the languages would read as
 * if Python ran on Node.js. A runtime whose ecosystem has no detected language stands alone.
 */
export function platformPhrases(catalog: Catalog, languageIds: readonly string[], runtimeIds: readonly string[], l10n: L10n): PlatformPhrase[] {
    const known = (ids: readonly string[]): CatalogEntry[] => ids.flatMap((id) => catalog.get(id) ?? []);
    const languages = known(languageIds);
    const runtimes = known(runtimeIds);
    const ecosystems = [...new Set([...languages, ...runtimes].map((entry) => entry.ecosystem))];
    return ecosystems.map((ecosystem) => {
        const languageNames = languages.filter((language) => language.ecosystem === ecosystem).map((language) => language.name);
        const runtimeNames = runtimes.filter((runtime) => runtime.ecosystem === ecosystem).map((runtime) => runtime.name);
        const names = joinAsListIn(languageNames, l10n);
        const on = joinAsListIn(runtimeNames, l10n);
        const text = names === '' ? on : on === '' ? names : l10n.t('{0} on {1}', names, on);
        return { text, compound: languageNames.length + runtimeNames.length > 1 };
    });
}

/**
 * Phrases listed so that each stays whole: with commas while every phrase is one name ("Ruby,
 * Python"), with semicolons once one holds a list or a runtime of its own ("Ruby; JavaScript
 * and TypeScript on Node.js; Python"). `and` adds the final "and" a sentence needs.
 */
export function listPhrases(phrases: readonly PlatformPhrase[], l10n: L10n, { and = false } = {}): string {
    const compound = phrases.some((phrase) => phrase.compound);
    const separator = compound ? '; ' : ', ';
    const texts = phrases.map((phrase) => phrase.text);
    if (!and || texts.length <= 1) {
        return texts.join(separator);
    }
    if (!compound) {
        return joinAsListIn(texts, l10n);
    }
    return l10n.t('{0}; and {1}', texts.slice(0, -1).join(separator), texts[texts.length - 1] ?? '');
}
