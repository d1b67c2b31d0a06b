/**
 * A readable rendering of PEP 508 environment markers: each `variable op "value"` comparison
 * is reworded, the `and`/`or` structure and parentheses are kept as written.
 */

const VARIABLES: Record<string, string> = {
    python_version: 'Python',
    python_full_version: 'Python',
    sys_platform: 'the platform',
    platform_system: 'the OS',
    os_name: 'the OS family',
    platform_machine: 'the machine',
    platform_release: 'the OS release',
    platform_version: 'the OS version',
    implementation_name: 'the Python implementation',
    platform_python_implementation: 'the Python implementation',
    implementation_version: 'the Python implementation version',
};

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

const OPERATORS: Record<string, string> = {
    '==': 'is',
    '===': 'is',
    '!=': 'is not',
    in: 'is one of',
    'not in': 'is not one of',
};

const COMPARISON = /([A-Za-z_][A-Za-z0-9_.]*)\s*(===|==|!=|<=|>=|~=|<|>|not\s+in|in)\s*("[^"]*"|'[^']*')/g;

function describeComparison(variable: string, operator: string, quoted: string): string {
    const value = quoted.slice(1, -1);
    const op = operator.replace(/\s+/g, ' ');
    if (variable === 'extra') {
        return op === '!=' ? `the "${value}" extra is not requested` : `the "${value}" extra is requested`;
    }
    const subject = VARIABLES[variable] ?? variable;
    const shownValue = VALUES[value.toLowerCase()] ?? value;
    const verb = OPERATORS[op];
    return verb ? `${subject} ${verb} ${shownValue}` : `${subject} ${op} ${value}`;
}

export function explainMarkers(markers: string): string {
    const described = markers.trim().replace(COMPARISON, (_match, variable: string, operator: string, quoted: string) =>
        describeComparison(variable, operator, quoted),
    );
    return `only when ${described.replace(/\s+/g, ' ')}`;
}
