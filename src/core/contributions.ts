/**
 * Every id the extension shares with package.json: commands, views, the webview's view type,
 * settings and context keys. A unit test checks each against package.json.
 */
export const CommandIds = {
    /** Opens an entry's documentation (its homepage when it has no docs link). */
    openDocumentation: 'stackGuide.openDocumentation',
    /** Opens an entry's source repository. */
    openRepository: 'stackGuide.openRepository',
    /** Copies `npm install` / `bundle add` / `pip install` for an entry's package. */
    copyInstallCommand: 'stackGuide.copyInstallCommand',
    /** Asks for text and filters the sidebar tree by name, category or use case. */
    filterCatalog: 'stackGuide.filterCatalog',
    clearFilter: 'stackGuide.clearFilter',
    /** Opens an entry's page (facts with sources, judgements, links) in the Markdown preview. */
    showDetails: 'stackGuide.showDetails',
    /** Reveals an entry (by id) in the sidebar tree. */
    showEntry: 'stackGuide.showEntry',
    /** Opens the comparison panel: with an array of entry ids, or a picker without one. */
    compare: 'stackGuide.compare',
    /** Compares the entries selected in the sidebar. */
    compareSelected: 'stackGuide.compareSelected',
    /** Adds one sidebar entry to the open comparison. */
    addToComparison: 'stackGuide.addToComparison',
    /** Asks what is being built, what the team knows and what matters, and ranks stacks. */
    recommend: 'stackGuide.recommend',
    /** Reviews the workspace's manifests: stack, deprecated dependencies, duplicates, gaps. */
    reviewWorkspace: 'stackGuide.reviewWorkspace',
} as const;

export type CommandId = (typeof CommandIds)[keyof typeof CommandIds];

/** The only commands a hover may run; the adapter enables exactly these by name. */
export const HOVER_COMMANDS = [CommandIds.showEntry, CommandIds.compare] as const;

/**
 * The comparison panel's view type. `createWebviewPanel`, `registerWebviewPanelSerializer`
 * and package.json's `onWebviewPanel:` activation event must all use this string.
 */
export const COMPARE_VIEW_TYPE = 'stackGuide.compare';

/** The "This Workspace" tree in the Stack Guide view container. */
export const WORKSPACE_VIEW_ID = 'stackGuide.workspace';

/** Turns the status bar item off. */
export const STATUS_BAR_SETTING = 'stackGuide.statusBar.enabled';
