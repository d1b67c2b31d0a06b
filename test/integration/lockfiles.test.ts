import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { activateExtension } from './helpers';

const LOCKS = path.resolve(__dirname, '../../../test/fixtures/workspace/locks');

/** Our hover on `needle` in `file`, with Markdown's escapes removed: the text a user reads. */
async function hoverText(file: string, needle: string): Promise<string> {
    const document = await vscode.workspace.openTextDocument(path.join(LOCKS, file));
    const offset = document.getText().indexOf(needle);
    assert.ok(offset >= 0, `${needle} is not in ${file}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 1));
    const ours = hovers
        .flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)))
        .find((text) => /\[(?:npm|PyPI|RubyGems)\]\(https:/.test(text));
    assert.ok(ours, `no Stack Guide hover on ${needle} in ${file}`);
    return ours.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:$])/g, '$1');
}

/**
 * Hovers until the lockfile has been read (a first hover may say it is still being read) and
 * gives the lockfile's line; fails with the last hover's text after `waitMs`.
 */
async function lockedLine(file: string, needle: string, waitMs = 90_000): Promise<string> {
    const until = Date.now() + waitMs;
    let text = '';
    while (Date.now() < until) {
        text = await hoverText(file, needle);
        const line = /^(?:Locked|Not in).*$/m.exec(text)?.[0];
        if (line !== undefined && !line.includes('still reading')) {
            return line;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return assert.fail(`the hover on ${needle} in ${file} never showed the lockfile:\n${text}`);
}

describe('lockfiles: locked versions in hovers and the review', function () {
    // Each hover also waits for VS Code's own npm hover, which asks the registry: seconds on a busy machine.
    this.timeout(180_000);

    before(async () => {
        await activateExtension();
        // The hover suite's benchmark turns our hover off while it measures VS Code's own; if it
        // ran past its timeout it may still be measuring: wait for it to turn ours back on.
        const settings = (): boolean | undefined => vscode.workspace.getConfiguration('stackGuide.hover').get<boolean>('enabled');
        for (let waited = 0; waited < 120_000 && settings() === false; waited += 500) {
            await new Promise((resolve) => setTimeout(resolve, 500));
        }
        assert.notEqual(settings(), false, 'Stack Guide hovers are still turned off');
    });

    const cases: [file: string, needle: string, expected: RegExp][] = [
        ['npm/package.json', '"express"', /^Locked: 4\.18\.2 \(package-lock\.json\) · latest 5\.3\.0 as of 2026-11: 1 major behind$/],
        ['shrinkwrap/package.json', '"mongoose"', /^Locked: 8\.1\.0 \(npm-shrinkwrap\.json\) · latest 9\.12\.1 as of 2026-11: 1 major behind$/],
        ['yarn-classic/package.json', '"ansi-styles"', /^Locked: 4\.3\.0 \(yarn\.lock\) · latest 7\.0\.0 as of 2026-11: 3 majors behind$/],
        ['yarn-berry/packages/web/package.json', '"typescript"', /^Locked: 5\.4\.5 \(yarn\.lock\) · latest 7\.0\.2 as of 2026-11: 2 majors behind$/],
        ['pnpm/packages/web/package.json', '"mongoose"', /^Locked: 7\.6\.3 \(pnpm-lock\.yaml\) · latest 9\.12\.1 as of 2026-11: 2 majors behind$/],
        ['bun/package.json', '"typescript"', /^Locked: 5\.4\.5 \(bun\.lock\) · latest 7\.0\.2 as of 2026-11: 2 majors behind$/],
        ['bundler/Gemfile', '"nokogiri"', /^Locked: 1\.16\.0 \(x86_64-linux builds\) \(Gemfile\.lock\)$/],
        ['poetry/pyproject.toml', 'requests', /^Locked: 2\.31\.0 \(poetry\.lock\) · latest 2\.34\.2 as of 2026-11: behind within its major version$/],
        ['uv/pyproject.toml', 'fastapi', /^Locked: 0\.111\.0 \(uv\.lock\) · latest 0\.163\.2 as of 2026-11: behind within its major version$/],
        ['pdm/pyproject.toml', 'httpx', /^Locked: 0\.27\.0 \(pdm\.lock\) · latest 0\.28\.1 as of 2026-11: behind within its major version$/],
        ['pipenv/Pipfile', 'aiohttp', /^Locked: 3\.9\.5 \(Pipfile\.lock\) · latest 3\.14\.5 as of 2026-11: behind within its major version$/],
    ];
    for (const [file, needle, expected] of cases) {
        it(`shows the version ${path.basename(path.dirname(file.replace(/packages\/web\//, '')))}'s lockfile locks, in ${file}`, async () => {
            const line = await lockedLine(file, needle);
            assert.match(line, expected, line);
        });
    }

    it('flags a locked version outside the constraint', async () => {
        await lockedLine('npm/package.json', '"jsonwebtoken"');
        assert.match(await hoverText('npm/package.json', '"jsonwebtoken"'), /^\$\(warning\) \*\*The lockfile is out of date\*\*: the locked version is outside \^10\.0\.0\./m);
    });

    it('reads the lockfile again when it changes', async () => {
        const lockUri = vscode.Uri.file(path.join(LOCKS, 'edited/package-lock.json'));
        const original = await vscode.workspace.fs.readFile(lockUri);
        assert.match(await lockedLine('edited/package.json', '"ansi-styles"'), /^Locked: 4\.2\.1 \(package-lock\.json\)/);
        try {
            const edited = new TextDecoder().decode(original).replace('"version": "4.2.1"', '"version": "4.3.0"');
            await vscode.workspace.fs.writeFile(lockUri, new TextEncoder().encode(edited));
            let line = '';
            for (let attempt = 0; attempt < 120 && !line.includes('4.3.0'); attempt++) {
                await new Promise((resolve) => setTimeout(resolve, 250));
                line = await lockedLine('edited/package.json', '"ansi-styles"');
            }
            assert.match(line, /^Locked: 4\.3\.0 \(package-lock\.json\)/);
        } finally {
            await vscode.workspace.fs.writeFile(lockUri, original);
        }
    });

    it('answers the first hover beside a 50 MB package-lock.json at once, then with its version (prints the latency)', async function () {
        this.timeout(300_000);
        const folder = vscode.Uri.file(path.join(LOCKS, 'generated-50mb'));
        await vscode.workspace.fs.createDirectory(folder);
        try {
            const manifest = JSON.stringify({ name: 'big', dependencies: { 'pkg-1': '^1.1.1' } }, null, 2);
            // Written by a child process: 50 MB of text built in this host would block what is measured.
            const writer = path.resolve(__dirname, '../bench/writeLargeLock.js');
            await promisify(execFile)(process.execPath, [writer, path.join(folder.fsPath, 'package-lock.json'), '50'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
            await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'package.json'), new TextEncoder().encode(manifest));
            // The same hover with no lockfile first, for comparison: the npm extension answers on package.json too.
            const baselineStart = performance.now();
            await hoverText('npm/package.json', '"express"');
            const baseline = performance.now() - baselineStart;
            const started = performance.now();
            const first = await hoverText('generated-50mb/package.json', '"pkg-1"');
            const latency = performance.now() - started;
            console.log(`      first hover beside a 50 MB package-lock.json: ${latency.toFixed(0)} ms (a hover with its lockfile already read: ${baseline.toFixed(0)} ms)`);
            assert.match(first, /^Locked: (?:still reading package-lock\.json|1\.1\.1 \(package-lock\.json\))/m);
            assert.match(await lockedLine('generated-50mb/package.json', '"pkg-1"', 240_000), /^Locked: 1\.1\.1 \(package-lock\.json\)$/);
        } finally {
            await vscode.workspace.fs.delete(folder, { recursive: true });
        }
    });

    it('lists dependencies behind by a major version and out-of-date lockfiles in the review, each at its manifest line', async () => {
        const api = await activateExtension();
        const folder = vscode.workspace.workspaceFolders?.[0];
        assert.ok(folder);
        const review = await api.review(vscode.Uri.joinPath(folder.uri, 'locks'));
        const behind = review.locks?.behind.map((finding) => `${finding.package} ${finding.locked} → ${finding.latest} (${finding.majors}) ${finding.location.path}`) ?? [];
        assert.ok(behind.includes('express 4.18.2 → 5.3.0 (1) locks/npm/package.json'), behind.join('\n'));
        assert.ok(behind.includes('typescript 5.4.5 → 7.0.2 (2) locks/yarn-berry/packages/web/package.json'), behind.join('\n'));
        const majors = review.locks?.behind.map((finding) => finding.majors) ?? [];
        assert.deepEqual(majors, [...majors].sort((a, b) => b - a));
        const outdated = review.locks?.outdated.find((finding) => finding.package === 'jsonwebtoken');
        assert.ok(outdated);
        const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(outdated.location.uri));
        const start = new vscode.Position(outdated.location.line, outdated.location.character);
        assert.equal(document.getText(new vscode.Range(start, start.translate(0, outdated.location.length))), 'jsonwebtoken');
    });
});
