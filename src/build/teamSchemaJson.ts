import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod/mini';
import { teamSchemas } from '../core/team/teamSchema';
import { english, fillPlaceholders, type L10n } from '../core/text/l10n';

/** Where the English JSON Schema ships; package.nls.json's `jsonValidation` URL points at it. */
export const TEAM_SCHEMA_FILE = 'dist/schemas/team.schema.json';

/**
 * The display languages with a schema of their own, each with the bundle it is translated from
 * and the file package.nls.<language>.json points `jsonValidation` at: VS Code applies a
 * manifest's translations to that URL too, so the editor's hover documentation is in the
 * display language.
 */
export const TRANSLATED_TEAM_SCHEMAS: readonly { readonly bundle: string; readonly file: string }[] = [
    { bundle: 'l10n/bundle.l10n.de.json', file: 'dist/schemas/team.schema.de.json' },
];

/**
 * The team file's JSON Schema, from the same zod schema the extension checks the file with, so
 * the editor's completion and hover documentation cannot drift from what is applied.
 */
export function teamJsonSchema(l10n: L10n = english): Record<string, unknown> {
    return { ...z.toJSONSchema(teamSchemas(l10n).teamFile), title: l10n.t('Stack Guide team file') };
}

/** The messages of an l10n bundle (English → translation) as an `L10n`; a missing message stays English. */
export function bundleL10n(bundleFile: string): L10n {
    const messages = JSON.parse(readFileSync(bundleFile, 'utf8')) as Record<string, string>;
    return { t: (message, ...args) => fillPlaceholders(messages[message] ?? message, ...args) };
}

function write(outFile: string, schema: Record<string, unknown>): number {
    const text = `${JSON.stringify(schema, null, 2)}\n`;
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, text);
    return text.length;
}

/** Writes the English schema and each translated one; returns the English one's size. */
export function writeTeamSchema(outFile: string = TEAM_SCHEMA_FILE): number {
    for (const { bundle, file } of TRANSLATED_TEAM_SCHEMAS) {
        write(file, teamJsonSchema(bundleL10n(bundle)));
    }
    return write(outFile, teamJsonSchema());
}
