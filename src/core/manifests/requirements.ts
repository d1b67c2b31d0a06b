import type { ManifestDependency, ManifestFormat } from './manifestTypes';
import { pep508Dependency } from './pep508';
import { parseManifest } from './harness';
import { manifestFormatOf } from './manifestFiles';

/** pip's comment rule: `#` at the start of a line or after whitespace. */
const COMMENT = /(?:^|\s)#/;
/** Per-requirement options such as `--hash=sha256:...` start after whitespace. */
const TRAILING_OPTION = /\s-{1,2}[A-Za-z]/;

function parseRequirements(text: string): ManifestDependency[] {
    // A backslash before a newline joins lines; blanking both keeps every offset unchanged.
    const joined = text.replace(/\\(\r?\n)/g, (match) => ' '.repeat(match.length));
    const out: ManifestDependency[] = [];
    let lineStart = 0;
    while (lineStart <= joined.length) {
        const newline = joined.indexOf('\n', lineStart);
        const lineEnd = newline < 0 ? joined.length : newline;
        let line = joined.slice(lineStart, lineEnd);
        const comment = COMMENT.exec(line);
        if (comment) {
            line = line.slice(0, comment.index);
        }
        const option = TRAILING_OPTION.exec(line);
        if (option) {
            line = line.slice(0, option.index);
        }
        // Option lines (-r, -c, -e, --index-url...) name files, URLs or paths, not packages.
        if (!line.trimStart().startsWith('-')) {
            const dep = pep508Dependency({ value: line, span: { start: lineStart, end: lineStart + line.length }, verbatim: true }, 'requirements');
            if (dep) {
                out.push(dep);
            }
        }
        if (newline < 0) {
            break;
        }
        lineStart = newline + 1;
    }
    return out;
}

export const requirementsFormat: ManifestFormat = {
    id: 'requirements',
    registry: 'pypi',
    matches: (fileName: string): boolean => manifestFormatOf(fileName) === 'requirements',
    parse: (text, onError) => parseManifest(text, (source) => ({ dependencies: parseRequirements(source) }), onError),
};
