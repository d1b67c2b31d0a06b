import * as vscode from 'vscode';
import type { CatalogSource } from './host/catalogSource';
import type { RegistrySource } from './host/registrySource';
import type { CatalogEntry, Registry } from './core/catalog/schema';
import type { PackageDescription } from './core/registry/describe';
import type { WorkspaceReview } from './core/review/summary';
import type { ReviewNode } from './core/review/reviewTreeModel';
import type { CompareApi } from './host/compare/registerCompare';
import type { DetailsPages } from './host/details';
import type { RecommendApi, RecommendFeature } from './host/recommend/registerRecommend';
import type { RecommendTesting } from './host/recommend/recommendCommand';
import type { ReviewApi } from './host/review/registerReview';
import type { CatalogTreeTesting } from './host/tree/registerCatalogTree';
import type { RadarApi } from './host/radar/registerRadar';
import type { RadarState } from './host/radar/radarPanel';
import { shownInput, typeIntoShown } from './host/ui/shownInput';

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
        /**
         * What Stack Guide knows about any package, from the most curated tier: a catalog entry,
         * a family rule, or the registry index (its authors' or Debian's words, dated by
         * `asOf`); undefined when no tier knows it. PyPI names are matched after PEP 503
         * normalisation, npm names exactly. Loads the registry data on first use.
         */
        describe(registry: Registry, name: string): Promise<PackageDescription | undefined>;
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
    /** The labels of the comparison's rows as last posted to its webview. */
    compareRows(): string[];
    /** Opens the team radar and resolves once its page has drawn. */
    openRadar(): Promise<void>;
    /** Whether the radar is open and drawn, and what its page counted: dots per ring, table rows, workspace marks. */
    radarState(): RadarState;
    /** The stack text the status bar shows, or undefined while it is hidden. */
    statusBarText(): string | undefined;
    /** The "This Workspace" view's description: how many dependencies each tier answered. */
    workspaceViewDescription(): string | undefined;
    /** The entry pages open, with the HTML each shows. */
    detailsPages(): { entryId: string; title: string; html: string }[];
    /** The recommendations panel and the questions on screen. */
    readonly recommend: RecommendTesting;
    /** The status bar's Markdown tooltip, or undefined while hidden. */
    statusBarTooltip(): string | undefined;
    /** The "This Workspace" view's rows as last shown. */
    workspaceRows(): readonly ReviewNode[];
    /** The QuickPick or InputBox the extension has on screen, to read. */
    shownInput(): vscode.QuickPick<vscode.QuickPickItem> | vscode.InputBox | undefined;
    /** Puts text in that input as if typed; false when none is shown. */
    typeIntoShown(text: string): boolean;
}

/** What each feature's registration returned, for the API to expose. */
export interface Features {
    readonly catalog: CatalogSource;
    readonly registry: RegistrySource;
    readonly compare: CompareApi;
    readonly tree: CatalogTreeTesting;
    readonly recommend: RecommendFeature;
    readonly review: ReviewApi;
    readonly details: DetailsPages;
    readonly radar: RadarApi;
}

export function createApi(mode: vscode.ExtensionMode, features: Features): StackGuideApi {
    const { catalog, registry, compare, tree, recommend, review, details, radar } = features;
    const api: StackGuideApi = {
        catalog: {
            get: async (id) => (await catalog.get()).get(id),
            all: async () => (await catalog.get()).all(),
            findPackage: async (registryId, name) => (await catalog.get()).findPackage(registryId, name),
            describe: async (registryId, name) => (typeof name === 'string' ? (await registry.get()).describe(registryId, name) : undefined),
        },
        compare: { open: compare.open },
        recommend: recommend.recommend,
        review: review.review,
    };
    if (mode !== vscode.ExtensionMode.Test) {
        return api;
    }
    return {
        ...api,
        testing: {
            tree,
            compareState: compare.state,
            compareRows: compare.rows,
            openRadar: radar.open,
            radarState: radar.state,
            statusBarText: review.statusBarText,
            workspaceViewDescription: review.workspaceViewDescription,
            detailsPages: () => details.open(),
            recommend: recommend.testing,
            statusBarTooltip: review.statusBarTooltip,
            workspaceRows: review.workspaceRows,
            shownInput,
            typeIntoShown,
        },
    };
}
