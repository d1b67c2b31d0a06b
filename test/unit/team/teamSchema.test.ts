import * as assert from 'node:assert/strict';
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { teamJsonSchema } from '../../../src/build/teamSchemaJson';
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

    it('is contributed for .vscode/stack-guide.json from a shipped file', () => {
        const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { contributes: { jsonValidation: { fileMatch: string; url: string }[] } };
        const contribution = manifest.contributes.jsonValidation.find((item) => item.fileMatch.endsWith('.vscode/stack-guide.json'));
        assert.equal(contribution?.url, './dist/schemas/team.schema.json');
        assert.match(readFileSync(path.join(repoRoot, '.vscodeignore'), 'utf8'), /^!dist\/schemas\/\*\.json$/m);
    });
});
