/**
 * What the recommendation asks, independent of VS Code: the choices of each question and the
 * catalog's languages the answers are checked against. The host turns choices into QuickPick items.
 */
import { byEntryName, type Catalog } from '../catalog/catalog';
import { useCaseLabels } from '../catalog/labels';
import type { CatalogEntry } from '../catalog/schema';
import { USE_CASES } from '../catalog/vocabulary';
import type { L10n } from '../text/l10n';
import { PRIORITIES, priorityDetails, priorityLabels } from './answers';

/** One option of a question; `value` is the id the answers hold. */
export interface Choice {
    readonly value: string;
    readonly label: string;
    readonly description?: string;
    readonly detail?: string;
}

/** The catalog's language entries, by name. */
function languageEntries(catalog: Catalog): CatalogEntry[] {
    return catalog
        .all()
        .filter((entry) => entry.kind === 'language')
        .sort(byEntryName);
}

/** The ids a team's known languages may take, by name. */
export function languageIds(catalog: Catalog): string[] {
    return languageEntries(catalog).map((language) => language.id);
}

/** The use cases by their shared catalog labels (core/catalog/labels.ts), which are localised with the catalog's. */
export function useCaseChoices(l10n: L10n): Choice[] {
    const labels = useCaseLabels(l10n);
    return USE_CASES.map((useCase) => ({ value: useCase, label: labels[useCase] }));
}

/** Each language with the runtimes it runs on, so "JavaScript" reads as "runs on Node.js, Deno". */
export function languageChoices(catalog: Catalog, l10n: L10n): Choice[] {
    const runtimes = catalog.all().filter((entry) => entry.kind === 'runtime');
    return languageEntries(catalog).map((language) => {
        const runsOn = runtimes.filter((runtime) => runtime.languages.includes(language.id)).map((runtime) => runtime.name);
        return { value: language.id, label: language.name, description: runsOn.length > 0 ? l10n.t('runs on {0}', runsOn.join(', ')) : undefined };
    });
}

export function priorityChoices(l10n: L10n): Choice[] {
    const labels = priorityLabels(l10n);
    const details = priorityDetails(l10n);
    return PRIORITIES.map((priority) => ({ value: priority, label: labels[priority], detail: details[priority] }));
}
