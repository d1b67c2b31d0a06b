/**
 * One sample for activationBench.ts, run in a fresh Node process so that nothing is cached:
 * how long loading the bundled extension and calling `activate()` take, with a stand-in for
 * the `vscode` module that accepts every call. The real host adds its own overhead; this
 * isolates what our code costs. Prints one JSON line.
 */
import Module from 'node:module';
import * as path from 'node:path';

const REPO_ROOT = path.resolve(__dirname, '../../..');

/** Answers every property access, call and construction with itself. */
function acceptEverything(): unknown {
    const stub: unknown = new Proxy(function () {}, {
        get: (_target, property) => (property === 'then' ? undefined : stub),
        set: () => true,
        apply: () => stub,
        construct: () => stub as object,
    });
    return stub;
}

/**
 * The bundle copies the module's own properties (esbuild's ESM interop), so the stand-in
 * lists the namespaces and classes the extension touches; each accepts everything.
 */
const VSCODE_NAMES = [
    'commands', 'window', 'workspace', 'languages', 'env', 'extensions', 'Uri', 'EventEmitter', 'Disposable',
    'ThemeIcon', 'ThemeColor', 'MarkdownString', 'TreeItem', 'TreeItemCollapsibleState', 'Hover', 'Range', 'Position',
    'ViewColumn', 'StatusBarAlignment', 'ConfigurationTarget', 'QuickPickItemKind', 'QuickInputButtons', 'RelativePattern',
    'TabInputWebview', 'CancellationTokenSource', 'FileType', 'ExtensionMode',
];
const anything = acceptEverything();
const vscodeStub = Object.fromEntries(VSCODE_NAMES.map((name) => [name, anything]));
const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
(Module as unknown as { _load: typeof load })._load = (request, ...rest) => (request === 'vscode' ? vscodeStub : load(request, ...rest));

const context = {
    subscriptions: [] as unknown[],
    extensionPath: REPO_ROOT,
    extensionUri: anything,
};

const requireStarted = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const extension = require(path.join(REPO_ROOT, 'dist', 'extension.js')) as { activate(context: unknown): unknown };
const required = performance.now() - requireStarted;
const activateStarted = performance.now();
extension.activate(context);
const activated = performance.now() - activateStarted;
console.log(JSON.stringify({ required, activated, disposables: context.subscriptions.length }));
