/**
 * A generated monorepo for the review at scale: `count` projects, each in its own folder with one
 * manifest, shaped like real ones (a package.json with scripts and dev dependencies, a Gemfile
 * with groups, a pinned requirements.txt). No file system here, so the benchmark writes it with
 * Node and the integration test with `vscode.workspace.fs`.
 */

/** Package names per registry; the catalog's own, so the review finds entries, findings and pairs. */
export interface KnownPackages {
    npm: readonly string[];
    rubygems: readonly string[];
    pypi: readonly string[];
}

export interface GeneratedManifest {
    /** Relative, with `/`. */
    path: string;
    text: string;
}

/** A deterministic pick of `count` names from `names`, varied by `seed`. */
function pick(names: readonly string[], count: number, seed: number): string[] {
    if (names.length === 0) {
        return [];
    }
    return [...new Set(Array.from({ length: count }, (_, i) => names[(seed * 7919 + i * 104_729) % names.length]!))];
}

function packageJson(index: number, known: KnownPackages): string {
    const dependencies = Object.fromEntries([...pick(known.npm, 12, index), `@acme/package-${(index % 40) * 5}`].map((name, i) => [name, `^${(i % 9) + 1}.${index % 7}.0`]));
    const devDependencies = Object.fromEntries(pick(known.npm, 6, index + 1).map((name) => [name, '~1.2.3']));
    const manifest = {
        name: `@acme/package-${index}`,
        version: '1.0.0',
        private: true,
        scripts: { build: 'tsc -p .', test: 'mocha' },
        dependencies,
        devDependencies,
    };
    return `${JSON.stringify(manifest, null, 2)}\n`;
}

function gemfile(index: number, known: KnownPackages): string {
    const [first = 'rails', ...rest] = pick(known.rubygems, 10, index);
    const gems = rest.map((name, i) => `gem "${name}", "~> ${(i % 5) + 1}.${index % 4}"`);
    return [
        'source "https://rubygems.org"',
        '',
        `ruby "3.${index % 4}.0"`,
        `gem "${first}", ">= 6.0", "< 8"`,
        ...gems.slice(0, 6),
        '',
        'group :development, :test do',
        ...gems.slice(6).map((line) => `  ${line}`),
        'end',
        '',
    ].join('\n');
}

function requirements(index: number, known: KnownPackages): string {
    const lines = pick(known.pypi, 10, index).map((name, i) => (i % 3 === 0 ? `${name}==${(i % 4) + 1}.${index % 10}.2` : `${name}>=${(i % 3) + 1}.0,<${(i % 3) + 2}.0`));
    return ['# generated service requirements', ...lines, `internal-tool-${index % 25}~=0.${index % 9}`, ''].join('\n');
}

/** Three projects in five are Node packages, one a Ruby app, one a Python service. */
export function generatedWorkspace(count: number, known: KnownPackages): GeneratedManifest[] {
    return Array.from({ length: count }, (_, index): GeneratedManifest => {
        const kind = index % 5;
        if (kind === 3) {
            return { path: `apps/app-${index}/Gemfile`, text: gemfile(index, known) };
        }
        if (kind === 4) {
            return { path: `services/service-${index}/requirements.txt`, text: requirements(index, known) };
        }
        return { path: `packages/package-${index}/package.json`, text: packageJson(index, known) };
    });
}
