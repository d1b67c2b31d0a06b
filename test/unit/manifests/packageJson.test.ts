import * as assert from 'node:assert/strict';
import { packageJsonFormat as format } from '../../../src/core/manifests/packageJson';
import { dependencyAt } from '../../../src/core/manifests/parsedManifest';
import { MAX_MANIFEST_BYTES } from '../../../src/core/manifests/limits';
import { expectDependencies, offsetOf } from './expectations';

describe('manifests: package.json', () => {
    it('matches package.json by base name only', () => {
        assert.ok(format.matches('package.json'));
        assert.ok(format.matches('/repo/packages/web/package.json'));
        assert.ok(format.matches('C:\\repo\\package.json'));
        assert.ok(!format.matches('package-lock.json'));
        assert.ok(!format.matches('package.json5'));
    });

    it('locates dependencies and devDependencies with their constraints', () => {
        const text = `{
  "name": "shop",
  "dependencies": {
    "express": "^4.17.1",
    "@prisma/client": "~5.10.0"
  },
  "devDependencies": {
    "typescript": "5.4.5"
  }
}`;
        expectDependencies(format, text, [
            { name: 'express', section: 'dependencies', constraint: '^4.17.1' },
            { name: '@prisma/client', section: 'dependencies', constraint: '~5.10.0' },
            { name: 'typescript', section: 'devDependencies', constraint: '5.4.5' },
        ]);
    });

    it('locates peerDependencies and optionalDependencies', () => {
        const text = `{"peerDependencies": {"react": ">=17 <19"}, "optionalDependencies": {"fsevents": "2.x"}}`;
        expectDependencies(format, text, [
            { name: 'react', section: 'peerDependencies', constraint: '>=17 <19' },
            { name: 'fsevents', section: 'optionalDependencies', constraint: '2.x' },
        ]);
    });

    it('tolerates comments and trailing commas', () => {
        const text = `{
  // the server
  "dependencies": {
    /* web */ "koa": "^2.15.0", // latest 2.x
    "pino": "^8",
  },
}`;
        expectDependencies(format, text, [
            { name: 'koa', constraint: '^2.15.0' },
            { name: 'pino', constraint: '^8' },
        ]);
    });

    it('ignores keys that are not dependencies', () => {
        const text = `{
  "name": "express",
  "version": "1.0.0",
  "scripts": { "lodash": "node x.js" },
  "engines": { "node": ">=20" },
  "peerDependenciesMeta": { "react": { "optional": true } },
  "dependencies": { "lodash": "4.17.21" }
}`;
        const deps = expectDependencies(format, text, [{ name: 'lodash', section: 'dependencies', constraint: '4.17.21' }]);
        assert.equal(dependencyAt(deps, offsetOf(text, 'express')), undefined);
        assert.equal(dependencyAt(deps, offsetOf(text, 'lodash')), undefined, 'the script named lodash');
        assert.equal(dependencyAt(deps, offsetOf(text, '>=20')), undefined);
    });

    it('resolves npm aliases to the real package, keeping the alias key as the name span', () => {
        const text = `{"dependencies": {
  "string-width-cjs": "npm:string-width@^4.2.0",
  "my-react": "npm:@types/react@~18.2.0",
  "plain-alias": "npm:left-pad"
}}`;
        expectDependencies(format, text, [
            { name: 'string-width', at: 'string-width-cjs', constraint: '^4.2.0' },
            { name: '@types/react', at: 'my-react', constraint: '~18.2.0' },
            { name: 'left-pad', at: 'plain-alias' },
        ]);
    });

    it('marks git dependencies and gives them no registry constraint', () => {
        const text = `{"dependencies": {
  "a": "git+https://github.com/org/a.git#v1.0.0",
  "b": "github:org/b",
  "c": "org/c#main",
  "d": "git://example.com/d.git",
  "e": "git+ssh://git@github.com:org/e.git",
  "f": "https://github.com/org/f",
  "g": "gitlab:org/g"
}}`;
        expectDependencies(
            format,
            text,
            ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => ({ name, source: 'git' as const })),
        );
    });

    it('marks local paths and workspace references as path dependencies', () => {
        const text = `{"dependencies": {
  "a": "file:../a",
  "b": "link:../b",
  "c": "workspace:*",
  "d": "workspace:^1.0.0",
  "e": "portal:../e",
  "f": "./vendor/f"
}}`;
        expectDependencies(
            format,
            text,
            ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => ({ name, source: 'path' as const })),
        );
    });

    it('marks tarball URLs as url dependencies', () => {
        const text = `{"dependencies": {"tar": "https://registry.example.com/tar/-/tar-1.0.0.tgz", "ok": "^1"}}`;
        expectDependencies(format, text, [
            { name: 'tar', source: 'url' },
            { name: 'ok', constraint: '^1' },
        ]);
    });

    it('keeps dist-tags and complex ranges as written', () => {
        const text = `{"dependencies": {"next": "canary", "react": "latest", "x": "1.2.3 - 2.3.4", "y": "^1.0.0 || ^2.0.0", "z": ""}}`;
        expectDependencies(format, text, [
            { name: 'next', constraint: 'canary' },
            { name: 'react', constraint: 'latest' },
            { name: 'x', constraint: '1.2.3 - 2.3.4' },
            { name: 'y', constraint: '^1.0.0 || ^2.0.0' },
            { name: 'z', constraint: '', noConstraintSpan: true },
        ]);
    });

    it('locates bundleDependencies and bundledDependencies names without constraints', () => {
        const text = `{
  "dependencies": {"renderized": "^1.0.0"},
  "bundleDependencies": ["renderized", "super-streams"],
  "bundledDependencies": ["old-style"]
}`;
        expectDependencies(format, text, [
            { name: 'renderized', section: 'dependencies', constraint: '^1.0.0' },
            { name: 'renderized', section: 'bundleDependencies' },
            { name: 'super-streams', section: 'bundleDependencies' },
            { name: 'old-style', section: 'bundledDependencies' },
        ]);
        assert.deepEqual(format.parse(`{"bundleDependencies": true}`).dependencies, []);
    });

    it('locates flat npm overrides, with version selectors in keys and $references', () => {
        const text = `{
  "dependencies": {"foo": "^1.0.0"},
  "overrides": {
    "foo": "$foo",
    "bar@1": "1.0.1",
    "@scope/pkg@^2": "2.1.0"
  }
}`;
        expectDependencies(format, text, [
            { name: 'foo', section: 'dependencies', constraint: '^1.0.0' },
            { name: 'foo', section: 'overrides' },
            { name: 'bar', section: 'overrides', constraint: '1.0.1' },
            { name: '@scope/pkg', section: 'overrides', constraint: '2.1.0' },
        ]);
    });

    it('locates nested npm overrides and their "." entries', () => {
        const text = `{"overrides": {
  "baz": {
    ".": "1.0.0",
    "bat": "1.0.0",
    "qux@2": { "quux": "3.0.0" }
  }
}}`;
        expectDependencies(format, text, [
            { name: 'baz', section: 'overrides' },
            { name: 'baz', at: '.', section: 'overrides › baz', constraint: '1.0.0' },
            { name: 'bat', section: 'overrides › baz', constraint: '1.0.0' },
            { name: 'qux', section: 'overrides › baz' },
            { name: 'quux', section: 'overrides › baz › qux', constraint: '3.0.0' },
        ]);
    });

    it('locates yarn resolutions by the last package of the key', () => {
        const text = `{"resolutions": {
  "**/lodash": "4.17.21",
  "webpack/terser": "5.31.0",
  "@types/node": "20.11.0",
  "jest/@jest/core/**/chalk": "4.1.2"
}}`;
        expectDependencies(format, text, [
            { name: 'lodash', section: 'resolutions', constraint: '4.17.21' },
            { name: 'terser', section: 'resolutions', constraint: '5.31.0' },
            { name: '@types/node', section: 'resolutions', constraint: '20.11.0' },
            { name: 'chalk', section: 'resolutions', constraint: '4.1.2' },
        ]);
    });

    it('locates pnpm.overrides, including parent>child keys', () => {
        const text = `{"pnpm": {"overrides": {
  "foo": "^1.0.0",
  "quux@<1.0.0": "1.0.0",
  "bar@^2.1.0>qar": "^1.1.0",
  "express>cookie": "0.7.0",
  "removed": "-"
}}}`;
        expectDependencies(format, text, [
            { name: 'foo', section: 'pnpm.overrides', constraint: '^1.0.0' },
            { name: 'quux', section: 'pnpm.overrides', constraint: '1.0.0' },
            { name: 'qar', section: 'pnpm.overrides', constraint: '^1.1.0' },
            { name: 'cookie', section: 'pnpm.overrides', constraint: '0.7.0' },
            { name: 'removed', section: 'pnpm.overrides' },
        ]);
    });

    it('maps a name written with escapes to the whole key', () => {
        const text = `{"dependencies": {"\\u0061xios": "^1.6.0"}}`;
        expectDependencies(format, text, [{ name: 'axios', at: '\\u0061xios', constraint: '^1.6.0' }]);
    });

    it('finds dependencies by offset on names and constraints, not between them', () => {
        const text = `{"dependencies": {"express": "^4.17.1", "cors": "2.8.5"}}`;
        const deps = format.parse(text).dependencies;
        assert.equal(dependencyAt(deps, offsetOf(text, 'express'))?.name, 'express');
        assert.equal(dependencyAt(deps, offsetOf(text, '4.17'))?.name, 'express');
        assert.equal(dependencyAt(deps, offsetOf(text, ': "^4'))?.name, undefined);
        assert.equal(dependencyAt(deps, offsetOf(text, '2.8.5') + 4)?.name, 'cors');
        assert.equal(dependencyAt(deps, offsetOf(text, '2.8.5') + 5), undefined);
        assert.equal(dependencyAt(deps, 0), undefined);
        assert.equal(dependencyAt(deps, text.length + 10), undefined);
    });

    it('gives nothing for broken JSON or non-objects, but accepts comments and trailing commas', () => {
        assert.deepEqual(format.parse(`{"dependencies": {"express": "^4.17.1" "cors": "2.8.5", "koa": `).dependencies, []);
        assert.deepEqual(format.parse(`{"dependencies": {"a": "1`).dependencies, []);
        assert.deepEqual(format.parse('["dependencies"]').dependencies, []);
        assert.deepEqual(format.parse('').dependencies, []);
        assert.deepEqual(format.parse('\u0000\u0001\uffff').dependencies, []);
        const jsonc = `{\n  // comment\n  "dependencies": { "express": "^4", /* x */ "cors": "2",\n  },\n}`;
        assert.deepEqual(format.parse(jsonc).dependencies.map((dep) => dep.name), ['express', 'cors']);
    });

    it('returns [] above the size limit', () => {
        const head = `{"dependencies": {"express": "^4.17.1"}, "x": "`;
        const text = `${head}${'a'.repeat(MAX_MANIFEST_BYTES)}"}`;
        assert.deepEqual(format.parse(text).dependencies, []);
        assert.equal(format.parse(`${head}"}`).dependencies.length, 1);
    });
});
