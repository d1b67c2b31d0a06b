// Bundles the extension (Node, CommonJS, `vscode` external) and the webview scripts (browser),
// and copies the codicon font the webviews load from the extension itself.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

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

/** Validates data/catalog/ with the zod schema (src/build/compile.ts) and writes dist/catalog.json. */
async function compileCatalog() {
    const tool = 'dist/.build/compileCatalog.cjs';
    await esbuild.build({ entryPoints: ['src/build/compile.ts'], outfile: tool, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
    const { compileCatalog: compile } = createRequire(import.meta.url)(`./${tool}`);
    const { entries, bytes } = await compile('data/catalog', 'dist/catalog.json');
    console.log(`catalog: ${entries} entries validated, dist/catalog.json ${(bytes / 1024).toFixed(0)} KB`);
}

copyCodicons();
await compileCatalog();
if (watch) {
    for (const build of builds) {
        const context = await esbuild.context(build);
        await context.watch();
    }
    console.log('[watch] build started');
} else {
    await Promise.all(builds.map((build) => esbuild.build(build)));
}
