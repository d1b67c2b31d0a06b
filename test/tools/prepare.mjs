#!/usr/bin/env node
/**
 * `npm test` and `npm start` run this first, so that either works as the first command after
 * cloning. It installs what is missing and changes nothing when all is in place:
 *   - the node modules, with `npm ci`, when node_modules is absent or older than package-lock.json;
 *   - the Debian packages the host needs: Chromium drives the workbench in the tests, ripgrep
 *     serves code-server's search, and libkrb5-dev lets code-server's kerberos module build.
 * As root it installs them with apt-get; otherwise it prints the one command to run and fails.
 *
 * Plain Node without dependencies: it runs before anything is installed.
 *
 * Usage: node test/tools/prepare.mjs test|start
 */
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, lstatSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const MIN_NODE_MAJOR = 20;

/** Runs a command with the terminal attached; true when it exits with 0. */
function run(command, args, options = {}) {
    const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: 'inherit', ...options });
    return result.status === 0;
}

/** True when `command` runs at all (it is on PATH). */
function hasCommand(command) {
    return spawnSync(command, ['--version'], { stdio: 'ignore' }).error === undefined;
}

function debianPackageInstalled(name) {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Each Debian package the task needs, with how to tell it is there. Paths match test/host/. */
function debianNeeds(task) {
    const chromium = { name: 'chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') };
    const ripgrep = { name: 'ripgrep', present: () => existsSync('/usr/bin/rg') };
    const kerberos = { name: 'libkrb5-dev', present: () => debianPackageInstalled('libkrb5-dev') };
    if (task === 'test') {
        return [chromium, ripgrep, kerberos];
    }
    // `npm start` opens VS Code desktop when `code` is on PATH, and code-server only otherwise.
    const usesCodeServer = process.env.STACK_GUIDE_USE_CODE_SERVER || !hasCommand('code');
    return usesCodeServer ? [ripgrep, kerberos] : [];
}

function fail(message) {
    console.error(`\n${message}\n`);
    process.exit(1);
}

function checkNode() {
    const major = Number(process.versions.node.split('.')[0]);
    if (major < MIN_NODE_MAJOR) {
        fail(`Stack Guide needs Node.js ${MIN_NODE_MAJOR} or newer; this is Node.js ${process.versions.node}.`);
    }
}

function installDebianPackages(task) {
    const missing = debianNeeds(task).filter((need) => !need.present()).map((need) => need.name);
    if (missing.length === 0) {
        return;
    }
    const install = ['install', '-y', '--no-install-recommends', ...missing];
    const isRoot = process.getuid?.() === 0;
    if (!isRoot || !hasCommand('apt-get')) {
        fail(
            `npm ${task} needs these Debian packages, which are missing: ${missing.join(', ')}.\n` +
                `Install them with:\n\n    sudo apt-get update && sudo apt-get ${install.join(' ')}\n\nthen run npm ${task} again.`,
        );
    }
    console.log(`Installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (!run('apt-get', ['update', '-qq'], { env }) || !run('apt-get', ['-qq', ...install], { env })) {
        fail(`apt-get could not install ${missing.join(', ')}.`);
    }
}

/** npm writes node_modules/.package-lock.json on every install: older than the lock means stale. */
function nodeModulesStale() {
    const marker = path.join(REPO_ROOT, 'node_modules', '.package-lock.json');
    if (!existsSync(marker)) {
        return true;
    }
    return statSync(marker).mtimeMs < statSync(path.join(REPO_ROOT, 'package-lock.json')).mtimeMs;
}

function installNodeModules() {
    if (!nodeModulesStale()) {
        return;
    }
    const link = path.join(REPO_ROOT, 'node_modules');
    if (existsSync(link) && lstatSync(link).isSymbolicLink()) {
        // `npm ci` empties node_modules first: through a link it would wipe another checkout's install.
        console.warn('node_modules is a link to another folder and older than package-lock.json: run `npm ci` where it lives.');
        return;
    }
    console.log('Installing node modules (npm ci)…');
    if (!run('npm', ['ci', '--no-audit', '--no-fund'])) {
        fail('npm ci failed; see its output above.');
    }
}

const task = process.argv[2];
if (task !== 'test' && task !== 'start') {
    fail('Usage: node test/tools/prepare.mjs test|start');
}
checkNode();
installDebianPackages(task);
installNodeModules();
