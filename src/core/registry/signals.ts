import type { Registry } from '../catalog/schema';
import { REGISTRY_LABELS } from '../catalog/labels';
import { nominalListSize } from './popularity';
import type { SummaryAuthor } from './indexTypes';
import type { L10n } from '../text/l10n';

/** What one registry's index is, for the words around its facts. */
export interface RegistryListFacts {
    readonly registry: Registry;
    /** YYYY-MM-DD of the data; '' when the file did not say. */
    readonly asOf: string;
    /** Rows that carry a rank (the N of "the N most downloaded"); 0 for data without ranks. */
    readonly rankedSize: number;
    /** Every package the index knows. */
    readonly size: number;
    readonly summaryAuthor: SummaryAuthor;
}

/** A count as the registry lists are written: "25,000". */
export const formatCount = (value: number): string => value.toLocaleString('en-US');

/** "the 25,000 most downloaded npm packages", or for an unranked list "the 1,120 RubyGems packages that Debian also packages". */
export function listPhrase(list: RegistryListFacts, l10n: L10n): string {
    const registry = REGISTRY_LABELS[list.registry];
    if (list.rankedSize > 0) {
        return l10n.t('the {0} most downloaded {1} packages', formatCount(nominalListSize(list.rankedSize)), registry);
    }
    return list.summaryAuthor === 'debian'
        ? l10n.t('the {0} {1} packages that Debian also packages', formatCount(list.size), registry)
        : l10n.t('the {0} {1} packages Stack Guide lists', formatCount(list.size), registry);
}

/** Who wrote a description, as a hover labels a quotation: "npm registry description, 2026-11-30". */
export function summaryLabel(author: SummaryAuthor, registry: Registry, asOf: string | undefined, l10n: L10n): string {
    if (author === 'debian') {
        return asOf ? l10n.t("Debian's description, {0}", asOf) : l10n.t("Debian's description");
    }
    return asOf ? l10n.t('{0} registry description, {1}', REGISTRY_LABELS[registry], asOf) : l10n.t('{0} registry description', REGISTRY_LABELS[registry]);
}

/** A release this many years before the data's date, or longer, may mean nobody maintains the package. */
export const STALE_RELEASE_YEARS = 3;

/** Whether `lastRelease` (YYYY-MM) is STALE_RELEASE_YEARS or more before `asOf` (YYYY-MM-DD); false when either is missing. */
export function isStaleRelease(lastRelease: string | undefined, asOf: string | undefined): boolean {
    const release = /^(\d{4})-(\d{2})$/.exec(lastRelease ?? '');
    const data = /^(\d{4})-(\d{2})-\d{2}$/.exec(asOf ?? '');
    if (!release || !data) {
        return false;
    }
    const months = (Number(data[1]) - Number(release[1])) * 12 + (Number(data[2]) - Number(release[2]));
    return months >= STALE_RELEASE_YEARS * 12;
}
