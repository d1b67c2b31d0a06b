/**
 * The recommendation page, written whole by the extension: every catalog string is escaped
 * here, links are https only (resultsView.ts gates them), and the page's one script only turns
 * clicks into messages and keeps the answers for a window reload. Under the same policy as the
 * comparison: nothing loads but the page's own script (by nonce) and stylesheet.
 */
import { escapeHtml, pageHead } from '../compare/pageHtml';
import type { L10n } from '../text/l10n';
import { resultsTitle } from './loadingPage';
import type { RecommendAction, RecommendWebviewState } from './protocol';
import { scoreExplanation, type PartView, type ResultsView, type StackView } from './resultsView';

/** What the page needs from the webview; every URI is a webview resource URI. */
export interface PageResources {
    readonly nonce: string;
    readonly cspSource: string;
    readonly scriptUri: string;
    readonly styleUri: string;
    /** The display language's tag (`vscode.env.language`), for the page's `lang`. */
    readonly language: string;
}

const e = escapeHtml;

function actionButton(action: RecommendAction, label: string, extra: { id?: string; className?: string; title?: string } = {}): string {
    const id = extra.id === undefined ? '' : ` data-id="${e(extra.id)}"`;
    const title = extra.title === undefined ? '' : ` title="${e(extra.title)}"`;
    return `<button type="button" class="${e(extra.className ?? 'action')}" data-action="${action}"${id}${title}>${e(label)}</button>`;
}

function partItem(part: PartView, l10n: L10n): string {
    const label = part.builtIn ? l10n.t('built into {0}', part.name) : part.name;
    const link = actionButton('openEntry', label, { id: part.id, className: 'entry-link', title: l10n.t('Show the details of {0}', part.name) });
    return `<li><span class="part-role">${e(part.role)}</span> ${link}</li>`;
}

function stackSection(stack: StackView, l10n: L10n): string {
    const reasons = stack.reasons
        .map((reason) => {
            // The catalog's rationale, for whoever wants the why behind the sentence.
            const detail = reason.detail === undefined ? '' : ` title="${e(reason.detail)}"`;
            return `<li class="reason ${reason.polarity}"${detail}><span class="points">${e(reason.points)}</span> <span class="sentence">${e(reason.sentence)}</span></li>`;
        })
        .join('\n');
    const docs = stack.documentation ? `<a class="docs" href="${e(stack.documentation.url)}">${e(stack.documentation.label)}</a>` : '';
    return `<section class="stack" aria-labelledby="stack-${stack.rank}">
<h2 id="stack-${stack.rank}"><span class="rank">${stack.rank}.</span> ${e(stack.title)} <span class="score">${e(l10n.t('{0} points', stack.score))}</span></h2>
<ul class="parts">
${stack.parts.map((part) => partItem(part, l10n)).join('\n')}
</ul>
<h3>${e(l10n.t('Why'))}</h3>
<ul class="reasons">
${reasons}
</ul>
${docs}
</section>`;
}

function body(view: ResultsView, l10n: L10n): string {
    if (view.stacks.length === 0) {
        return `<p class="empty">${e(l10n.t('The catalog has no stack for these answers yet.'))}</p>`;
    }
    return `<p class="score-note">${e(scoreExplanation(l10n))}</p>
${view.stacks.map((stack) => stackSection(stack, l10n)).join('\n')}`;
}

/** The whole page for these results; `state` is what the page keeps for a reload. */
export function buildResultsHtml(resources: PageResources, view: ResultsView, state: RecommendWebviewState, l10n: L10n): string {
    const answers = view.answers.map((answer) => `<div><dt>${e(answer.label)}</dt><dd>${e(answer.value)}</dd></div>`).join('');
    const compare = view.compareNames === '' ? '' : actionButton('compare', l10n.t('Compare these'), { title: l10n.t('Compare {0} side by side', view.compareNames) });
    const change = actionButton('changeAnswers', l10n.t('Change answers'), { title: l10n.t('Ask the questions again, starting from these answers') });
    const head = { nonce: resources.nonce, cspSource: resources.cspSource, styles: [resources.styleUri], title: resultsTitle(l10n), language: resources.language };
    return `${pageHead(head)}
<body>
<main id="app" data-state="${e(JSON.stringify(state))}">
<header>
<h1>${e(view.heading)}</h1>
<dl class="answers">${answers}</dl>
<div class="toolbar">${change}${compare}</div>
</header>
${body(view, l10n)}
</main>
<script nonce="${e(resources.nonce)}" src="${e(resources.scriptUri)}"></script>
</body>
</html>
`;
}
