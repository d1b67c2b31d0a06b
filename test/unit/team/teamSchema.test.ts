import * as assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { bundleL10n, TEAM_SCHEMA_FILE, teamJsonSchema, TRANSLATED_TEAM_SCHEMAS } from '../../../src/build/teamSchemaJson';
import { ISSUE_EXAMPLE } from './examples';

const repoRoot = path.resolve(__dirname, '../../../..');

/** The schema the editor validates with: generated from the zod schema, checked by a JSON Schema validator. */
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(teamJsonSchema());

describe('Team file: the generated JSON Schema', () => {
    it('accepts the documented example', () => {
        assert.ok(validate(ISSUE_EXAMPLE), JSON.stringify(validate.errors));
    });

    it('rejects a bad ring, naming its path', () => {
        assert.equal(validate({ radar: [{ package: 'npm:moment', ring: 'avoid' }] }), false);
        assert.ok(validate.errors?.some((error) => error.instancePath === '/radar/0/ring'), JSON.stringify(validate.errors));
    });

    it('rejects a package without a registry, an http docs link and an unknown property', () => {
        assert.equal(validate({ radar: [{ package: 'moment', ring: 'hold' }] }), false);
        assert.equal(validate({ packages: [{ package: 'npm:x', summary: 'X.', docs: 'http://example.com' }] }), false);
        assert.equal(validate({ rings: [] }), false);
    });

    it('documents every property, for the editor\'s hover and completion', () => {
        const schema = teamJsonSchema() as { properties: Record<string, { description?: string }> };
        for (const key of ['name', 'radar', 'packages']) {
            assert.ok(schema.properties[key]?.description, `${key} has no description`);
        }
    });

    it('is contributed for .vscode/stack-guide.json from a shipped file, one per display language', () => {
        const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8')) as Record<string, unknown>;
        const manifest = read('package.json') as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
        const contribution = manifest.contributes.jsonValidation.find((item) => item.fileMatch.endsWith('.vscode/stack-guide.json'));
        const key = /^%(.+)%$/.exec(contribution?.url ?? '')?.[1] ?? '';
        assert.equal(read('package.nls.json')[key], `./${TEAM_SCHEMA_FILE}`);
        assert.deepEqual(
            TRANSLATED_TEAM_SCHEMAS.map(({ file }) => file),
            ['dist/schemas/team.schema.de.json'],
        );
        assert.equal(read('package.nls.de.json')[key], './dist/schemas/team.schema.de.json');
        assert.match(readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8'), /^!dist\/schemas\/\*\.json$/m);
    });

    it('documents the file in German for a German display language, with the same rules', () => {
        const german = teamJsonSchema(bundleL10n(path.join(repoRoot, 'l10n/bundle.l10n.de.json'))) as { title: string; properties: Record<string, { description?: string }> };
        assert.equal(german.title, 'Stack Guide-Teamdatei');
        assert.match(german.properties.radar?.description ?? '', /^Das Radar des Teams/);
        assert.ok(new Ajv2020({ allErrors: true, strict: false }).compile(german)(ISSUE_EXAMPLE));
    });
});
