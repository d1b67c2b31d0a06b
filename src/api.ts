import * as vscode from 'vscode';
import type { CatalogSource } from './host/catalogSource';
import type { CatalogEntry, Registry } from './core/catalog/schema';
import type { WorkspaceReview } from './core/review/summary';
import type { CompareApi } from './host/compare/registerCompare';
import type { RecommendApi } from './host/recommend/registerRecommend';
import type { ReviewApi } from './host/review/registerReview';
import type { CatalogTreeTesting } from './host/tree/registerCatalogTree';

/**
 * What `vscode.extensions.getExtension('stackguide.stack-guide').exports` returns: plain data
 * in, plain data out, no live VS Code objects. Every catalog call loads the catalog on first
 * use, so they are asynchronous.
 */
export interface StackGuideApi extends RecommendApi {
    readonly catalog: {
        get(id: string): Promise<CatalogEntry | undefined>;
        all(): Promise<readonly CatalogEntry[]>;
        findPackage(registry: Registry, name: string): Promise<CatalogEntry | undefined>;
    };
    readonly compare: Pick<CompareApi, 'open'>;
    /** Reviews the whole workspace (refreshing its view and the status bar), or only `folderUri`. */
    review(folderUri?: vscode.Uri): Promise<WorkspaceReview>;
    /** Present only when VS Code runs the extension for its tests (`ExtensionMode.Test`). */
    readonly testing?: StackGuideTesting;
}

/** What the integration tests observe beyond the public API; never part of a release's contract. */
export interface StackGuideTesting {
    readonly tree: CatalogTreeTesting;
    /** The ids the comparison panel shows, and whether its webview has drawn them. */
    compareState(): { ids: string[]; rendered: boolean };
    /** The stack text the status bar shows, or undefined while it is hidden. */
    statusBarText(): string | undefined;
}

/** What each feature's registration returned, for the API to expose. */
export interface Features {
    readonly catalog: CatalogSource;
    readonly compare: CompareApi;
    readonly tree: CatalogTreeTesting;
    readonly recommend: RecommendApi;
    readonly review: ReviewApi;
}

export function createApi(mode: vscode.ExtensionMode, features: Features): StackGuideApi {
    const { catalog, compare, tree, recommend, review } = features;
    const api: StackGuideApi = {
        catalog: {
            get: async (id) => (await catalog.get()).get(id),
            all: async () => (await catalog.get()).all(),
            findPackage: async (registry, name) => (await catalog.get()).findPackage(registry, name),
        },
        compare: { open: compare.open },
        recommend: recommend.recommend,
        review: review.review,
    };
    if (mode !== vscode.ExtensionMode.Test) {
        return api;
    }
    return { ...api, testing: { tree, compareState: compare.state, statusBarText: review.statusBarText } };
}
