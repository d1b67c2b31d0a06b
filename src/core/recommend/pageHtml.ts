/**
 * The recommendation page, written whole by the extension: every catalog string is escaped
 * here, links are https only (resultsView.ts gates them), and the page's one script only turns
 * clicks into messages and keeps the answers for a window reload. Under the same policy as the
 * comparison: nothing loads but the page's own script (by nonce) and stylesheet.
 */
import { escapeHtml, pageHead } from '../compare/pageHtml';
import { RESULTS_TITLE } from './loadingPage';
import type { RecommendAction, RecommendWebviewState } from './protocol';
import { SCORE_EXPLANATION, type PartView, type ResultsView, type StackView } from './resultsView';

/** What the page needs from the webview; every URI is a webview resource URI. */
export interface PageResources {
    readonly nonce: string;
    readonly cspSource: string;
    readonly scriptUri: string;
    readonly styleUri: string;
}

const e = escapeHtml;

function actionButton(action: RecommendAction, label: string, extra: { id?: string; className?: string; title?: string } = {}): string {
    const id = extra.id === undefined ? '' : ` data-id="${e(extra.id)}"`;
    const title = extra.title === undefined ? '' : ` title="${e(extra.title)}"`;
    return `<button type="button" class="${e(extra.className ?? 'action')}" data-action="${action}"${id}${title}>${e(label)}</button>`;
}

function partItem(part: PartView): string {
    const label = part.builtIn ? `built into ${part.name}` : part.name;
    const link = actionButton('openEntry', label, { id: part.id, className: 'entry-link', title: `Show the details of ${part.name}` });
    return `<li><span class="part-role">${e(part.role)}</span> ${link}</li>`;
}

function stackSection(stack: StackView): string {
    const reasons = stack.reasons
        .map((reason) => {
            // The catalog's rationale, for whoever wants the why behind the sentence.
            const detail = reason.detail === undefined ? '' : ` title="${e(reason.detail)}"`;
            return `<li class="reason ${reason.polarity}"${detail}><span class="points">${e(reason.points)}</span> <span class="sentence">${e(reason.sentence)}</span></li>`;
        })
        .join('\n');
    const docs = stack.documentation ? `<a class="docs" href="${e(stack.documentation.url)}">${e(stack.documentation.label)}</a>` : '';
    return `<section class="stack" aria-labelledby="stack-${stack.rank}">
<h2 id="stack-${stack.rank}"><span class="rank">${stack.rank}.</span> ${e(stack.title)} <span class="score">${stack.score} points</span></h2>
<ul class="parts">
${stack.parts.map(partItem).join('\n')}
</ul>
<h3>Why</h3>
<ul class="reasons">
${reasons}
</ul>
${docs}
</section>`;
}

function body(view: ResultsView): string {
    if (view.stacks.length === 0) {
        return `<p class="empty">The catalog has no stack for these answers yet.</p>`;
    }
    return `<p class="score-note">${e(SCORE_EXPLANATION)}</p>
${view.stacks.map(stackSection).join('\n')}`;
}

/** The whole page for these results; `state` is what the page keeps for a reload. */
export function buildResultsHtml(resources: PageResources, view: ResultsView, state: RecommendWebviewState): string {
    const answers = view.answers.map((answer) => `<div><dt>${e(answer.label)}</dt><dd>${e(answer.value)}</dd></div>`).join('');
    const compare = view.compareNames === '' ? '' : actionButton('compare', 'Compare these', { title: `Compare ${view.compareNames} side by side` });
    return `${pageHead({ nonce: resources.nonce, cspSource: resources.cspSource, styles: [resources.styleUri], title: RESULTS_TITLE })}
<body>
<main id="app" data-state="${e(JSON.stringify(state))}">
<header>
<h1>${e(view.heading)}</h1>
<dl class="answers">${answers}</dl>
<div class="toolbar">${actionButton('changeAnswers', 'Change answers', { title: 'Ask the questions again, starting from these answers' })}${compare}</div>
</header>
${body(view)}
</main>
<script nonce="${e(resources.nonce)}" src="${e(resources.scriptUri)}"></script>
</body>
</html>
`;
}
