import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/** Node's built-in modules, bare and with the `node:` prefix. */
const NODE_BUILTINS = builtinModules.flatMap((name) => [name, `node:${name}`, `${name}/*`, `node:${name}/*`]);

/** Forbids importing `vscode`, Node's built-ins, and the named layers (folder globs under src/). */
function layer(message, forbiddenGroups, extra = {}) {
    return {
        'no-restricted-imports': [
            'error',
            {
                paths: [{ name: 'vscode', message }],
                patterns: [
                    ...(extra.allowNode ? [] : [{ group: NODE_BUILTINS, message }]),
                    ...forbiddenGroups.map((group) => ({ group: [`**/${group}`, `**/${group}/**`], message })),
                    ...(extra.patterns ?? []),
                ],
            },
        ],
    };
}

const NOT_IN_CORE = 'src/core/ runs in every extension host and in plain mocha: no vscode, no Node built-ins, no host, webview or build code.';
const NOT_IN_WEBVIEW = 'src/webview/ is browser code: it may import only the message protocols and the text helpers from src/core/.';
const SCHEMA_TYPES_ONLY = 'The zod schema is for the build: import its types only, and the vocabularies from vocabulary.ts.';
const NOT_IN_BUILD = 'src/build/ runs at build time and in tests: it may use Node and src/core/, never vscode or the host.';

export default tseslint.config(
    { ignores: ['dist/', 'out/', '.vscode-test/', 'node_modules/', 'esbuild.mjs'] },
    js.configs.recommended,
    ...tseslint.configs.recommended,
    {
        files: ['**/*.ts'],
        rules: {
            eqeqeq: ['error', 'always'],
            curly: ['error', 'all'],
            'no-restricted-imports': 'off',
            '@typescript-eslint/no-non-null-assertion': 'off',
            '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
        },
    },
    {
        files: ['src/**/*.ts'],
        plugins: { 'import-x': importX },
        settings: {
            ...importX.flatConfigs.typescript.settings,
            'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
        },
        rules: {
            // Long functions hide several jobs: carve them instead.
            'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
            // A cycle makes load order matter and hides which module really owns what.
            'import-x/no-cycle': ['error', { ignoreExternal: true }],
        },
    },
    {
        files: ['src/core/**/*.ts'],
        rules: {
            ...layer(NOT_IN_CORE, ['host', 'webview', 'build', 'extension', 'api'], {
                patterns: [{ group: ['**/catalog/schema'], allowTypeImports: true, message: SCHEMA_TYPES_ONLY }],
            }),
            'no-restricted-globals': ['error', 'Buffer', 'process', '__dirname', '__filename'],
        },
    },
    {
        files: ['src/webview/**/*.ts'],
        rules: {
            ...layer(NOT_IN_WEBVIEW, ['host', 'build', 'extension', 'api', 'core/catalog', 'core/manifests', 'core/constraints', 'core/hover', 'core/review', 'core/tree', 'core/details'], {
                patterns: [{ regex: 'core/(?:compare|recommend)/(?!protocol$)', message: NOT_IN_WEBVIEW }],
            }),
            'no-restricted-globals': ['error', 'Buffer', 'process', '__dirname', '__filename'],
        },
    },
    {
        files: ['src/build/**/*.ts'],
        rules: layer(NOT_IN_BUILD, ['host', 'webview', 'extension', 'api'], { allowNode: true }),
    },
    {
        // The host may use every core module, but never the browser code or the build.
        files: ['src/host/**/*.ts', 'src/extension.ts', 'src/api.ts'],
        rules: {
            'no-restricted-imports': [
                'error',
                {
                    patterns: [
                        { group: ['**/webview/**', '**/build/**'], message: 'The host loads the webview as files and never imports build code.' },
                        { group: ['**/core/catalog/schema'], allowTypeImports: true, message: SCHEMA_TYPES_ONLY },
                    ],
                },
            ],
        },
    },
);
