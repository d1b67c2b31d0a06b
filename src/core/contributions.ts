/**
 * Every id the extension shares with package.json: commands, the view container and its views,
 * the webview's view type, settings, context keys and tree-row context values. Code uses these
 * constants, never the strings; test/unit/packageManifest.test.ts checks each against package.json.
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
    /** Opens an entry's page (facts with sources, judgements, links, actions) in an editor tab. */
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
    /** Hides a review finding by adding its key to the workspace's ignore setting. */
    ignoreFinding: 'stackGuide.review.ignoreFinding',
    /** Opens a page with the version, the extension host and what each tier knows per registry. */
    showCatalogInfo: 'stackGuide.showCatalogInfo',
    /** Adds a package to the diagnostics' ignore setting in the workspace: the "Ignore" quick fix. */
    ignoreDiagnostic: 'stackGuide.diagnostics.ignorePackage',
    /** Opens the team radar picture drawn from the team files. */
    showTeamRadar: 'stackGuide.showTeamRadar',
} as const;

/** The only commands a hover may run; the adapter enables exactly these by name. */
export const HOVER_COMMANDS = [CommandIds.showEntry, CommandIds.compare] as const;

/**
 * The comparison panel's view type. `createWebviewPanel`, `registerWebviewPanelSerializer`
 * and package.json's `onWebviewPanel:` activation event must all use this string.
 */
export const COMPARE_VIEW_TYPE = 'stackGuide.compare';

/**
 * The entry page's view type, shared by `createWebviewPanel`, the panel serializer and
 * package.json's `onWebviewPanel:` activation event.
 */
export const DETAILS_VIEW_TYPE = 'stackGuide.details';
/** The recommendation results panel's view type; the same three places use it as COMPARE_VIEW_TYPE. */
export const RECOMMEND_VIEW_TYPE = 'stackGuide.recommendations';
/** The team radar panel's view type. */
export const RADAR_VIEW_TYPE = 'stackGuide.teamRadar';

/** The Stack Guide activity-bar container that holds both views. */
export const VIEW_CONTAINER_ID = 'stackGuide';

/** The catalog tree in the Stack Guide view container. */
export const CATALOG_VIEW_ID = 'stackGuide.catalog';

/** The "This Workspace" tree in the Stack Guide view container. */
export const WORKSPACE_VIEW_ID = 'stackGuide.workspace';

/** Context keys the extension sets; menus and welcome views read them in `when` clauses. */
export const ContextKeys = {
    /** The catalog tree has a filter: shows "Clear Filter". */
    filterActive: 'stackGuide.filterActive',
    /** The filter matches nothing: shows the welcome text with "Clear Filter". */
    filterEmpty: 'stackGuide.filterEmpty',
    /** The last review found no manifest: This Workspace offers "Recommend a Stack…" instead. */
    noManifests: 'stackGuide.noManifests',
    /** A team file with radar items applies: the catalog view's title bar offers "Show Team Radar". */
    hasTeamRadar: 'stackGuide.hasTeamRadar',
} as const;

/**
 * Shows hovers on dependencies in manifests. Scope `resource`: a multi-root workspace can turn
 * hovers off in one folder, so it is read with the hovered document (`getConfiguration(undefined, document)`).
 */
export const HOVER_ENABLED_SETTING = 'stackGuide.hover.enabled';

/** Also hovers dependencies the catalog does not know. Scope `resource`, read like `HOVER_ENABLED_SETTING`. */
export const HOVER_UNKNOWN_PACKAGES_SETTING = 'stackGuide.hover.showUnknownPackages';

/**
 * Turns the status bar item off. Scope `window`: the window has one item for all its folders,
 * so a per-folder value could not apply; it is read without a resource.
 */
export const STATUS_BAR_SETTING = 'stackGuide.statusBar.enabled';

/** Review findings the user dismissed: keys as in core/review/ignore.ts (`npm:moment`). */
export const REVIEW_IGNORE_SETTING = 'stackGuide.review.ignore';

/**
 * Tree rows' `contextValue`s, which menus match with `viewItem`. A catalog entry row is `entry`
 * followed by the flags that apply to it, space-separated (see core/tree/contextValue.ts), so
 * menus test `viewItem =~ /^entry\b.*\brepo\b/`.
 */
export const TreeItemContexts = {
    /** A language, kind or category row in the catalog tree. */
    group: 'group',
    /** A catalog entry row in the catalog tree. */
    entry: 'entry',
    /** A row about a catalog entry in the "This Workspace" tree. */
    reviewEntry: 'reviewEntry',
    /** A finding in the "This Workspace" tree that the user can ignore. */
    reviewFinding: 'reviewFinding',
    /** A finding about a catalog entry: both of the above. */
    reviewFindingEntry: 'reviewFindingEntry',
    /** A ring row of the catalog tree's "Team radar" group, or the group itself. */
    teamGroup: 'teamGroup',
    /** A radar item in the catalog tree's "Team radar" group. */
    teamItem: 'teamItem',
} as const;

/** Flags after `entry` in a catalog row's context value. */
export const EntryContextFlags = {
    /** The entry links its source repository: "Open Repository". */
    repository: 'repo',
    /** The entry has an install command: "Copy Install Command". */
    install: 'install',
} as const;

/**
 * Team files beside each folder's `.vscode/stack-guide.json`: paths or globs, relative to the
 * folder or absolute. Scope `resource`, read per folder; listed in `restrictedConfigurations`, so
 * an untrusted repository's own settings cannot point the extension at files outside it.
 */
export const TEAM_FILES_SETTING = 'stackGuide.teamCatalog.files';

/** Turns the manifest diagnostics off. Scope `resource`, read with the manifest. */
export const DIAGNOSTICS_ENABLED_SETTING = 'stackGuide.diagnostics.enabled';

/** Packages (`registry:name`) the diagnostics leave alone. Scope `window`, like the review's ignore list. */
export const DIAGNOSTICS_IGNORE_SETTING = 'stackGuide.diagnostics.ignore';
