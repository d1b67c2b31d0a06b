/// <reference lib="dom" />
/**
 * The recommendation page's script. The extension writes the whole page; this only keeps the
 * answers it shows for a window reload and turns clicks on its controls into messages, built
 * through the protocol's own check so the page never sends what the extension would refuse.
 */
import { messageForAction, type RecommendMessage, type RecommendWebviewState } from '../../core/recommend/protocol';

interface VsCodeApi {
    postMessage(message: RecommendMessage): void;
    setState(state: RecommendWebviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

/** The answers the extension wrote into the page; kept so the serializer can show them again. */
function keepState(): void {
    const raw = document.getElementById('app')?.dataset.state;
    if (raw === undefined) {
        return;
    }
    try {
        vscode.setState({ answers: (JSON.parse(raw) as Partial<RecommendWebviewState>).answers });
    } catch {
        // A page without readable state restores from the answers the extension remembers.
    }
}

document.addEventListener('click', (event) => {
    const control = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-action]') : null;
    const message = control ? messageForAction(control.dataset.action, control.dataset.id) : undefined;
    if (message) {
        event.preventDefault();
        vscode.postMessage(message);
    }
});

keepState();
