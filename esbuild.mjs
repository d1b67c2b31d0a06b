// Bundles the extension (Node, CommonJS, `vscode` external; and one file for the web worker
// host) and the webview scripts (browser),
// and copies the codicon font the webviews load from the extension itself.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';

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

/**
 * Activation loads dist/extension.js alone; what features need on first use is bundled apart,
 * into CommonJS chunks under dist/chunks/. esbuild splits code only for ESM output and VS Code
 * 1.100 needs a CommonJS `main`, so each chunk is a build of its own and chunksPlugin() ties
 * them together: an import of a module listed here, from outside its chunk, becomes a
 * `require` of the chunk's file that picks the module out by its path. From the main bundle
 * only `import()` may reach a chunk, so nothing in one loads at activation; a chunk may import
 * another statically (hover and review share the manifest parsers that way). A module not
 * listed is bundled into every build that imports it, so only small stateless ones are left out.
 */
const CHUNKS = {
    catalog: ['src/host/loadCompiled.ts'],
    registry: ['src/host/loadRegistry.ts'],
    lockfiles: ['src/host/lockfiles/readLockfile.ts'],
    manifests: ['src/core/manifests/formats.ts', 'src/core/manifests/harness.ts', 'src/core/manifests/toml.ts'],
    // The version libraries (semver, PEP 440, RubyGems), shared by the hover and the review's lockfile findings.
    constraints: ['src/core/constraints/index.ts', 'src/core/lockfiles/lockedFacts.ts'],
    hover: ['src/core/hover/hoverService.ts'],
    review: ['src/host/review/findManifests.ts', 'src/core/review/analyze.ts', 'src/host/lockfiles/reviewLocks.ts'],
    compare: ['src/host/compare/comparePanel.ts'],
    radar: ['src/host/radar/radarPanel.ts'],
    details: ['src/core/details/detailsPage.ts'],
    recommend: ['src/host/recommend/recommendCommand.ts'],
    info: ['src/core/info/catalogInfo.ts'],
    // The team file's reader and its zod/mini schema, loaded only when a team file exists.
    team: ['src/core/team/parseTeamFile.ts'],
    diagnostics: ['src/core/diagnostics/diagnosticsService.ts'],
};

/** Chunk and module path of every listed module, by absolute path. */
const CHUNK_OF = new Map(
    Object.entries(CHUNKS).flatMap(([chunk, modules]) => modules.map((module) => [path.resolve(module), { chunk, module }])),
);

/** Redirects imports of other chunks' modules (see CHUNKS); `self` is the chunk being built, undefined for the main bundle. */
function chunksPlugin(self) {
    const fileOf = (chunk) => (self ? `./${chunk}.js` : `./chunks/${chunk}.js`);
    return {
        name: 'chunks',
        setup(build) {
            build.onResolve({ filter: /^\./, namespace: 'file' }, async (args) => {
                if (args.pluginData === 'chunks') {
                    return undefined;
                }
                const { resolveDir, kind, importer } = args;
                const resolved = await build.resolve(args.path, { resolveDir, kind, importer, pluginData: 'chunks' });
                if (resolved.errors.length > 0) {
                    return undefined; // esbuild's own resolution reports the error
                }
                const target = CHUNK_OF.get(resolved.path);
                if (!target || target.chunk === self) {
                    return resolved;
                }
                if (!self && kind !== 'dynamic-import') {
                    return { errors: [{ text: `${target.module} is in the "${target.chunk}" chunk, loaded on first use: import it with import(), or its types only` }] };
                }
                return { path: target.module, namespace: 'chunk', pluginData: target };
            });
            build.onLoad({ filter: /.*/, namespace: 'chunk' }, ({ pluginData: { chunk, module } }) => ({
                contents: `module.exports = require(${JSON.stringify(fileOf(chunk))})[${JSON.stringify(module)}];`,
                loader: 'js',
            }));
            build.onResolve({ filter: /.*/, namespace: 'chunk' }, (args) => ({ path: args.path, external: true }));
        },
    };
}

const node = {
    ...shared,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow.
    mainFields: ['module', 'main'],
    metafile: true,
};

/** A chunk's entry exports each of its modules' namespaces under the module's path. */
const chunkBuild = ([chunk, modules]) => ({
    ...node,
    stdin: {
        contents: modules.map((module, index) => `import * as m${index} from './${module}';\nexport { m${index} as ${JSON.stringify(module)} };`).join('\n'),
        resolveDir: '.',
        sourcefile: `chunk-${chunk}.ts`,
        loader: 'ts',
    },
    outfile: `dist/chunks/${chunk}.js`,
    plugins: [chunksPlugin(chunk)],
});

/**
 * VS Code for the Web runs the `browser` entry in a web worker, from one file: there a bundle
 * cannot require files of its own, so every chunk is inlined, each still evaluated on its first
 * import(). Platform browser fails the build on any Node built-in that reaches the runtime.
 */
const browserBuild = {
    ...shared,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    mainFields: ['browser', 'module', 'main'],
    metafile: true,
};

const runtimeBuilds = [
    { ...node, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', plugins: [chunksPlugin(undefined)] },
    ...Object.entries(CHUNKS).map(chunkBuild),
    browserBuild,
];

const builds = [
    ...runtimeBuilds,
    {
        ...shared,
        entryPoints: { compare: 'src/webview/compare/main.ts', recommend: 'src/webview/recommend/main.ts', radar: 'src/webview/radar/main.ts' },
        outdir: 'dist/webview',
        format: 'iife',
        platform: 'browser',
        target: 'es2022',
    },
];

/**
 * zod's full API weighs some 450 KB; the catalog is validated at build time (src/build), so
 * the runtime must not carry it. Fails the build when any runtime output includes it.
 */
function rejectFullZod(results) {
    const full = /node_modules\/zod\/(?:v3|v4\/classic)\//;
    const offenders = results.flatMap(({ metafile }) =>
        Object.entries(metafile.outputs).filter(([, output]) => Object.keys(output.inputs).some((input) => full.test(input))).map(([file]) => file),
    );
    if (offenders.length > 0) {
        throw new Error(`zod's full API is in the runtime bundle (${offenders.join(', ')}): validate at build time, or use zod/mini or a plain check at run time.`);
    }
}

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

/** Writes the team file's JSON Schema (src/build/teamSchemaJson.ts) for package.json's `jsonValidation`. */
async function writeTeamSchema() {
    const tool = 'dist/.build/teamSchema.cjs';
    await esbuild.build({ entryPoints: ['src/build/teamSchemaJson.ts'], outfile: tool, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning' });
    const bytes = createRequire(import.meta.url)(`./${tool}`).writeTeamSchema();
    console.log(`team file schema: dist/schemas/team.schema.json ${(bytes / 1024).toFixed(1)} KB`);
}

// Chunks of an earlier build that no longer exist would otherwise ship.
rmSync('dist/chunks', { recursive: true, force: true });
copyCodicons();
await compileCatalog();
await writeTeamSchema();
if (watch) {
    for (const build of builds) {
        const context = await esbuild.context(build);
        await context.watch();
    }
    console.log('[watch] build started');
} else {
    const results = await Promise.all(builds.map((build) => esbuild.build(build)));
    rejectFullZod(results.slice(0, runtimeBuilds.length));
}
