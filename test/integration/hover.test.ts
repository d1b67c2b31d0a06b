import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

const HOVERS = path.resolve(__dirname, '../../../test/fixtures/workspace/hovers');

/** The text of every hover VS Code would show at the first occurrence of `needle` (plus `shift`). */
async function hoversAt(file: string, needle: string, shift = 1): Promise<string[]> {
    const document = await vscode.workspace.openTextDocument(path.join(HOVERS, file));
    const offset = document.getText().indexOf(needle);
    assert.ok(offset >= 0, `${needle} is not in ${file}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        document.uri,
        document.positionAt(offset + shift),
    );
    return hovers.flatMap((hover) =>
        hover.contents.map((content) => (typeof content === 'string' ? content : content.value)),
    );
}

/**
 * Our hover among all providers' (the built-in npm extension answers on package.json too): the
 * one with our link to the package's registry page, or that says the package is not from the
 * registry. Markdown's backslash escapes are removed so assertions read as the text a user sees.
 */
async function stackGuideHover(file: string, needle: string, shift = 1): Promise<string | undefined> {
    return (await hoversAt(file, needle, shift))
        .find((text) => /\[(?:npm|PyPI|RubyGems)\]\(https:|, not from the registry/.test(text))
        ?.replace(/\\([\\`*_{}[\]()<>#+\-.!|~&:$])/g, '$1');
}

describe('dependency hovers', () => {
    before(async () => {
        await activateExtension();
    });

    it('describes a catalog entry in package.json compactly: headline, summary, constraint in words, one row of links', async () => {
        const hover = await stackGuideHover('package.json', '"express"');
        assert.ok(hover, 'no Stack Guide hover on express');
        const lines = hover.split('\n\n');
        assert.equal(lines.length, 4, hover);
        assert.match(lines[0]!, /^\*\*Express\*\* — web framework · MIT · first released 2010$/);
        assert.equal(lines[2], 'Version ^4.18.2: any 4.x version from 4.18.2 up, below 5.0.0 (>= 4.18.2, < 5.0.0).');
        assert.match(lines[3]!, /^\[Documentation\]\(https:.+\[npm\]\(https:\/\/www\.npmjs\.com\/package\/express\) · \[Compare with .+\]\(command:stackGuide\.compare\?.+\) · \[Show in Stack Guide\]\(command:stackGuide\.showEntry\?.+\)$/);
    });

    it('names a package its entry lists after its own, and says its ranges in words, without semver internals', async () => {
        const hover = await stackGuideHover('package.json', '"react-dom"');
        assert.ok(hover);
        assert.match(hover, /^\*\*react-dom\*\* — one of React’s packages \(front-end framework\)$/m);
        assert.match(hover, /^Version \^17\.0\.2 \|\| \^18\.2\.0: either any 17\.x version from 17\.0\.2 up, below 18\.0\.0, or any 18\.x version from 18\.2\.0 up, below 19\.0\.0 \(>= 17\.0\.2, < 18\.0\.0 or >= 18\.2\.0, < 19\.0\.0\)/m);
        assert.doesNotMatch(hover, /-0\b|\|\|>=/);
        assert.match(hover, /\[Show React in Stack Guide\]\(command:stackGuide\.showEntry\?/);
    });

    it('links a path gem to its folder and a GitHub gem to its repository, never to a registry page', async () => {
        const local = await stackGuideHover('Gemfile', '"catalog"');
        assert.ok(local);
        assert.match(local, /^\*\*catalog\*\* — local package, not from the registry$/m);
        assert.match(local, /\[Open \.\/engines\/catalog\]\(file:\/\/.*\/hovers\/engines\/catalog\)$/);
        const git = await stackGuideHover('Gemfile', '"db2fog"');
        assert.match(git ?? '', /\[Repository\]\(https:\/\/github\.com\/someone\/db2fog\)$/);
        for (const text of [local, git ?? '']) {
            assert.doesNotMatch(text, /rubygems\.org/);
        }
    });

    it('answers on the version part too', async () => {
        const hover = await stackGuideHover('package.json', '^4.18.2');
        assert.match(hover ?? '', /\*\*Express\*\*/);
    });

    it('resolves npm aliases to the real package', async () => {
        const hover = await stackGuideHover('package.json', '"orm"');
        assert.match(hover ?? '', /\*\*Mongoose\*\*/);
    });

    it('says which lists an unknown private package is not in, and still explains its constraint', async () => {
        const hover = await stackGuideHover('package.json', 'fixture-only-package');
        assert.ok(hover);
        assert.match(hover, /^\*\*fixture-only-package\*\*\n\nNot among the 25,000 most downloaded npm packages: private, new or rarely used\./);
        assert.doesNotMatch(hover, /typosquat/i);
        assert.match(hover, /Version ~1\.2\.3: /);
    });

    it('describes a family member with its own words, its family and its catalog entry', async () => {
        const hover = await stackGuideHover('package.json', '"@types/koa"');
        assert.ok(hover);
        assert.match(hover, /^\*\*@types\/koa\*\* — member of a package family/);
        assert.match(hover, /” — npm registry description, 2026-11-30/);
        assert.match(hover, /^Family: TypeScript type declarations .+\.$/m);
        assert.match(hover, /\[Show Koa in Stack Guide\]\(command:stackGuide\.showEntry\?/);
    });

    it('describes an index-only package and measures its constraint against the latest release', async () => {
        const hover = await stackGuideHover('package.json', '"argparse"');
        assert.ok(hover);
        assert.match(hover, /^“CLI arguments parser\. Native port of python's argparse\.” — npm registry description, 2026-11-30$/m);
        assert.match(hover, /^\*\*argparse\*\* — among the 100 most downloaded npm packages$/m);
        assert.match(hover, /Version \^2\.0\.1: any 2\.x version.*; the latest release as of 2026-11, 3\.0\.4, is outside this range\.$/m);
    });

    it('says when a PyPI package has had no release for years', async () => {
        const hover = await stackGuideHover('requirements-dev.txt', 'lockfile');
        assert.ok(hover);
        assert.match(hover, /last release 2015-11: possibly unmaintained/);
        assert.match(hover, /PyPI registry description, 2026-11-30/);
    });

    it('warns of possible typosquats in package.json and requirements files', async () => {
        assert.match((await stackGuideHover('package.json', '"expresss"')) ?? '', /\$\(warning\) \*\*Possible typosquat of express\*\*/);
        const requests = await stackGuideHover('requirements-dev.txt', 'reqeusts');
        assert.match(requests ?? '', /\*\*Possible typosquat of requests\*\*/);
        assert.match(requests ?? '', /Not among the 15,000 most downloaded PyPI packages/);
    });

    it('warns about a deprecated package and names its successors', async () => {
        const hover = await stackGuideHover('package.json', '"request"');
        assert.ok(hover);
        assert.match(hover, /^\*\*request\*\* — HTTP client · /);
        assert.match(hover, /\$\(warning\) \*\*Deprecated\*\*: .+ Consider .+\./);
    });

    it('warns about an unmaintained package from the real catalog, with its successors', async () => {
        const hover = await stackGuideHover('Gemfile', '"rest-client"');
        assert.ok(hover);
        assert.match(hover, /\$\(warning\) \*\*Unmaintained\*\*: .+ Consider .+\./);
    });

    it('gives nothing on a key that is not a dependency', async () => {
        assert.equal(await stackGuideHover('package.json', '"name"'), undefined);
        assert.equal(await stackGuideHover('package.json', 'jsonc-style'), undefined);
    });

    it('reads Gemfiles, skipping comments', async () => {
        assert.match((await stackGuideHover('Gemfile', '"rails"')) ?? '', /\*\*Ruby on Rails\*\*[\s\S]*Version ~> 7\.1, >= 7\.1\.2: /);
        assert.match((await stackGuideHover('Gemfile', "'roda'")) ?? '', /\*\*Roda\*\*/);
        assert.equal(await stackGuideHover('Gemfile', 'sinatra'), undefined);
    });

    it('reads gemspecs', async () => {
        assert.match((await stackGuideHover('fixture.gemspec', '"sinatra"')) ?? '', /\*\*Sinatra\*\*/);
        assert.match((await stackGuideHover('fixture.gemspec', '"sequel"')) ?? '', /\*\*Sequel\*\*/);
    });

    it('reads requirements files with extras and markers', async () => {
        const hover = await stackGuideHover('requirements-dev.txt', 'Django');
        assert.ok(hover);
        assert.match(hover, /\*\*Django\*\*/);
        assert.match(hover, /Only when/);
        assert.equal(await stackGuideHover('requirements-dev.txt', 'requirements.txt'), undefined);
    });

    it('reads pyproject.toml, PEP 621 and Poetry tables alike', async () => {
        assert.match((await stackGuideHover('pyproject.toml', '"flask')) ?? '', /\*\*Flask\*\*/);
        assert.match((await stackGuideHover('pyproject.toml', 'SQLAlchemy')) ?? '', /\*\*SQLAlchemy\*\*/);
        assert.match((await stackGuideHover('pyproject.toml', 'fastapi')) ?? '', /\*\*FastAPI\*\*/);
        assert.equal(await stackGuideHover('pyproject.toml', 'python ='), undefined);
    });

    it('reads Pipfiles', async () => {
        assert.match((await stackGuideHover('Pipfile', 'tornado')) ?? '', /\*\*Tornado\*\*[\s\S]*Version ==6\.4: /);
        assert.match((await stackGuideHover('Pipfile', 'aiohttp')) ?? '', /\*\*AIOHTTP\*\*|\*\*aiohttp\*\*/i);
    });

    it('stays quiet on a malformed manifest', async () => {
        assert.equal(await stackGuideHover('broken/package.json', 'mongoose'), undefined);
    });

    it('can be turned off', async () => {
        const settings = vscode.workspace.getConfiguration('stackGuide.hover');
        await settings.update('showUnknownPackages', false, vscode.ConfigurationTarget.Global);
        try {
            assert.equal(await stackGuideHover('package.json', 'fixture-only-package'), undefined);
            assert.ok(await stackGuideHover('package.json', '"express"'));
            await settings.update('enabled', false, vscode.ConfigurationTarget.Global);
            assert.equal(await stackGuideHover('package.json', '"express"'), undefined);
        } finally {
            await settings.update('showUnknownPackages', undefined, vscode.ConfigurationTarget.Global);
            await settings.update('enabled', undefined, vscode.ConfigurationTarget.Global);
        }
    });

    it('prints hover latency: ours, and VS Code\'s own providers on package.json (benchmark)', async function () {
        this.timeout(180_000);
        const median = async (file: string, needle: string, expectOurs: boolean): Promise<string> => {
            const times: number[] = [];
            for (let run = 0; run < 15; run += 1) {
                const started = performance.now();
                assert.equal((await stackGuideHover(file, needle)) !== undefined, expectOurs);
                times.push(performance.now() - started);
            }
            return `${times.sort((a, b) => a - b)[7]!.toFixed(1)} ms`;
        };
        const npm = vscode.workspace.getConfiguration('npm');
        const hover = vscode.workspace.getConfiguration('stackGuide.hover');
        const global = vscode.ConfigurationTarget.Global;
        try {
            const figures = [
                `Gemfile (only our provider answers): ${await median('Gemfile', '"rails"', true)}`,
                `requirements-dev.txt (only ours): ${await median('requirements-dev.txt', 'Django', true)}`,
                `package.json, ours + npm extension asking the registry: ${await median('package.json', '"express"', true)}`,
            ];
            // The npm extension asks the registry only while this setting is on.
            await npm.update('fetchOnlinePackageInfo', false, global);
            figures.push(`package.json, ours + npm extension offline: ${await median('package.json', '"express"', true)}`);
            await hover.update('enabled', false, global);
            figures.push(`package.json, ours turned off: ${await median('package.json', '"express"', false)}`);
            await npm.update('fetchOnlinePackageInfo', true, global);
            figures.push(`package.json, npm extension alone, asking the registry: ${await median('package.json', '"express"', false)}`);
            console.log(`executeHoverProvider, median of 15:\n  ${figures.join('\n  ')}`);
        } finally {
            await npm.update('fetchOnlinePackageInfo', undefined, global);
            await hover.update('enabled', undefined, global);
        }
    });
});
