/**
 * Installs and runs code-server (VS Code's own server and web workbench, from the npm
 * registry) as the extension host for our tests. VS Code desktop cannot be downloaded on our
 * CI machines; /work/shared notes record why each install step is needed.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './paths';

export const CODE_SERVER_VERSION = '4.100.3';
const CACHE_DIR = path.join(REPO_ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const PACKAGE_DIR = path.join(CACHE_DIR, 'node_modules', 'code-server');
const VSCODE_DIR = path.join(PACKAGE_DIR, 'lib', 'vscode');
const READY_MARKER = path.join(CACHE_DIR, '.ready');

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
    console.log(`[code-server setup] ${command} ${args.join(' ')}  (in ${path.relative(REPO_ROOT, cwd) || '.'})`);
    execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
}

/** Installs code-server into the git-ignored cache folder once; later calls return at once. */
export function ensureCodeServer(): string {
    if (existsSync(READY_MARKER)) {
        return PACKAGE_DIR;
    }
    const started = Date.now();
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(path.join(CACHE_DIR, 'package.json'), JSON.stringify({ private: true }));
    const npmFlags = ['--no-audit', '--no-fund', '--loglevel=error'];
    // Its postinstall refuses to run as root and downloads ripgrep from GitHub: do its steps by hand.
    run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', ...npmFlags], CACHE_DIR);
    run('npm', ['install', '--omit=dev', '--ignore-scripts', ...npmFlags], VSCODE_DIR);
    // @vscode/ripgrep's postinstall skips its download when bin/ exists; search uses Debian's rg.
    const ripgrepBin = path.join(VSCODE_DIR, 'node_modules', '@vscode', 'ripgrep', 'bin');
    mkdirSync(ripgrepBin, { recursive: true });
    if (existsSync('/usr/bin/rg') && !existsSync(path.join(ripgrepBin, 'rg'))) {
        symlinkSync('/usr/bin/rg', path.join(ripgrepBin, 'rg'));
    }
    // node-pty's install script calls `npx node-gyp`; answer its prompt.
    run('npm', ['rebuild', ...npmFlags], VSCODE_DIR, { npm_config_yes: 'true' });
    if (!existsSync(path.join(VSCODE_DIR, 'node_modules.asar'))) {
        symlinkSync('node_modules', path.join(VSCODE_DIR, 'node_modules.asar'));
    }
    run('npm', ['install', '--omit=dev', ...npmFlags], path.join(VSCODE_DIR, 'extensions'));
    run('npm', ['rebuild', 'argon2', ...npmFlags], CACHE_DIR);
    writeFileSync(READY_MARKER, new Date().toISOString());
    console.log(`[code-server setup] ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return PACKAGE_DIR;
}

export function freePort(): Promise<number> {
    return new Promise((resolve, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
        });
    });
}

export interface RunningCodeServer {
    readonly url: string;
    readonly port: number;
    /** Everything the server printed so far, for failure reports. */
    log(): string;
    /** Stops the server and everything it started, and removes its temporary folders. */
    stop(): Promise<void>;
}

export interface CodeServerOptions {
    /** Folder opened in the workbench. */
    readonly folder: string;
    /** Extra command-line arguments, e.g. `--install-extension`. */
    readonly extraArgs?: readonly string[];
    /** Extensions folder; a fresh temporary one by default. */
    readonly extensionsDir?: string;
    /**
     * `disabled` (the default) runs with `--disable-workspace-trust`, as most tests do;
     * `untrusted` keeps workspace trust on and opens the folder untrusted, in Restricted Mode,
     * as VS Code opens a folder a user just cloned.
     */
    readonly workspaceTrust?: WorkspaceTrust;
    /** Extra environment for the server and the extension host it starts. */
    readonly env?: NodeJS.ProcessEnv;
    /** User settings beyond the quiet defaults, e.g. `remote.extensionKind`. */
    readonly userSettings?: Readonly<Record<string, unknown>>;
    /** The workbench's display language (a tag such as `de`); English by default. See withDisplayLanguage. */
    readonly displayLanguage?: string;
}

export type WorkspaceTrust = 'disabled' | 'untrusted';

/**
 * Settings that keep the workbench from covering what the tests look at: our workspaces sit
 * inside this repository, which the Git extension would otherwise offer to open.
 */
const QUIET_SETTINGS = {
    'git.openRepositoryInParentFolders': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
};

/**
 * With trust on, a fresh user-data folder has trusted nothing, so the folder opens untrusted.
 * Without this setting the workbench would ask at startup, in a modal dialog covering the
 * window; a user who closes it lands in the same Restricted Mode.
 */
const UNTRUSTED_SETTINGS = {
    'security.workspace.trust.enabled': true,
    'security.workspace.trust.startupPrompt': 'never',
};

/**
 * `--locale` alone leaves the workbench in English: the server resolves a language only when a
 * language pack for it is registered in the user-data folder's languagepacks.json, and falls
 * back to English otherwise, which also sets `vscode.env.language` to "en". An empty pack (no
 * translations of VS Code's own strings, so those stay English) is enough for the language to
 * resolve, so extensions get it and load their package.nls.<language>.json and l10n bundle,
 * without downloading the real pack.
 */
function withDisplayLanguage(userDataDir: string, language: string): string[] {
    const translations = path.join(userDataDir, `empty-language-pack.${language}.json`);
    writeFileSync(translations, JSON.stringify({ contents: {} }));
    // The workbench lists a pack under its first extension's id, so the pack names one (none is installed).
    const extensions = [{ extensionIdentifier: { id: `test.empty-language-pack-${language}` }, version: '0.0.0' }];
    const packs = { [language]: { hash: `empty-${language}`, label: language, extensions, translations: { vscode: translations } } };
    writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
    return ['--locale', language];
}

/** A throwaway directory that is removed when the server stops. */
function tempDir(prefix: string): string {
    return mkdtempSync(path.join(os.tmpdir(), prefix));
}

function entryScript(): string {
    return path.join(PACKAGE_DIR, 'out', 'node', 'entry.js');
}

/** Runs code-server once with arguments that make it exit (e.g. `--install-extension`). */
export function codeServerCli(args: readonly string[], extensionsDir: string): string {
    const userDataDir = tempDir('stack-guide-cli-');
    try {
        return execFileSync(process.execPath, [entryScript(), '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args], {
            encoding: 'utf8',
            env: { ...process.env, XDG_CONFIG_HOME: userDataDir },
        });
    } finally {
        rmSync(userDataDir, { recursive: true, force: true });
    }
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
    ensureCodeServer();
    const port = await freePort();
    const userDataDir = tempDir('stack-guide-user-');
    mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    const trust = options.workspaceTrust ?? 'disabled';
    const settings = { ...QUIET_SETTINGS, ...(trust === 'untrusted' ? UNTRUSTED_SETTINGS : {}), ...options.userSettings };
    writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
    const extensionsDir = options.extensionsDir ?? tempDir('stack-guide-ext-');
    const child: ChildProcess = spawn(
        process.execPath,
        [
            entryScript(),
            '--auth', 'none',
            '--bind-addr', `127.0.0.1:${port}`,
            '--disable-telemetry',
            '--disable-update-check',
            ...(trust === 'disabled' ? ['--disable-workspace-trust'] : []),
            '--disable-getting-started-override',
            '--user-data-dir', userDataDir,
            '--extensions-dir', extensionsDir,
            ...(options.displayLanguage ? withDisplayLanguage(userDataDir, options.displayLanguage) : []),
            ...(options.extraArgs ?? []),
            options.folder,
        ],
        // Its own process group, so stopping it also stops the extension host it spawns.
        { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env, XDG_CONFIG_HOME: userDataDir } },
    );
    let output = '';
    const ready = new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer): void => {
            output += chunk.toString();
            if (output.includes('HTTP server listening')) {
                resolve();
            }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        child.once('exit', (code) => reject(new Error(`code-server exited early (code ${code}):\n${output}`)));
        setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${output}`)), 60_000).unref();
    });

    const stop = async (): Promise<void> => {
        if (child.exitCode === null && child.pid !== undefined) {
            const exited = new Promise((resolve) => child.once('exit', resolve));
            try {
                process.kill(-child.pid, 'SIGTERM');
            } catch {
                // Already gone.
            }
            const timer = setTimeout(() => {
                try {
                    process.kill(-child.pid!, 'SIGKILL');
                } catch {
                    // Already gone.
                }
            }, 5_000);
            await exited;
            clearTimeout(timer);
        }
        rmSync(userDataDir, { recursive: true, force: true });
        if (!options.extensionsDir) {
            rmSync(extensionsDir, { recursive: true, force: true });
        }
    };

    try {
        await ready;
    } catch (error) {
        await stop();
        throw error;
    }
    return { url: `http://127.0.0.1:${port}/`, port, log: () => output, stop };
}
