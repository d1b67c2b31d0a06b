/**
 * When two dependencies of one project play the same role. Real apps routinely declare
 * libraries meant to be used together (a recorder and the HTTP stub it hooks into, a client
 * and the HTTP library it is built on), so sharing a category is never enough: the catalog must
 * name one as an alternative of the other, and no relation may say they belong together.
 */
import type { CatalogEntry } from '../catalog/schema';
import { oneIsMadeForTheOther } from '../catalog/relations';

/** Whether `a` names `b` as a host, a base or a companion. */
function relatesTo(a: CatalogEntry, b: CatalogEntry): boolean {
    return [a.extends, a.builtOn, a.worksWith].some((ids) => ids?.includes(b.id) ?? false);
}

/** Whether the catalog says either entry extends, is built on, works with or is made for the other. */
export function belongTogether(a: CatalogEntry, b: CatalogEntry): boolean {
    return relatesTo(a, b) || relatesTo(b, a) || oneIsMadeForTheOther(a, b);
}

/**
 * A genuine pair of rivals: each lists the other as an alternative, and nothing says they are
 * used together. One side's list alone is too loose: measured on real apps it names companions
 * (Nokogiri lists HTMLEntities, Devise lists OmniAuth) and raised the false groups by half.
 */
export function areRivals(a: CatalogEntry, b: CatalogEntry): boolean {
    if (a.id === b.id || !(a.alternatives.includes(b.id) && b.alternatives.includes(a.id))) {
        return false;
    }
    return !belongTogether(a, b);
}

/** A declared entry, and whether the project only develops or tests with it. */
export interface RoleMember {
    entry: CatalogEntry;
    developmentOnly: boolean;
}

/**
 * Groups of rivals among one role's members, in declaration order. A member joins the first
 * group holding a rival of it and nothing it belongs with, so a group never pairs a library
 * with its plugin through a third member (Faraday, HTTParty and Octokit: Octokit is built on
 * Faraday). A development-only member and a shipped one are never grouped: a development
 * server beside the production one, or a profiler for tests beside one for production, is by
 * design. Groups of one are dropped.
 */
export function rivalGroups<T extends RoleMember>(members: readonly T[]): T[][] {
    const groups: T[][] = [];
    for (const member of members) {
        const group = groups.find(
            (candidate) =>
                candidate.every((other) => other.developmentOnly === member.developmentOnly) &&
                candidate.some((other) => areRivals(member.entry, other.entry)) &&
                !candidate.some((other) => belongTogether(member.entry, other.entry)),
        );
        if (group) {
            group.push(member);
        } else {
            groups.push([member]);
        }
    }
    return groups.filter((group) => group.length > 1);
}
