import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
        // Pure logic never depends on the editor, so it can be unit-tested in plain Node.
        files: [
            'src/catalog/**/*.ts',
            'src/manifests/**/*.ts',
            'src/constraints/**/*.ts',
            'src/text/**/*.ts',
            'src/tree/catalogTreeModel.ts',
            'src/tree/entryPresentation.ts',
            'src/compare/dimensions.ts',
            'src/compare/tableModel.ts',
            'src/compare/markdown.ts',
            'src/compare/html.ts',
            'src/compare/protocol.ts',
            'src/compare/selection.ts',
            'src/compare/pickItems.ts',
            'src/compare/safeUrl.ts',
            'src/details/entryDetails.ts',
            'src/hover/dependencyHover.ts',
            'src/hover/hoverService.ts',
            'src/hover/manifestCache.ts',
            'src/hover/registryLinks.ts',
            'src/recommend/answers.ts',
            'src/recommend/madeFor.ts',
            'src/recommend/render.ts',
            'src/recommend/scoring.ts',
            'src/recommend/stackAssembly.ts',
            'src/recommend/weights.ts',
            'src/review/detect.ts',
            'src/review/summary.ts',
            'src/review/manifestPaths.ts',
            'src/review/reviewTreeModel.ts',
        ],
        rules: {
            'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'Pure modules must not import vscode.' }] }],
        },
    },
);
