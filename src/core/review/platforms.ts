import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/schema';
import { joinAsList } from '../text/lists';

/**
 * One phrase per ecosystem, each runtime with its own languages: ["Ruby", "JavaScript and
 * TypeScript on Node.js", "Python"]. Listing the runtimes after all the languages would read as
 * if Python ran on Node.js. A runtime whose ecosystem has no detected language stands alone.
 */
export function platformPhrases(catalog: Catalog, languageIds: readonly string[], runtimeIds: readonly string[]): string[] {
    const known = (ids: readonly string[]): CatalogEntry[] => ids.flatMap((id) => catalog.get(id) ?? []);
    const languages = known(languageIds);
    const runtimes = known(runtimeIds);
    const ecosystems = [...new Set([...languages, ...runtimes].map((entry) => entry.ecosystem))];
    return ecosystems.map((ecosystem) => {
        const names = joinAsList(languages.filter((language) => language.ecosystem === ecosystem).map((language) => language.name));
        const on = joinAsList(runtimes.filter((runtime) => runtime.ecosystem === ecosystem).map((runtime) => runtime.name));
        return names === '' ? on : on === '' ? names : `${names} on ${on}`;
    });
}

/**
 * Phrases listed so that each stays whole: with commas while every phrase is one name ("Ruby,
 * Python"), with semicolons once one holds a list or a runtime of its own ("Ruby; JavaScript
 * and TypeScript on Node.js; Python"). `and` adds the final "and" a sentence needs.
 */
export function listPhrases(phrases: readonly string[], { and = false } = {}): string {
    const compound = phrases.some((phrase) => / and | on |, /.test(phrase));
    const separator = compound ? '; ' : ', ';
    if (!and || phrases.length <= 1) {
        return phrases.join(separator);
    }
    if (!compound) {
        return joinAsList(phrases);
    }
    return `${phrases.slice(0, -1).join(separator)}; and ${phrases[phrases.length - 1] ?? ''}`;
}
