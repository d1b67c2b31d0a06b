import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DependencyLocation, ManifestFile } from '../../../src/core/review/detect';
import { repoRoot } from '../recommend/realCatalog';

/** A manifest as the host hands it over; its URI is opaque to the review, so any distinct string serves. */
export function manifestFile(path: string, text: string): ManifestFile {
    return { uri: `test-workspace:/${path}`, path, text };
}

/** test/fixtures/review/<name>, read the way the VS Code adapter hands files over: relative paths with `/`, sorted. */
export function fixtureWorkspace(name: string): ManifestFile[] {
    const root = path.join(repoRoot, 'test', 'fixtures', 'review', name);
    return readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
        .sort()
        .map((file) => manifestFile(file, readFileSync(path.join(root, file), 'utf8')));
}

/** The text a location covers, as the editor would select it. */
export function textAt(files: readonly ManifestFile[], location: DependencyLocation): string {
    const file = files.find((candidate) => candidate.uri === location.uri);
    const line = file?.text.split('\n')[location.line] ?? '';
    return line.slice(location.character, location.character + location.length);
}
