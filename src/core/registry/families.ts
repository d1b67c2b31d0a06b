import { normalizePackageName } from '../catalog/packageNames';
import type { Registry } from '../catalog/schema';

/**
 * How a family member's name names another package that the member is about: DefinitelyTyped
 * writes `@scope/name` as `scope__name` after `@types/`; PyPI stub packages use the plain name.
 */
export type MemberTarget = 'definitely-typed' | 'same-name';

/**
 * A rule describing a whole group of packages by name, written and sourced like a catalog
 * entry: for the packages that no entry names one by one.
 */
export interface FamilyRule {
    readonly id: string;
    readonly registry: Registry;
    /** The name with one `*` for the member's own part; PyPI patterns are written normalised. */
    readonly pattern: string;
    /** One sentence in our own words. */
    readonly description: string;
    /** An https page or repository that documents the convention. */
    readonly source: string;
    /** The catalog entry for what the members extend, where the catalog has one. */
    readonly parentEntryId?: string;
    /** Set when the `*` part names the package that the member describes (type declarations). */
    readonly memberTarget?: MemberTarget;
}

/** A package that a rule matched: the rule, and the package the member is about, if any. */
export interface FamilyMatch {
    readonly rule: FamilyRule;
    readonly targetPackage?: string;
}

/**
 * The rules in order: the first that matches wins, so a narrower pattern stands before a
 * wider one of the same registry (`sphinxcontrib-*` before `sphinx-*`).
 */
export const FAMILY_RULES: readonly FamilyRule[] = [
    {
        id: 'definitely-typed',
        registry: 'npm',
        pattern: '@types/*',
        description: 'TypeScript type declarations for a package that ships none of its own, written by the community in the DefinitelyTyped repository.',
        source: 'https://github.com/DefinitelyTyped/DefinitelyTyped',
        parentEntryId: 'types-definitelytyped',
        memberTarget: 'definitely-typed',
    },
    {
        id: 'typeshed-stubs',
        registry: 'pypi',
        pattern: 'types-*',
        description: 'Type stubs for a Python package that ships none of its own, maintained in the typeshed repository and published automatically.',
        source: 'https://github.com/python/typeshed',
        parentEntryId: 'typeshed-stubs',
        memberTarget: 'same-name',
    },
    {
        id: 'pep561-stubs',
        registry: 'pypi',
        pattern: '*-stubs',
        description: 'A stub-only package: type hints for another Python package, named after it with "-stubs" as PEP 561 prescribes.',
        source: 'https://peps.python.org/pep-0561/',
        memberTarget: 'same-name',
    },
    {
        id: 'babel-plugins',
        registry: 'npm',
        pattern: '@babel/plugin-*',
        description: 'An official Babel plugin: one syntax or transform step that Babel applies while compiling JavaScript.',
        source: 'https://github.com/babel/babel',
        parentEntryId: 'babel',
    },
    {
        id: 'babel-presets',
        registry: 'npm',
        pattern: '@babel/preset-*',
        description: 'An official Babel preset: a named set of Babel plugins enabled together.',
        source: 'https://github.com/babel/babel',
        parentEntryId: 'babel',
    },
    {
        id: 'esbuild-platform-builds',
        registry: 'npm',
        pattern: '@esbuild/*',
        description: "A prebuilt esbuild binary for one operating system and processor: esbuild lists them all as optional dependencies and npm installs the one that matches the machine.",
        source: 'https://github.com/evanw/esbuild',
        parentEntryId: 'esbuild',
    },
    {
        id: 'rollup-platform-builds',
        registry: 'npm',
        pattern: '@rollup/rollup-*',
        description: "A prebuilt native part of Rollup for one operating system and processor: Rollup lists them as optional dependencies and npm installs the one that matches the machine.",
        source: 'https://github.com/rollup/rollup',
        parentEntryId: 'rollup',
    },
    {
        id: 'babel-community-plugins',
        registry: 'npm',
        pattern: 'babel-plugin-*',
        description: 'A Babel plugin published outside the @babel scope, by the Babel team in its early years or by the community.',
        source: 'https://babeljs.io/docs/plugins',
        parentEntryId: 'babel',
    },
    {
        id: 'eslint-plugins',
        registry: 'npm',
        pattern: 'eslint-plugin-*',
        description: 'An ESLint plugin: extra lint rules, and often configurations or processors, loaded by ESLint.',
        source: 'https://eslint.org/docs/latest/extend/plugins',
        parentEntryId: 'eslint',
    },
    {
        id: 'eslint-configs',
        registry: 'npm',
        pattern: 'eslint-config-*',
        description: 'A shareable ESLint configuration: a published set of rule settings that a project extends.',
        source: 'https://eslint.org/docs/latest/extend/shareable-configs',
        parentEntryId: 'eslint',
    },
    {
        id: 'typescript-eslint-packages',
        registry: 'npm',
        pattern: '@typescript-eslint/*',
        description: 'A part of typescript-eslint, the tooling that lets ESLint parse and lint TypeScript.',
        source: 'https://github.com/typescript-eslint/typescript-eslint',
        parentEntryId: 'typescript-eslint',
    },
    {
        id: 'aws-sdk-js-v3-clients',
        registry: 'npm',
        pattern: '@aws-sdk/client-*',
        description: 'The client for one AWS service in version 3 of the AWS SDK for JavaScript, which ships each service as its own package.',
        source: 'https://github.com/aws/aws-sdk-js-v3',
        parentEntryId: 'aws-sdk-js-v3',
    },
    {
        id: 'radix-ui-primitives',
        registry: 'npm',
        pattern: '@radix-ui/react-*',
        description: 'One Radix Primitives component: an unstyled, accessible React building block such as a dialog or a menu.',
        source: 'https://github.com/radix-ui/primitives',
    },
    {
        id: 'tiptap',
        registry: 'npm',
        pattern: '@tiptap/*',
        description: 'A part of Tiptap, a rich-text editor framework built on ProseMirror: its core, an extension or a framework binding.',
        source: 'https://github.com/ueberdosis/tiptap',
    },
    {
        id: 'storybook',
        registry: 'npm',
        pattern: '@storybook/*',
        description: 'A part of Storybook, the workshop for developing and documenting UI components in isolation: an addon, a renderer or a builder.',
        source: 'https://github.com/storybookjs/storybook',
    },
    {
        id: 'nestjs-packages',
        registry: 'npm',
        pattern: '@nestjs/*',
        description: 'A package of the NestJS framework: its core, a platform adapter or an official integration module.',
        source: 'https://github.com/nestjs/nest',
        parentEntryId: 'nestjs',
    },
    {
        id: 'sentry-javascript',
        registry: 'npm',
        pattern: '@sentry/*',
        description: 'A part of the Sentry SDK for JavaScript, which reports errors and performance data: a platform SDK or a shared building block.',
        source: 'https://github.com/getsentry/sentry-javascript',
        parentEntryId: 'sentry-node',
    },
    {
        id: 'opentelemetry-js',
        registry: 'npm',
        pattern: '@opentelemetry/*',
        description: 'A part of OpenTelemetry for JavaScript, which records traces, metrics and logs: its API, the SDK, an exporter or an instrumentation.',
        source: 'https://github.com/open-telemetry/opentelemetry-js',
        parentEntryId: 'opentelemetry-js',
    },
    {
        id: 'testcontainers-node-modules',
        registry: 'npm',
        pattern: '@testcontainers/*',
        description: 'A Testcontainers for Node.js module: a ready-made throwaway container for one service, such as a database, for tests.',
        source: 'https://github.com/testcontainers/testcontainers-node',
        parentEntryId: 'testcontainers',
    },
    {
        id: 'fontawesome',
        registry: 'npm',
        pattern: '@fortawesome/*',
        description: 'A part of Font Awesome, the icon set: an icon package, the SVG core, or a component for a UI framework.',
        source: 'https://github.com/FortAwesome/Font-Awesome',
    },
    {
        id: 'tanstack',
        registry: 'npm',
        pattern: '@tanstack/*',
        description: 'A TanStack library, such as Query, Table or Router, or its binding for one UI framework.',
        source: 'https://github.com/TanStack',
    },
    {
        id: 'tryghost',
        registry: 'npm',
        pattern: '@tryghost/*',
        description: 'A package the Ghost project publishes under its own scope: a building block of the Ghost publishing platform, its themes or its tools.',
        source: 'https://github.com/TryGhost/Ghost',
    },
    {
        id: 'postcss-plugins',
        registry: 'npm',
        pattern: 'postcss-*',
        description: 'A PostCSS plugin, which transforms CSS as one step of a PostCSS pipeline; PostCSS asks plugin authors to use this name prefix.',
        source: 'https://github.com/postcss/postcss/blob/main/docs/guidelines/plugin.md',
        parentEntryId: 'postcss',
    },
    {
        id: 'google-cloud-node',
        registry: 'npm',
        pattern: '@google-cloud/*',
        description: "A Google Cloud client library for Node.js: one Google Cloud service's API.",
        source: 'https://github.com/googleapis/google-cloud-node',
    },
    {
        id: 'google-cloud-python-libraries',
        registry: 'pypi',
        pattern: 'google-cloud-*',
        description: "A Google Cloud client library for Python: one Google Cloud service's API.",
        source: 'https://github.com/googleapis/google-cloud-python',
        parentEntryId: 'google-cloud-python',
    },
    {
        id: 'google-cloud-ruby-libraries',
        registry: 'rubygems',
        pattern: 'google-cloud-*',
        description: "A Google Cloud client library for Ruby: one Google Cloud service's API.",
        source: 'https://github.com/googleapis/google-cloud-ruby',
    },
    {
        id: 'fog-providers',
        registry: 'rubygems',
        pattern: 'fog-*',
        description: 'A provider for fog, the Ruby cloud services library: the code for one cloud (storage, compute, DNS) behind fog\'s common interface.',
        source: 'https://github.com/fog/fog',
        parentEntryId: 'fog-aws',
    },
    {
        id: 'rubocop-extensions',
        registry: 'rubygems',
        pattern: 'rubocop-*',
        description: 'A RuboCop extension: extra cops, usually for one framework or library, loaded by RuboCop.',
        source: 'https://docs.rubocop.org/rubocop/extensions.html',
        parentEntryId: 'rubocop',
    },
    {
        id: 'omniauth-strategies',
        registry: 'rubygems',
        pattern: 'omniauth-*',
        description: 'An OmniAuth strategy: sign-in with one identity provider, plugged into OmniAuth.',
        source: 'https://github.com/omniauth/omniauth/wiki/List-of-Strategies',
        parentEntryId: 'omniauth',
    },
    {
        id: 'opentelemetry-ruby-instrumentation',
        registry: 'rubygems',
        pattern: 'opentelemetry-instrumentation-*',
        description: 'An OpenTelemetry for Ruby instrumentation: traces one library or framework without changes to the code that uses it.',
        source: 'https://github.com/open-telemetry/opentelemetry-ruby-contrib',
        parentEntryId: 'opentelemetry-ruby',
    },
    {
        id: 'pytest-plugins',
        registry: 'pypi',
        pattern: 'pytest-*',
        description: 'A pytest plugin: fixtures, command-line options or hooks that pytest loads automatically once installed.',
        source: 'https://docs.pytest.org/en/stable/reference/plugin_list.html',
        parentEntryId: 'pytest',
    },
    {
        id: 'flake8-plugins',
        registry: 'pypi',
        pattern: 'flake8-*',
        description: 'A flake8 plugin: extra checks, or another way to report them, that flake8 loads once installed.',
        source: 'https://flake8.pycqa.org/en/latest/plugin-development/index.html',
        parentEntryId: 'flake8',
    },
    {
        id: 'sphinx-contrib',
        registry: 'pypi',
        pattern: 'sphinxcontrib-*',
        description: 'A Sphinx extension in the sphinxcontrib namespace, some maintained by the Sphinx team and the rest by the community.',
        source: 'https://github.com/sphinx-contrib',
        parentEntryId: 'sphinx',
    },
    {
        id: 'sphinx-extensions',
        registry: 'pypi',
        pattern: 'sphinx-*',
        description: 'A Sphinx extension or theme published by the community, added to a documentation project through its conf.py.',
        source: 'https://www.sphinx-doc.org/en/master/usage/extensions/index.html',
        parentEntryId: 'sphinx',
    },
    {
        id: 'opentelemetry-python-instrumentation',
        registry: 'pypi',
        pattern: 'opentelemetry-instrumentation-*',
        description: 'An OpenTelemetry for Python instrumentation: traces one library or framework without changes to the code that uses it.',
        source: 'https://github.com/open-telemetry/opentelemetry-python-contrib',
        parentEntryId: 'opentelemetry-python',
    },
];

/** The package a DefinitelyTyped member is for: `node` for `node`, `@babel/core` for `babel__core`. */
function definitelyTypedTarget(member: string): string {
    const scoped = /^([^_]+)__(.+)$/.exec(member);
    return scoped ? `@${scoped[1]}/${scoped[2]}` : member;
}

/** The `*` part of `name` under `pattern`, or undefined when the name does not match or the part is empty. */
function memberPart(pattern: string, name: string): string | undefined {
    const star = pattern.indexOf('*');
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (name.length <= prefix.length + suffix.length || !name.startsWith(prefix) || !name.endsWith(suffix)) {
        return undefined;
    }
    const member = name.slice(prefix.length, name.length - suffix.length);
    // A member part is one name segment: `@tiptap/a/b` or `@types/` with spaces is no package name.
    return /^[A-Za-z0-9][A-Za-z0-9._~-]*$/.test(member) ? member : undefined;
}

/** The family rules, looked up by registry and name. */
export class FamilyRules {
    private readonly byRegistry = new Map<Registry, FamilyRule[]>();

    constructor(rules: readonly FamilyRule[] = FAMILY_RULES) {
        for (const rule of rules) {
            const list = this.byRegistry.get(rule.registry) ?? [];
            list.push(rule);
            this.byRegistry.set(rule.registry, list);
        }
    }

    all(): FamilyRule[] {
        return [...this.byRegistry.values()].flat();
    }

    match(registry: Registry, name: string): FamilyMatch | undefined {
        const normalized = normalizePackageName(registry, name);
        for (const rule of this.byRegistry.get(registry) ?? []) {
            const member = memberPart(rule.pattern, normalized);
            if (member === undefined) {
                continue;
            }
            if (rule.memberTarget === undefined) {
                return { rule };
            }
            return { rule, targetPackage: rule.memberTarget === 'definitely-typed' ? definitelyTypedTarget(member) : member };
        }
        return undefined;
    }
}
