import * as fs from 'node:fs';
import * as path from 'node:path';

/** Compiled tests run from out/test/unit/manifests; the fixtures stay in the source tree. */
const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/manifests');

/** Real-world manifests, stored with a .fixture suffix so that no tool mistakes them for the project's own. */
export const FIXTURE_FILES = ['package.json', 'Gemfile', 'sample.gemspec', 'requirements.txt', 'pyproject.toml', 'Pipfile'] as const;

export function readFixture(fileName: (typeof FIXTURE_FILES)[number]): string {
    return fs.readFileSync(path.join(FIXTURES, `${fileName}.fixture`), 'utf8');
}
