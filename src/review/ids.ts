/** The review's identifiers besides its command (CommandIds.reviewWorkspace). */
/** The "This Workspace" tree in the Stack Guide view container. */
export const WORKSPACE_VIEW_ID = 'stackGuide.workspace';

/** Turns the status bar item off. */
export const STATUS_BAR_SETTING = 'stackGuide.statusBar.enabled';
