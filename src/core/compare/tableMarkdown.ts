import type { CellValue, DimensionKind } from '../catalog/entryFacts';
import type { L10n } from '../text/l10n';
import { safeHttpsUrl } from '../text/safeUrl';
import { visibleRows, type TableModel } from './protocol';

const NOT_STATED = '—';

/**
 * What could turn catalog text into Markdown syntax inside a table cell: the cell's own pipe,
 * backslashes, emphasis, code, strikethrough and math marks, link brackets, HTML, entities, and
 * the starts of autolinks (a colon that could end a URI scheme, `www.`, `@` between words).
 * Nothing else: a cell is inline text, so the block marks the hover's escaping also covers
 * (`-`, `.`, `#`, `+`, `!`, parentheses) cannot act here, and escaping them would leave
 * `long\-lived` and `Node\.js` in a table pasted into a plain-text tool.
 */
const CELL_SYNTAX = /[\\`*_~$|[\]<]|&(?=#?\w+;)|(?<=[A-Za-z]):(?=\S)|(?<=\bwww)\.|@(?=\w)/gi;

/**
 * A cell's text for a table row. Every line break becomes a space first: a lone `\r` is a
 * line ending to CommonMark and would end the table row early.
 */
function text(value: string): string {
    return value.replace(/\s*[\r\n]+\s*/g, ' ').replace(CELL_SYNTAX, (char) => `\\${char}`);
}

/**
 * A Markdown link, or plain text when the URL is not https. The destination goes in angle
 * brackets, with `|` and `\` percent-encoded so neither can end the table cell or escape
 * the bracket.
 */
function link(label: string, url: string | undefined): string {
    const safe = url === undefined ? undefined : safeHttpsUrl(url);
    if (safe === undefined) {
        return text(label);
    }
    return `[${text(label)}](<${safe.replace(/\|/g, '%7C').replace(/\\/g, '%5C')}>)`;
}

function cell(value: CellValue, kind: DimensionKind, l10n: L10n): string {
    switch (kind) {
        case 'list':
            return value.items && value.items.length > 0 ? value.items.map(text).join('; ') : NOT_STATED;
        case 'links':
            return value.links && value.links.length > 0
                ? value.links.map((item) => link(item.label, item.url)).join(', ')
                : NOT_STATED;
        case 'judgement':
            return value.text === ''
                ? NOT_STATED
                : `${text(value.text)} _(${text(l10n.t('judgement: {0}', value.rationale ?? l10n.t('no rationale given')))})_`;
        case 'fact': {
            if (value.text === '') {
                return NOT_STATED;
            }
            const detail = value.detail === undefined ? '' : ` — ${text(value.detail)}`;
            const source = value.source === undefined ? '' : ` (${link(l10n.t('source'), value.source)})`;
            return `${text(value.text)}${detail}${source}`;
        }
    }
}

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** The comparison as a GitHub-flavoured Markdown table, with catalog text escaped. */
export function tableToMarkdown(model: TableModel, l10n: L10n, onlyDifferences = false): string {
    const header = [l10n.t('Dimension'), ...model.columns.map((column) => column.name)];
    const lines = [row(header.map(text)), row(header.map(() => '---'))];
    for (const { dimension, cells } of visibleRows(model, onlyDifferences)) {
        lines.push(row([`**${text(dimension.label)}**`, ...cells.map((value) => cell(value, dimension.kind, l10n))]));
    }
    return `${lines.join('\n')}\n`;
}
