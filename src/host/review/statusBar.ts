import * as vscode from 'vscode';
import { CommandIds } from '../../core/contributions';
import type { WorkspaceReview } from '../../core/review/summary';
import { escapeMarkdown } from '../../core/text/markdown';

/**
 * The detected stack in the status bar ("Node.js · Express · Mongoose"); a click runs the
 * review. Hidden while the setting is off or no manifest was found.
 */
export class StackStatusBar implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('stackGuide.stack', vscode.StatusBarAlignment.Left, 10);
    private text: string | undefined;
    private enabled = true;

    constructor() {
        this.item.name = vscode.l10n.t('Stack Guide: Workspace Stack');
        this.item.command = { command: CommandIds.reviewWorkspace, title: vscode.l10n.t('Review This Workspace') };
    }

    setEnabled(enabled: boolean): void {
        this.enabled = enabled;
        this.render();
    }

    show(review: WorkspaceReview): void {
        this.text = review.statusBarText;
        // Structured Markdown from escaped catalog names; not trusted, so no link or command can run from it.
        const tooltip = new vscode.MarkdownString(review.statusBarTooltip ?? escapeMarkdown(review.summary));
        tooltip.supportHtml = false;
        this.item.tooltip = tooltip;
        // A screen reader hears what "+N" means rather than the symbol.
        this.item.accessibilityInformation = { label: vscode.l10n.t('Workspace stack: {0}. {1}', review.statusBarText ?? '', review.summary), role: 'button' };
        this.render();
    }

    /** The tooltip's Markdown; undefined while hidden. */
    shownTooltip(): string | undefined {
        return this.enabled && this.text !== undefined && this.item.tooltip instanceof vscode.MarkdownString ? this.item.tooltip.value : undefined;
    }

    /** The stack text as shown, without its icon; undefined while hidden. */
    shownText(): string | undefined {
        return this.enabled ? this.text : undefined;
    }

    dispose(): void {
        this.item.dispose();
    }

    private render(): void {
        if (this.enabled && this.text !== undefined) {
            this.item.text = `$(layers) ${this.text}`;
            this.item.show();
        } else {
            this.item.hide();
        }
    }
}
