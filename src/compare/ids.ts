/**
 * The comparison panel's view type. `createWebviewPanel`, `registerWebviewPanelSerializer`
 * and package.json's `onWebviewPanel:` activation event must all use this string.
 */
export const COMPARE_VIEW_TYPE = 'stackGuide.compare';
