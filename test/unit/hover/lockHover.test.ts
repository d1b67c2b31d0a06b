import * as assert from 'node:assert/strict';
import { english } from '../../../src/core/text/l10n';
import { DependencyHoverService, NEEDS_REGISTRY, type HoverLock, type HoverRequest } from '../../../src/core/hover/hoverService';
import { lockedSection } from '../../../src/core/hover/lockHover';
import { LockTable, lockedPackage } from '../../../src/core/lockfiles/lockTypes';
import { parseLockfile } from '../../../src/core/lockfiles/parseLockfile';
import { RegistryTiers } from '../../../src/core/registry/tiers';
import { readLockFixture } from '../lockfiles/lockFixtures';
import { loadTiers } from '../registry/loadTiers';

/** Markdown's backslash escapes removed: the text a user reads. */
const unescaped = (markdown: string): string => markdown.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:$])/g, '$1');

function lockOf(fixture: string, member = ''): HoverLock {
    const { lock, text } = readLockFixture(fixture);
    return { state: parseLockfile(lock, text), member };
}

/** The hover on `needle`, asked as the host asks: the registry data only once the service wants it. */
async function hoverOn(fileName: string, text: string, needle: string, lock: HoverLock | undefined): Promise<string> {
    const { catalog, families, indexes } = await loadTiers();
    const hovers = new DependencyHoverService(catalog, english);
    const request: HoverRequest = { key: `${fileName}:${needle}`, version: 1, fileName, offset: text.indexOf(needle) + 1, text: () => text, showUnknownPackages: true, ...(lock ? { lock } : {}) };
    const first = hovers.hover(request);
    const answer = first === NEEDS_REGISTRY ? hovers.hover({ ...request, registry: new RegistryTiers(catalog, families, indexes) }) : first;
    assert.ok(answer && answer !== NEEDS_REGISTRY, `no hover on ${needle}`);
    return unescaped(answer.markdown);
}

const packageJson = (dependencies: Record<string, string>): string => JSON.stringify({ name: 'app', dependencies }, null, 2);

describe('hovers: locked versions', () => {
    it('shows the locked version and how far behind the index\'s latest it is, with the index\'s date', async () => {
        const text = await hoverOn('package.json', packageJson({ express: '^4.18.2' }), '"express"', lockOf('npm-v2.package-lock.json.fixture'));
        assert.match(text, /^Locked: 4\.18\.2 \(package-lock\.json\) · latest 5\.3\.0 as of 2026-11: 1 major behind$/m);
        assert.doesNotMatch(text, /out of date/);
    });

    it('asks for the registry data even on a curated entry once a lockfile is read, to measure it', async () => {
        const { catalog } = await loadTiers();
        const text = packageJson({ express: '^4.18.2' });
        const hovers = new DependencyHoverService(catalog, english);
        const base: HoverRequest = { key: 'k', version: 1, fileName: 'package.json', offset: text.indexOf('express') + 1, text: () => text, showUnknownPackages: true };
        assert.notEqual(hovers.hover(base), NEEDS_REGISTRY);
        assert.equal(hovers.hover({ ...base, lock: lockOf('npm-v2.package-lock.json.fixture') }), NEEDS_REGISTRY);
    });

    it('uses the workspace member\'s own resolution, and resolves an alias by its key', async () => {
        const manifest = packageJson({ react: '^17.0.2', 'http-client': 'npm:axios@^1.6.0' });
        const lock = lockOf('pnpm-v9-workspace.pnpm-lock.yaml.fixture', 'packages/web');
        assert.match(await hoverOn('package.json', manifest, '"react"', lock), /^Locked: 17\.0\.2 \(pnpm-lock\.yaml\) · latest 19\.3\.1 as of 2026-11: 2 majors behind$/m);
        assert.match(await hoverOn('package.json', manifest, '"http-client"', lock), /^Locked: 1\.7\.2 \(pnpm-lock\.yaml\) · latest 1\.21\.1 as of 2026-11: behind within its major version$/m);
    });

    it('flags a locked version outside the constraint: the lockfile is out of date', async () => {
        const text = await hoverOn('package.json', packageJson({ express: '^5.0.0' }), '"express"', lockOf('npm-v2.package-lock.json.fixture'));
        assert.match(text, /^Locked: 4\.18\.2 \(package-lock\.json\)/m);
        assert.match(text, /^\$\(warning\) \*\*The lockfile is out of date\*\*: the locked version is outside \^5\.0\.0\. Run the install again to update package-lock\.json\.$/m);
    });

    it('says up to date, and names Git and platform-specific locks as such', async () => {
        const pipfile = '[packages]\nhttpx = "*"\ntoolbox = {git = "https://github.com/acme/toolbox.git"}\n';
        const pdm = lockOf('pdm.lock.fixture');
        // The index's latest httpx is 0.28.1; a lock of 0.28.1 is up to date.
        const table = new LockTable('pdm', 'pypi', { recordsMembers: false });
        table.addPackage('httpx', lockedPackage('0.28.1'));
        const current: HoverLock = { state: { kind: 'read', fileName: 'pdm.lock', index: table }, member: '' };
        assert.match(await hoverOn('Pipfile', pipfile, 'httpx', current), /^Locked: 0\.28\.1 \(pdm\.lock\) · up to date as of 2026-11$/m);
        assert.match(await hoverOn('Pipfile', pipfile, 'toolbox', pdm), /^Locked: 1\.4\.0 from Git \(pdm\.lock\)$/m);
        const gemfile = 'source "https://rubygems.org"\ngem "nokogiri", "~> 1.16"\n';
        assert.match(await hoverOn('Gemfile', gemfile, 'nokogiri', lockOf('Gemfile.lock.fixture')), /^Locked: 1\.16\.0 \(arm64-darwin, x86_64-linux builds\) \(Gemfile\.lock\)$/m);
    });

    it('says when the lockfile lacks the dependency, is too large, unreadable, or still being read', async () => {
        const manifest = packageJson({ express: '^4.18.2' });
        assert.match(await hoverOn('package.json', packageJson({ koa: '^2' }), '"koa"', lockOf('pnpm-v6.pnpm-lock.yaml.fixture')), /^Not in pnpm-lock\.yaml\.$/m);
        const states: [HoverLock['state'], RegExp][] = [
            [{ kind: 'too-large', fileName: 'package-lock.json', bytes: 80 * 1024 * 1024 }, /^Locked: package-lock\.json is too large to read \(80 MB\)\.$/m],
            [{ kind: 'unreadable', fileName: 'yarn.lock' }, /^Locked: yarn\.lock could not be read\.$/m],
            [{ kind: 'reading', fileName: 'bun.lock' }, /^Locked: still reading bun\.lock; hover again in a moment\.$/m],
        ];
        for (const [state, expected] of states) {
            assert.match(await hoverOn('package.json', manifest, '"express"', { state, member: '' }), expected);
        }
    });

    it('escapes every lockfile string', () => {
        const hostile = '[x](command:evil) *y* <img>';
        const markdown = lockedSection({ lockfile: hostile, locked: [lockedPackage(hostile, undefined, hostile)], satisfies: false, latest: { version: hostile, asOf: '2026-11-30' }, standing: { kind: 'behind', majors: 1 } }, hostile, english);
        assert.doesNotMatch(markdown, /\[x\]\(command|<img>|\*y\*/);
        assert.match(markdown, /\\\[x\\\]\\\(command/);
    });
});
