/**
 * What a recommendations editor VS Code restores after a window reload shows while the ranking
 * is computed again: the page's own stylesheet (so the theme's colours) and one line where the
 * heading will be. A module of its own, so the serializer can write it without loading the
 * recommendation's code.
 */
import { pageHead } from '../compare/pageHtml';
import type { L10n } from '../text/l10n';

/** What the loading page needs from the webview; the URI is a webview resource URI. */
export interface LoadingPageResources {
    readonly nonce: string;
    readonly cspSource: string;
    readonly styleUri: string;
    /** The display language's tag (`vscode.env.language`), for the page's `lang`. */
    readonly language: string;
}

/** The panel's title, also the page's and the placeholder's. */
export function resultsTitle(l10n: L10n): string {
    return l10n.t('Stack Guide: Recommendations');
}

/** The loading page: no script and no catalog text, so nothing in it needs escaping but the URI. */
export function buildLoadingHtml(resources: LoadingPageResources, l10n: L10n): string {
    const head = { nonce: resources.nonce, cspSource: resources.cspSource, styles: [resources.styleUri], title: resultsTitle(l10n), language: resources.language };
    return `${pageHead(head)}
<body>
<main id="app" aria-busy="true"><p class="loading">${l10n.t('Loading the recommendations…')}</p></main>
</body>
</html>
`;
}
