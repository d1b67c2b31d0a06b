import * as assert from 'node:assert/strict';
import { DIMENSIONS } from '../../../src/core/catalog/entryFacts';
import { comparePageText } from '../../../src/core/compare/pageText';
import { renderCompare } from '../../../src/webview/compare/render';
import { entry } from './builders';
import { byTag, fakeDocument, root, type FakeElement } from './fakeDom';
import { pageText, viewModel } from './sampleModel';

const django = entry('django', { name: 'Django' });
const flask = entry('flask', { name: 'Flask', firstRelease: { year: 2010, source: 'https://example.com/flask/history' } });
const fastapi = entry('fastapi', { name: 'FastAPI' });

const render = (...args: Parameters<typeof viewModel>) => (onlyDifferences = false): FakeElement =>
    root(renderCompare(fakeDocument, viewModel(...args), { text: pageText, onlyDifferences }));

const attr = (element: FakeElement | undefined, name: string): string | undefined => element?.attributes.get(name);
const withAttr = (name: string, value?: string) => (element: FakeElement): boolean =>
    value === undefined ? element.attributes.has(name) : element.attributes.get(name) === value;

describe('compare webview rendering', () => {
    it('draws a real table: a caption, a column header per entry and a row header per dimension', () => {
        const page = render([django, flask, fastapi])();
        const [table] = page.findAll(byTag('table'));
        assert.ok(table);
        assert.match(table.findAll(byTag('caption'))[0]?.text ?? '', /^Comparing Django, Flask and FastAPI: 1 of 19 dimensions differ\.$/);
        const columnHeaders = table.findAll((element) => element.tagName === 'th' && attr(element, 'scope') === 'col');
        assert.deepEqual(
            columnHeaders.map((header) => header.findAll(withAttr('class', 'column-name'))[0]?.text ?? header.text),
            ['Dimension', 'Django', 'Flask', 'FastAPI'],
        );
        const rowHeaders = table.findAll((element) => element.tagName === 'th' && attr(element, 'scope') === 'row');
        assert.deepEqual(
            rowHeaders.map((header) => header.findAll(withAttr('class', 'dimension'))[0]?.text),
            DIMENSIONS.map((dimension) => dimension.label),
        );
        for (const tr of table.findAll(byTag('tbody'))[0]?.findAll(byTag('tr')) ?? []) {
            assert.equal(tr.findAll(byTag('td')).length, 3);
        }
    });

    it('marks differing rows in words as well as by style', () => {
        const page = render([django, flask])();
        const differing = page.findAll((element) => element.tagName === 'tr' && attr(element, 'class') === 'differs');
        assert.equal(differing.length, 1, 'First release; links and notable users never count');
        for (const tr of differing) {
            assert.ok(tr.findAll(withAttr('class', 'badge differs-badge')).length === 1);
        }
    });

    it('labels judgements and gives their rationale on hover and in a focusable disclosure', () => {
        const page = render([django, flask])();
        const judgementCells = page.findAll((element) => element.tagName === 'td' && attr(element, 'class') === 'judgement');
        assert.equal(judgementCells.length, 6);
        const [first] = judgementCells;
        assert.equal(attr(first?.findAll(withAttr('class', 'value'))[0], 'title'), 'Our judgement: It ships an ORM and an admin.');
        const summary = first?.findAll(byTag('summary'))[0];
        assert.equal(summary?.text, 'Judgement: why?');
        assert.equal(first?.findAll(byTag('details'))[0]?.findAll(byTag('p'))[0]?.text, 'It ships an ORM and an admin.');
    });

    it('links each fact to its source with a name that says what it is the source of', () => {
        const page = render([django, flask])();
        const sources = page.findAll((element) => element.tagName === 'p' && attr(element, 'class') === 'source');
        const release = sources
            .map((source) => source.findAll(byTag('a'))[0])
            .find((link) => attr(link, 'href') === 'https://example.com/flask/history');
        assert.equal(release?.text, 'Source for First release: Flask');
    });

    it('leaves out equal rows when only differences are shown, and says so', () => {
        const page = render([django, flask])(true);
        assert.equal(page.findAll((element) => element.tagName === 'th' && attr(element, 'scope') === 'row').length, 1);
        assert.match(page.findAll(byTag('caption'))[0]?.text ?? '', /Showing only the dimensions that differ\.$/);
        const toggle = page.findAll(withAttr('id', 'only-differences'))[0];
        assert.equal(attr(toggle, 'checked'), '');
        const same = render([django, django])(true);
        const placeholder = same.findAll((element) => element.tagName === 'td' && attr(element, 'colspan') === '3')[0];
        assert.equal(placeholder?.text, 'These entries do not differ on any dimension.');
    });

    it('gives every column move and remove buttons with accessible names, disabled at the ends', () => {
        const page = render([django, flask, fastapi])();
        const buttons = page.findAll((element) => element.tagName === 'button' && attr(element, 'data-id') !== undefined);
        assert.deepEqual(
            buttons.map((button) => `${attr(button, 'aria-label')}${button.attributes.has('disabled') ? ' (disabled)' : ''}`),
            [
                'Move Django left (disabled)',
                'Move Django right',
                'Remove Django',
                'Move Flask left',
                'Move Flask right',
                'Remove Flask',
                'Move FastAPI left',
                'Move FastAPI right (disabled)',
                'Remove FastAPI',
            ],
        );
        for (const button of buttons) {
            assert.equal(attr(button, 'type'), 'button');
        }
    });

    it('shows an empty state below two entries, keeping the chosen one removable', () => {
        const page = render([django])();
        assert.equal(page.findAll(byTag('table')).length, 0);
        assert.equal(page.findAll(byTag('h2'))[0]?.text, 'Choose at least 2 entries to compare');
        assert.equal(attr(page.findAll(withAttr('data-action', 'remove'))[0], 'aria-label'), 'Remove Django');
        assert.ok(page.findAll(withAttr('data-action', 'copy-markdown'))[0]?.attributes.has('disabled'));
        assert.equal(render([])().findAll(byTag('table')).length, 0);
    });

    it('offers the catalog in a labelled, searchable add field, disabled when the table is full', () => {
        const page = render([django, flask])();
        const input = page.findAll(withAttr('id', 'add-entry'))[0];
        assert.equal(attr(input, 'list'), 'add-entry-options');
        assert.equal(page.findAll(withAttr('for', 'add-entry'))[0]?.text, 'Add an entry');
        assert.deepEqual(page.findAll(byTag('option')).map((option) => attr(option, 'value')), ['Other']);
        assert.equal(input?.attributes.has('disabled'), false);

        const full = render([django, flask, fastapi, entry('a'), entry('b')])();
        assert.ok(full.findAll(withAttr('id', 'add-entry'))[0]?.attributes.has('disabled'));
        assert.match(full.findAll(withAttr('id', 'add-limit'))[0]?.text ?? '', /at most 5 entries/);
    });

    it('says under the add field why what was typed could not be added', () => {
        const page = root(renderCompare(fakeDocument, viewModel([django, flask]), { text: pageText, onlyDifferences: false, addError: 'No entry to add is called “fla”.' }));
        const input = page.findAll(withAttr('id', 'add-entry'))[0];
        assert.equal(attr(input, 'aria-invalid'), 'true');
        assert.equal(attr(input, 'aria-describedby'), 'add-error');
        const form = page.findAll(withAttr('id', 'add-form'))[0];
        assert.equal(form?.findAll(withAttr('id', 'add-error'))[0]?.text, 'No entry to add is called “fla”.');
        assert.equal(render([django, flask])().findAll(withAttr('id', 'add-error')).length, 0);
    });

    it('offers to undo a removal above the table, naming what went', () => {
        const page = render([django, flask], { removed: 'FastAPI' })();
        const offer = page.findAll(withAttr('class', 'undo-offer'))[0];
        assert.equal(offer?.text, 'Removed FastAPI.Undo');
        assert.equal(attr(offer?.findAll(byTag('button'))[0], 'data-action'), 'undo-remove');
        const order = page.children.map((child) => (typeof child === 'string' ? child : attr(child, 'class')));
        assert.deepEqual(order, ['toolbar', 'undo-offer', 'table-scroll'], 'right under the toolbar, never below the table');
        assert.equal(render([django, flask])().findAll(withAttr('class', 'undo-offer')).length, 0);
    });

    it('takes every word of its own from the page text it is given, and fills in its templates', () => {
        const marked = comparePageText({ t: (message) => `«${message}»` });
        const full = [django, flask, fastapi, entry('a'), entry('b')];
        const models = [viewModel([django, flask], { removed: 'FastAPI', notice: 'A notice.' }), viewModel([django, flask]), viewModel([django]), viewModel(full)];
        const pages = [
            root(renderCompare(fakeDocument, models[0]!, { text: marked, onlyDifferences: false, addError: '«typed»' })),
            root(renderCompare(fakeDocument, models[1]!, { text: marked, onlyDifferences: true })),
            root(renderCompare(fakeDocument, models[2]!, { text: marked, onlyDifferences: false })),
            root(renderCompare(fakeDocument, models[3]!, { text: marked, onlyDifferences: false })),
        ];
        // What the model brings is catalog text: names, summaries, values, labels and the notice.
        const data = new Set(
            models.flatMap((model) => [
                model.notice ?? '',
                ...model.table.columns.flatMap((column) => [column.name, column.summary]),
                ...model.table.rows.flatMap((row) => [row.dimension.label, ...row.cells.flatMap((cell) => [cell.text, cell.detail ?? '', cell.rationale ?? '', ...(cell.items ?? []), ...(cell.links ?? []).map((link) => link.label)])]),
            ]),
        );
        const words = pages.flatMap((page) => [
            ...page.texts(),
            ...page.findAll(() => true).flatMap((element) => ['aria-label', 'title'].map((name) => element.attributes.get(name) ?? '')),
        ]);
        const own = words.filter((word) => word.trim() !== '' && !data.has(word) && !/^https:\/\//.test(word));
        assert.ok(own.length > 30, own.join('\n'));
        assert.deepEqual(own.filter((word) => !word.includes('«')), [], 'a word not from the page text');
        assert.ok(own.includes('«Remove {0}»'.replace('{0}', 'Django')));
        assert.ok(own.includes('«Comparing {0}: {1} of {2} dimensions differ.»'.replace('{0}', '«{0} and {1}»'.replace('{0}', 'Django').replace('{1}', 'Flask')).replace('{1}', '1').replace('{2}', '19')));
    });

    it('shows the notice the extension sends', () => {
        const page = render([django, flask], { notice: 'Not in the catalog: nope.' })();
        assert.equal(page.findAll(withAttr('role', 'note'))[0]?.text, 'Not in the catalog: nope.');
    });
});
