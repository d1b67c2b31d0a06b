import type { ManifestDependency, ManifestFormat } from './manifestTypes';
import { parseToml, visitKeyValues } from './toml';
import { DependencyTableCollector, type DependencyTable } from './tomlDependencyTables';
import { parseManifest } from './harness';
import { manifestFormatOf } from './manifestFiles';

const PIPFILE_TABLES: DependencyTable[] = [
    { path: ['packages'], section: () => '[packages]' },
    { path: ['dev-packages'], section: () => '[dev-packages]' },
];

function parsePipfile(text: string): ManifestDependency[] {
    const program = parseToml(text);
    if (!program) {
        return [];
    }
    const collector = new DependencyTableCollector(text, PIPFILE_TABLES);
    visitKeyValues(program, (path, kv) => collector.visit(path, kv));
    return collector.dependencies();
}

export const pipfileFormat: ManifestFormat = {
    id: 'pipfile',
    registry: 'pypi',
    matches: (fileName: string): boolean => manifestFormatOf(fileName) === 'pipfile',
    parse: (text, onError) => parseManifest(text, (source) => ({ dependencies: parsePipfile(source) }), onError),
};
