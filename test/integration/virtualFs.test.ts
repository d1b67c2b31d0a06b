import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, type TestedApi } from './helpers';

/**
 * A file system that lives only in memory, under its own scheme: what github.dev and
 * vscode.dev give an extension instead of the disk. Stack Guide must read manifests and
 * lockfiles there through `workspace.fs`, never through Node's `fs`, which cannot see them.
 */
class MemoryFileSystem implements vscode.FileSystemProvider {
    private readonly files = new Map<string, Uint8Array>();
    private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
    readonly onDidChangeFile = this.changed.event;

    watch(): vscode.Disposable {
        return new vscode.Disposable(() => undefined);
    }

    stat(uri: vscode.Uri): vscode.FileStat {
        const file = this.files.get(uri.path);
        if (file) {
            return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: file.byteLength };
        }
        if ([...this.files.keys()].some((path) => path.startsWith(`${uri.path.replace(/\/$/, '')}/`))) {
            return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
        }
        throw vscode.FileSystemError.FileNotFound(uri);
    }

    readDirectory(uri: vscode.Uri): [string, vscode.FileType][] {
        const prefix = `${uri.path.replace(/\/$/, '')}/`;
        const children = new Map<string, vscode.FileType>();
        for (const path of this.files.keys()) {
            if (path.startsWith(prefix)) {
                const [name, ...rest] = path.slice(prefix.length).split('/');
                children.set(name!, rest.length > 0 ? vscode.FileType.Directory : vscode.FileType.File);
            }
        }
        return [...children];
    }

    readFile(uri: vscode.Uri): Uint8Array {
        const file = this.files.get(uri.path);
        if (!file) {
            throw vscode.FileSystemError.FileNotFound(uri);
        }
        return file;
    }

    writeFile(uri: vscode.Uri, content: Uint8Array): void {
        this.files.set(uri.path, content);
        this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
    }

    createDirectory(): void {
        // Folders exist as soon as a file is written under them.
    }

    delete(uri: vscode.Uri): void {
        this.files.delete(uri.path);
    }

    rename(): void {
        throw vscode.FileSystemError.NoPermissions('read-only test file system');
    }
}

const SCHEME = 'stackguide-memfs';

/** Our hover's text at the first occurrence of `needle`, escapes removed. */
async function stackGuideHover(uri: vscode.Uri, needle: string): Promise<string> {
    const document = await vscode.workspace.openTextDocument(uri);
    const offset = document.getText().indexOf(needle);
    assert.ok(offset >= 0, `${needle} is not in ${uri.toString()}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, document.positionAt(offset + 1));
    const texts = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value)));
    const ours = texts.find((text) => /Stack Guide/.test(text));
    assert.ok(ours, `no Stack Guide hover on ${needle} in ${uri.toString()}`);
    return ours.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:$])/g, '$1');
}

/** The hover once the lockfile has been read: the first may say it is still reading. */
async function settledHover(uri: vscode.Uri, needle: string): Promise<string> {
    const until = Date.now() + 60_000;
    let text = await stackGuideHover(uri, needle);
    while (/still reading/.test(text) && Date.now() < until) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        text = await stackGuideHover(uri, needle);
    }
    return text;
}

describe('Virtual file system: hovers and the review read through workspace.fs', function () {
    // Each hover also waits for VS Code's own npm hover: seconds on a busy machine.
    this.timeout(180_000);
    let api: TestedApi;
    let registration: vscode.Disposable;
    const memory = new MemoryFileSystem();

    /** Copies a fixture file from the workspace on disk into the memory file system. */
    async function copyFixture(from: string, to: string): Promise<vscode.Uri> {
        const folder = vscode.workspace.workspaceFolders?.[0];
        assert.ok(folder, 'the tests run with test/fixtures/workspace open');
        const target = vscode.Uri.from({ scheme: SCHEME, path: to });
        memory.writeFile(target, await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, from)));
        return target;
    }

    before(async () => {
        api = await activateExtension();
        registration = vscode.workspace.registerFileSystemProvider(SCHEME, memory, { isCaseSensitive: true });
    });

    after(() => registration.dispose());

    it('reviews a virtual folder that has no search provider, finding its manifests and lockfiles by listing folders', async () => {
        await copyFixture('locks/npm/package.json', '/review/api/package.json');
        await copyFixture('locks/npm/package-lock.json', '/review/api/package-lock.json');
        await copyFixture('Gemfile', '/review/site/Gemfile');
        await copyFixture('package.json', '/review/api/node_modules/express/package.json');
        const review = await api.review(vscode.Uri.from({ scheme: SCHEME, path: '/review' }));
        assert.deepEqual(review.manifests.map((manifest) => manifest.uri).sort(), [
            `${SCHEME}:/review/api/package.json`,
            `${SCHEME}:/review/site/Gemfile`,
        ]);
        assert.ok(review.projects.some((project) => project.frameworks.includes('express')), JSON.stringify(review.projects));
        // The lockfiles are found the same way: express 4.18.2 is locked, a major version behind.
        assert.deepEqual(review.locks?.behind.map((finding) => finding.package), ['express']);
    });

    it('hovers a package.json dependency with its catalog entry and the version package-lock.json locks', async () => {
        const manifest = await copyFixture('locks/npm/package.json', '/shop/package.json');
        await copyFixture('locks/npm/package-lock.json', '/shop/package-lock.json');
        const text = await settledHover(manifest, '"express"');
        assert.match(text, /\*\*Express\*\*/);
        assert.match(text, /^Locked: 4\.18\.2 \(package-lock\.json\)/m);
    });

    it('hovers a Gemfile dependency with the version Gemfile.lock locks', async () => {
        const manifest = await copyFixture('locks/bundler/Gemfile', '/blog/Gemfile');
        await copyFixture('locks/bundler/Gemfile.lock', '/blog/Gemfile.lock');
        const text = await settledHover(manifest, '"puma"');
        assert.match(text, /\*\*Puma\*\*/);
        assert.match(text, /^Locked: 6\.4\.2 \(Gemfile\.lock\)/m);
    });

    it('gives no lock line when the virtual folder has no lockfile, and still answers from the catalog', async () => {
        const manifest = await copyFixture('requirements.txt', '/tool/requirements.txt');
        const text = await stackGuideHover(manifest, 'Django');
        assert.match(text, /\*\*Django\*\*/);
        assert.doesNotMatch(text, /Locked:/);
    });
});
