// Bundles the extension (Node, CommonJS, `vscode` external) and the webview scripts (browser),
// and copies the codicon font the webviews load from the extension itself.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const shared = {
    bundle: true,
    minify: production,
    sourcemap: !production,
    sourcesContent: false,
    logLevel: 'warning',
    legalComments: 'none',
};

const builds = [
    {
        ...shared,
        entryPoints: ['src/extension.ts'],
        outfile: 'dist/extension.js',
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        external: ['vscode'],
        // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow.
        mainFields: ['module', 'main'],
    },
    {
        ...shared,
        entryPoints: { compare: 'src/webview/compare/main.ts' },
        outdir: 'dist/webview',
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
    },
];

function copyCodicons() {
    mkdirSync('dist/codicons', { recursive: true });
    for (const file of ['codicon.css', 'codicon.ttf']) {
        cpSync(`node_modules/@vscode/codicons/dist/${file}`, `dist/codicons/${file}`);
    }
}

const existing = (await import('node:fs')).existsSync;
const active = builds.filter((build) => Object.values(build.entryPoints).every((entry) => existing(entry)));
copyCodicons();
if (watch) {
    for (const build of active) {
        const context = await esbuild.context(build);
        await context.watch();
    }
    console.log('[watch] build started');
} else {
    await Promise.all(active.map((build) => esbuild.build(build)));
}
