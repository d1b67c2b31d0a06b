import * as assert from 'node:assert/strict';
import { manifestFormatOf } from '../../../src/core/manifests/manifestFiles';
import { walkForFiles, type ListFolder, type WalkLimits, type WalkResult } from '../../../src/core/manifests/walkFolders';

/** A folder tree from file paths; listing a path that is not a folder fails, as a file system does. */
function tree(files: readonly string[], listed: string[] = []): ListFolder {
    return (folder) => {
        listed.push(folder);
        const prefix = folder === '' ? '' : `${folder}/`;
        const children = new Map<string, boolean>();
        for (const file of files.filter((path) => path.startsWith(prefix))) {
            const [name, ...rest] = file.slice(prefix.length).split('/');
            children.set(name!, rest.length > 0);
        }
        return children.size === 0 ? Promise.reject(new Error(`ENOENT ${folder}`)) : Promise.resolve([...children]);
    };
}

const never = (): boolean => false;
const isManifest = (path: string): boolean => manifestFormatOf(path) !== undefined;
const walkForManifests = (list: ListFolder, limits: WalkLimits, isCancelled: () => boolean): Promise<WalkResult> => walkForFiles(list, isManifest, limits, isCancelled);

describe('walkForFiles', () => {
    it('finds manifests of every format at any depth and passes over other files', async () => {
        const result = await walkForManifests(
            tree(['package.json', 'README.md', 'apps/web/package.json', 'apps/api/requirements/base.txt', 'gems/x/x.gemspec', 'py/pyproject.toml']),
            { maxFiles: 100, maxFolders: 100 },
            never,
        );
        assert.deepEqual(result.files.sort(), ['apps/api/requirements/base.txt', 'apps/web/package.json', 'gems/x/x.gemspec', 'package.json', 'py/pyproject.toml']);
        assert.equal(result.truncated, false);
    });

    it('never enters dependency, build or version-control folders', async () => {
        const listed: string[] = [];
        const result = await walkForManifests(tree(['package.json', 'node_modules/a/package.json', 'vendor/bundle/Gemfile', '.git/x', 'dist/package.json'], listed), { maxFiles: 100, maxFolders: 100 }, never);
        assert.deepEqual(result.files, ['package.json']);
        assert.deepEqual(listed, ['']);
    });

    it('finds whatever the test accepts, such as a virtual environment\'s marker', async () => {
        const result = await walkForFiles(tree(['env/pyvenv.cfg', 'env/lib/requirements.txt', 'requirements.txt']), (path) => path.endsWith('pyvenv.cfg'), { maxFiles: 100, maxFolders: 100 }, never);
        assert.deepEqual(result.files, ['env/pyvenv.cfg']);
    });

    it('stops at the folder limit and says the walk is partial', async () => {
        const result = await walkForManifests(tree(['a/package.json', 'b/package.json', 'c/package.json']), { maxFiles: 100, maxFolders: 2 }, never);
        assert.deepEqual(result.files, ['a/package.json']);
        assert.equal(result.truncated, true);
    });

    it('stops at the manifest limit', async () => {
        const result = await walkForManifests(tree(['package.json', 'Gemfile', 'a/Pipfile']), { maxFiles: 2, maxFolders: 100 }, never);
        assert.equal(result.files.length, 2);
    });

    it('passes over a folder that cannot be listed and stops when cancelled', async () => {
        const failing: ListFolder = (folder) => (folder === 'broken' ? Promise.reject(new Error('EACCES')) : tree(['broken/x/package.json', 'ok/Gemfile'])(folder));
        assert.deepEqual((await walkForManifests(failing, { maxFiles: 100, maxFolders: 100 }, never)).files, ['ok/Gemfile']);
        assert.deepEqual((await walkForManifests(failing, { maxFiles: 100, maxFolders: 100 }, () => true)).files, []);
    });
});
