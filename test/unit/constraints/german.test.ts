import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { explainConstraint } from '../../../src/core/constraints/explain';
import { explainMarkers } from '../../../src/core/constraints/markers';
import { readableComparators } from '../../../src/core/constraints/wording';
import { fillPlaceholders, type L10n } from '../../../src/core/text/l10n';

const repoRoot = path.resolve(__dirname, '../../../..');

/** What vscode.l10n does with German as the display language: the bundle's message, else the English. */
function bundleL10n(language: string): L10n {
    const file = path.join(repoRoot, 'l10n', `bundle.l10n.${language}.json`);
    const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    return { t: (message, ...args) => fillPlaceholders(messages[message] ?? message, ...args) };
}

describe('constraints: in German', () => {
    const german = bundleL10n('de');

    it('explains a range, its exceptions and its alternatives in German, versions and operators as written', () => {
        assert.equal(explainConstraint('npm', '^4.18.2', german)?.words, 'jede Version 4.x ab 4.18.2, unter 5.0.0');
        assert.equal(explainConstraint('pypi', '>=3.8', german)?.words, '3.8 oder neuer');
        assert.equal(explainConstraint('pypi', '>=2.0,!=2.1.*,!=2.3,<3', german)?.words, 'jede Version 2.x, außer 2.3 und 2.1.x');
        assert.equal(explainConstraint('pypi', '^1.0 || ^2.0', german, 'poetry')?.words, 'entweder jede Version 1.x oder jede Version 2.x');
        assert.equal(readableComparators('>=17.0.2 <18.0.0-0||>=19.0.0 <20.0.0-0', german), '>= 17.0.2, < 18.0.0 oder >= 19.0.0, < 20.0.0');
    });

    it('says an invalid constraint and environment markers in German', () => {
        assert.deepEqual(explainConstraint('rubygems', '^1.0', german), { words: '„^1.0“ ist keine gültige RubyGems-Anforderung', valid: false });
        assert.equal(
            explainMarkers(`python_version >= "3.8" and sys_platform == "win32"`, german),
            'nur wenn Python >= 3.8 und die Plattform Windows ist',
        );
    });
});
