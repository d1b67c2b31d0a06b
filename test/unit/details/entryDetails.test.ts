import * as assert from 'node:assert/strict';
import { Catalog } from '../../../src/core/catalog/catalog';
import { renderEntryDetails } from '../../../src/core/details/entryDetails';
import { makeEntry } from '../catalog/entryBuilder';

const got = makeEntry({ id: 'got', name: 'Got' });
const entry = makeEntry({
    id: 'sample',
    name: 'Sample <b>',
    kind: 'framework',
    category: 'web-framework',
    summary: 'A [sample](command:workbench.action.quit) framework.',
    packages: [{ registry: 'npm', name: 'sample' }],
    alternatives: ['got'],
    strengths: ['Fast *enough*.'],
    attributes: { concurrency: { value: 'event-loop', detail: 'One thread.', source: 'https://example.com/concurrency' } },
    judgements: { learningCurve: { value: 'gentle', rationale: 'Small API.' } },
    links: { homepage: 'https://example.com', repository: 'javascript:alert(1)' },
});
const catalog = new Catalog([entry, got]);

describe('entry details page', () => {
    const page = renderEntryDetails(entry, catalog);

    it('shows facts with their source and judgements labelled as such', () => {
        assert.match(page, /## Concurrency model\n\nEvent loop — One thread\\\. \(\[source\]\(https:\/\/example\.com\/concurrency\)\)/);
        assert.match(page, /## Learning curve\n\n\*Judgement:\* \*\*Gentle\*\* — Small API\\\./);
        assert.match(page, /## Alternatives\n\n- Got/);
        assert.match(page, /## Packages\n\n- npm: `sample`\n\nInstall: `npm install sample`/);
    });

    it('leaves out dimensions the catalog says nothing about', () => {
        assert.doesNotMatch(page, /## Typing/);
        assert.doesNotMatch(page, /## Notable users/);
    });

    it('escapes catalog text and drops links that are not https', () => {
        assert.match(page, /^# Sample \\<b\\>/);
        assert.doesNotMatch(page, /\]\(command:/);
        assert.doesNotMatch(page, /javascript:/);
        assert.match(page, /- Repository\n/);
    });
});
