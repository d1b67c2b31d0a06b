/**
 * A readable rendering of PEP 508 environment markers: each `variable op "value"` comparison
 * is reworded, the `and`/`or` structure and parentheses are kept as written (the words
 * `and` and `or` in the display language).
 */

import type { L10n } from '../text/l10n';

/** What each marker variable is called in a sentence; a variable not listed is shown as written. */
function variableNames(l10n: L10n): Record<string, string> {
    return {
        python_version: 'Python',
        python_full_version: 'Python',
        sys_platform: l10n.t('the platform'),
        platform_system: l10n.t('the OS'),
        os_name: l10n.t('the OS family'),
        platform_machine: l10n.t('the machine'),
        platform_release: l10n.t('the OS release'),
        platform_version: l10n.t('the OS version'),
        implementation_name: l10n.t('the Python implementation'),
        platform_python_implementation: l10n.t('the Python implementation'),
        implementation_version: l10n.t('the Python implementation version'),
    };
}

const VALUES: Record<string, string> = {
    win32: 'Windows',
    windows: 'Windows',
    cygwin: 'Cygwin',
    darwin: 'macOS',
    linux: 'Linux',
    nt: 'Windows',
    posix: 'POSIX',
    cpython: 'CPython',
    pypy: 'PyPy',
};

/** A comparison said in words, whole, so that a translation can put the verb where its language wants it. */
function sayComparison(op: string, subject: string, value: string, l10n: L10n): string | undefined {
    switch (op) {
        case '==':
        case '===':
            return l10n.t('{0} is {1}', subject, value);
        case '!=':
            return l10n.t('{0} is not {1}', subject, value);
        case 'in':
            return l10n.t('{0} is one of {1}', subject, value);
        case 'not in':
            return l10n.t('{0} is not one of {1}', subject, value);
        default:
            return undefined;
    }
}

/** A comparison `variable op "value"`, or one of the `and`/`or` between them (a quoted value is consumed whole). */
const COMPARISON_OR_JOINER = /([A-Za-z_][A-Za-z0-9_.]*)\s*(===|==|!=|<=|>=|~=|<|>|not\s+in|in)\s*("[^"]*"|'[^']*')|\b(and|or)\b/g;

function describeComparison(variable: string, operator: string, quoted: string, l10n: L10n): string {
    const value = quoted.slice(1, -1);
    const op = operator.replace(/\s+/g, ' ');
    if (variable === 'extra') {
        return op === '!=' ? l10n.t('the "{0}" extra is not requested', value) : l10n.t('the "{0}" extra is requested', value);
    }
    const subject = variableNames(l10n)[variable] ?? variable;
    const shownValue = VALUES[value.toLowerCase()] ?? value;
    return sayComparison(op, subject, shownValue, l10n) ?? `${subject} ${op} ${value}`;
}

export function explainMarkers(markers: string, l10n: L10n): string {
    const described = markers.trim().replace(COMPARISON_OR_JOINER, (match, variable?: string, operator?: string, quoted?: string, joiner?: string) => {
        if (joiner !== undefined) {
            return joiner === 'and' ? l10n.t('and') : l10n.t('or');
        }
        return variable !== undefined && operator !== undefined && quoted !== undefined ? describeComparison(variable, operator, quoted, l10n) : match;
    });
    return l10n.t('only when {0}', described.replace(/\s+/g, ' '));
}
