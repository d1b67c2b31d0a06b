/**
 * What a recommendations editor VS Code restores after a window reload shows while the ranking
 * is computed again: the page's own stylesheet (so the theme's colours) and one line where the
 * heading will be. A module of its own, so the serializer can write it without loading the
 * recommendation's code.
 */
import { pageHead } from '../compare/pageHtml';

/** What the loading page needs from the webview; the URI is a webview resource URI. */
export interface LoadingPageResources {
    readonly nonce: string;
    readonly cspSource: string;
    readonly styleUri: string;
}

/** The panel's title, also the page's and the placeholder's. */
export const RESULTS_TITLE = 'Stack Guide: Recommendations';

/** The loading page: no script and no catalog text, so nothing in it needs escaping but the URI. */
export function buildLoadingHtml(resources: LoadingPageResources): string {
    return `${pageHead({ nonce: resources.nonce, cspSource: resources.cspSource, styles: [resources.styleUri], title: RESULTS_TITLE })}
<body>
<main id="app" aria-busy="true"><p class="loading">Loading the recommendations…</p></main>
</body>
</html>
`;
}
