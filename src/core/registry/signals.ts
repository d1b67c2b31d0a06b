import type { Registry } from '../catalog/schema';
import { REGISTRY_LABELS } from '../catalog/labels';
import { nominalListSize } from './popularity';
import type { SummaryAuthor } from './indexTypes';

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

/** "the 25,000 most downloaded npm packages", or for an unranked list "the 1,120 gems Debian packages". */
export function listPhrase(list: RegistryListFacts): string {
    if (list.rankedSize > 0) {
        return `the ${nominalListSize(list.rankedSize).toLocaleString('en-US')} most downloaded ${REGISTRY_LABELS[list.registry]} packages`;
    }
    const what = list.summaryAuthor === 'debian' ? `${REGISTRY_LABELS[list.registry]} packages that Debian also packages` : `${REGISTRY_LABELS[list.registry]} packages Stack Guide lists`;
    return `the ${list.size.toLocaleString('en-US')} ${what}`;
}

/** Who wrote a description, as a hover labels a quotation: "npm registry description, 2026-11-30". */
export function summaryLabel(author: SummaryAuthor, registry: Registry, asOf: string | undefined): string {
    const who = author === 'debian' ? "Debian's description" : `${REGISTRY_LABELS[registry]} registry description`;
    return asOf ? `${who}, ${asOf}` : who;
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
