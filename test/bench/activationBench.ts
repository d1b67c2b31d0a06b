/**
 * Part of `npm run bench`: what the runtime bundle weighs and what loading it costs. Prints the
 * size of dist/extension.js, of each lazily loaded chunk and of the webview's script and styles,
 * then times `require` + `activate()` in separate Node processes (activationProcess.ts), since
 * only a fresh process shows the cost a user pays. Prints figures; asserts nothing about them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { minMedianMax } from './minMedianMax';

const REPO_ROOT = path.resolve(__dirname, '../../..');
const PROCESSES = 15;

interface Sample {
    readonly required: number;
    readonly activated: number;
    readonly disposables: number;
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The files in `folder` (relative to the repository) whose names end with one of `endings`. */
function filesIn(folder: string, endings: readonly string[]): string[] {
    const absolute = path.join(REPO_ROOT, folder);
    if (!existsSync(absolute)) {
        return [];
    }
    return readdirSync(absolute)
        .filter((name) => endings.some((ending) => name.endsWith(ending)))
        .sort()
        .map((name) => path.join(folder, name));
}

function printSizes(): void {
    const size = (file: string): number => statSync(path.join(REPO_ROOT, file)).size;
    const chunks = filesIn(path.join('dist', 'chunks'), ['.js']);
    const runtime = ['dist/extension.js', ...chunks];
    for (const file of runtime) {
        console.log(`size: ${file} ${kb(size(file))}`);
    }
    const total = runtime.reduce((sum, file) => sum + size(file), 0);
    console.log(`size: extension runtime in all (${runtime.length} files) ${kb(total)}, plus dist/catalog.json ${kb(size('dist/catalog.json'))}`);
    // VS Code for the Web loads one file with every chunk inlined (esbuild.mjs).
    console.log(`size: browser runtime dist/web/extension.js ${kb(size('dist/web/extension.js'))} (Node: ${kb(total)} in ${runtime.length} files)`);
    // The comparison page's own assets; the codicon font is a shared asset, not ours.
    const webview = [...filesIn(path.join('dist', 'webview'), ['.js', '.css']), ...filesIn('media', ['.css'])];
    const webviewTotal = webview.reduce((sum, file) => sum + size(file), 0);
    console.log(`size: webview ${kb(webviewTotal)} (${webview.map((file) => `${file} ${kb(size(file))}`).join(', ')})`);
}

function spread(label: string, values: readonly number[], digits: number): string {
    return `${label} ${minMedianMax(values, digits)}`;
}

function printActivation(): void {
    const child = path.join(__dirname, 'activationProcess.js');
    const samples: Sample[] = [];
    for (let run = 0; run < PROCESSES; run += 1) {
        const output = execFileSync(process.execPath, [child], { encoding: 'utf8' });
        samples.push(JSON.parse(output.trim().split('\n').pop()!) as Sample);
    }
    console.log(
        `activation over ${PROCESSES} processes: ` +
            [
                spread('require', samples.map((sample) => sample.required), 1),
                spread('activate()', samples.map((sample) => sample.activated), 2),
                spread('both', samples.map((sample) => sample.required + sample.activated), 1),
            ].join('; ') +
            `; ${samples[0]!.disposables} disposables registered`,
    );
}

printSizes();
printActivation();
