/** The example from the documentation, word for word. */
export const ISSUE_EXAMPLE = {
    name: 'Acme platform radar',
    radar: [
        { package: 'npm:moment', ring: 'hold', note: 'Use date-fns for new code.', since: '2025-06' },
        { entry: 'django', ring: 'adopt' },
        { package: 'pypi:nose', ring: 'hold', note: 'Use pytest.' },
    ],
    packages: [
        { package: 'npm:@acme/*', summary: "Acme's internal packages, published to the company registry.", owner: 'Platform team', docs: 'https://example.com/acme/packages' },
    ],
};
