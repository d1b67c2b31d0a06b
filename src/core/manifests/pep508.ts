import type { DependencySource, ManifestDependency } from './manifestTypes';
import { subSpan, type LocatedString } from './located';

/** A PEP 508 requirement; offsets are relative to the parsed string. */
export interface Pep508Requirement {
    name: string;
    nameStart: number;
    nameEnd: number;
    extras?: string[];
    /** The specifier as written, without the optional parentheses. */
    constraint?: string;
    constraintStart?: number;
    url?: string;
    markers?: string;
}

const NAME = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
/** What may follow a name: its extras, a specifier, a URL, markers, or nothing. */
const AFTER_NAME = /^(?:$|[\s[(<>=!~@;])/;

function skipSpaces(text: string, from: number): number {
    let i = from;
    while (i < text.length && /\s/.test(text[i] ?? '')) {
        i++;
    }
    return i;
}

/**
 * Parses one requirement: `name[extra1,extra2] (>=1,<2) ; markers` or `name @ url ; markers`.
 * Lenient about the specifier, which is returned as written so that the constraint explainer
 * can say whether PEP 440 accepts it; undefined when the text does not start with a name.
 */
export function parsePep508(text: string): Pep508Requirement | undefined {
    const nameStart = skipSpaces(text, 0);
    NAME.lastIndex = nameStart;
    const nameMatch = NAME.exec(text);
    if (!nameMatch) {
        return undefined;
    }
    const nameEnd = nameStart + nameMatch[0].length;
    if (!AFTER_NAME.test(text.slice(nameEnd, nameEnd + 1))) {
        return undefined;
    }
    const requirement: Pep508Requirement = { name: nameMatch[0], nameStart, nameEnd };
    let i = skipSpaces(text, nameEnd);
    if (text[i] === '[') {
        const close = text.indexOf(']', i);
        if (close < 0) {
            return undefined;
        }
        requirement.extras = text.slice(i + 1, close).split(',').map((extra) => extra.trim()).filter((extra) => extra.length > 0);
        i = skipSpaces(text, close + 1);
    }
    const semicolon = text.indexOf(';', i);
    if (text[i] === '@') {
        // A URL may itself contain ';', so markers need whitespace before it.
        const urlStart = skipSpaces(text, i + 1);
        const urlEnd = text.slice(urlStart).search(/\s|$/) + urlStart;
        requirement.url = text.slice(urlStart, urlEnd);
        const rest = text.slice(urlEnd).trim();
        if (rest.startsWith(';') && rest.length > 1) {
            requirement.markers = rest.slice(1).trim();
        }
        return requirement;
    }
    const specifierEnd = semicolon < 0 ? text.length : semicolon;
    let from = i;
    let to = specifierEnd;
    while (to > from && /\s/.test(text[to - 1] ?? '')) {
        to--;
    }
    if (text[from] === '(' && text[to - 1] === ')') {
        from = skipSpaces(text, from + 1);
        to--;
        while (to > from && /\s/.test(text[to - 1] ?? '')) {
            to--;
        }
    }
    if (to > from) {
        requirement.constraint = text.slice(from, to);
        requirement.constraintStart = from;
    }
    if (semicolon >= 0) {
        const markers = text.slice(semicolon + 1).trim();
        if (markers.length > 0) {
            requirement.markers = markers;
        }
    }
    return requirement;
}

export function urlSource(url: string): DependencySource {
    if (/^git\+|\.git(?:[@#]|$)/i.test(url)) {
        return 'git';
    }
    return /^file:/i.test(url) ? 'path' : 'url';
}

/** A dependency from a requirement read out of `str`, mapping offsets back into the manifest. */
export function pep508Dependency(str: LocatedString, section: string): ManifestDependency | undefined {
    const requirement = parsePep508(str.value);
    if (!requirement) {
        return undefined;
    }
    const dep: ManifestDependency = {
        registry: 'pypi',
        name: requirement.name,
        nameSpan: subSpan(str, requirement.nameStart, requirement.nameEnd),
        section,
    };
    if (requirement.constraint !== undefined && requirement.constraintStart !== undefined) {
        dep.constraint = requirement.constraint;
        if (str.verbatim) {
            dep.constraintSpan = subSpan(str, requirement.constraintStart, requirement.constraintStart + requirement.constraint.length);
        }
    }
    if (requirement.url !== undefined) {
        dep.source = urlSource(requirement.url);
    }
    if (requirement.markers !== undefined) {
        dep.markers = requirement.markers;
    }
    return dep;
}
