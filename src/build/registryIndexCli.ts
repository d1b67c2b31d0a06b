/**
 * `npm run catalog:index -- --npm LIST --npm-as-of DATE --pypi LIST --pypi-as-of DATE
 *  --debian-ruby APT_SHOW --debian-as-of DATE [--npm-limit N]`: rebuilds data/registry/index-*.json
 * from package lists on disk, with no registry request.
 *   npm list: tab-separated name, version, downloads a month, summary (header line first).
 *   PyPI list: tab-separated name, version, month of latest release, rank among the 15,000 most
 *     downloaded, summary (header line first).
 *   Debian: the output of `apt-cache show --no-all-versions $(apt-cache pkgnames ruby-)`.
 * Each input is optional; only the indexes given are rewritten.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { CATALOG_DIR, loadCatalogEntries } from './load';
import { indexFile, npmIndexRows, pypiIndexRows, serializeIndexFile } from './indexFiles';
import { debianGemRows } from './registryIndexDebian';
import { errorText } from '../core/text/errors';
import type { RegistryIndexFile } from '../core/registry/indexTypes';

const REPO_ROOT = path.resolve(__dirname, '../../..');
export const REGISTRY_DATA_DIR = path.join('data', 'registry');

/** How many npm packages to keep: 50,000 fit the 2.5 MB size budget but took about 80 ms of CPU to parse, over the 50 ms load budget. */
const DEFAULT_NPM_LIMIT = 25_000;

function monthOf(date: string): string {
    const [year, month] = date.split('-').map(Number);
    return new Date(Date.UTC(year!, month! - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function requireDate(value: string | undefined, option: string): string {
    if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        throw new Error(`${option} YYYY-MM-DD is required: the date of the data, not of today's build`);
    }
    return value;
}

function write(file: RegistryIndexFile): void {
    const target = path.join(REPO_ROOT, REGISTRY_DATA_DIR, `index-${file.registry}.json`);
    writeFileSync(target, serializeIndexFile(file));
    console.log(`${path.relative(REPO_ROOT, target)}: ${file.packages.length} packages as of ${file.asOf}`);
}

async function main(): Promise<void> {
    const { values } = parseArgs({
        options: {
            npm: { type: 'string' },
            'npm-as-of': { type: 'string' },
            'npm-limit': { type: 'string' },
            pypi: { type: 'string' },
            'pypi-as-of': { type: 'string' },
            'debian-ruby': { type: 'string' },
            'debian-as-of': { type: 'string' },
        },
    });
    if (!values.npm && !values.pypi && !values['debian-ruby']) {
        throw new Error('usage: npm run catalog:index -- [--npm LIST --npm-as-of DATE] [--pypi LIST --pypi-as-of DATE] [--debian-ruby APT_SHOW --debian-as-of DATE]');
    }
    if (values.npm) {
        const asOf = requireDate(values['npm-as-of'], '--npm-as-of');
        const limit = Number(values['npm-limit'] ?? DEFAULT_NPM_LIMIT);
        const rows = npmIndexRows(readFileSync(values.npm, 'utf8'), limit);
        const source = `npm registry package list, ${monthOf(asOf)}: the ${rows.length.toLocaleString('en-US')} packages with the most downloads a month, with each one's latest version and its authors' summary`;
        write(indexFile('npm', asOf, source, 'authors', rows));
    }
    if (values.pypi) {
        const asOf = requireDate(values['pypi-as-of'], '--pypi-as-of');
        const rows = pypiIndexRows(readFileSync(values.pypi, 'utf8'));
        const source = `PyPI package list, ${monthOf(asOf)}: the ${rows.length.toLocaleString('en-US')} most downloaded projects, ranked, with each one's latest version, the month of its latest release and its authors' summary`;
        write(indexFile('pypi', asOf, source, 'authors', rows));
    }
    if (values['debian-ruby']) {
        const asOf = requireDate(values['debian-as-of'], '--debian-as-of');
        const entries = await loadCatalogEntries(path.join(REPO_ROOT, CATALOG_DIR));
        const catalogGems = entries.flatMap((entry) => entry.packages.filter((pkg) => pkg.registry === 'rubygems').map((pkg) => pkg.name));
        const { rows, skipped } = debianGemRows(readFileSync(values['debian-ruby'], 'utf8'), catalogGems);
        const source = `Debian's Ruby library packages as of ${asOf}: the gems Debian packages, with Debian's one-line description (Debian's text, not the gem authors') and the upstream homepage`;
        write(indexFile('rubygems', asOf, source, 'debian', rows));
        console.log(`  left out ${skipped.length} Debian packages whose gem name is uncertain`);
    }
}

main().catch((error: unknown) => {
    console.error(errorText(error));
    process.exitCode = 1;
});
