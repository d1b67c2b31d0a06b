import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as z from 'zod/mini';
import { teamSchemas } from '../core/team/teamSchema';
import { english } from '../core/text/l10n';

/** Where the JSON Schema ships; package.json's `jsonValidation` points at it. */
export const TEAM_SCHEMA_FILE = 'dist/schemas/team.schema.json';

/**
 * The team file's JSON Schema, from the same zod schema the extension checks the file with, so
 * the editor's completion and hover documentation cannot drift from what is applied.
 */
export function teamJsonSchema(): Record<string, unknown> {
    return { ...z.toJSONSchema(teamSchemas(english).teamFile), title: 'Stack Guide team file' };
}

export function writeTeamSchema(outFile: string = TEAM_SCHEMA_FILE): number {
    const text = `${JSON.stringify(teamJsonSchema(), null, 2)}\n`;
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, text);
    return text.length;
}
