import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { lazy } from '../lazy';
import type { Log } from '../log';
import type { RegistrySource } from '../registrySource';
import type { TeamSource } from '../team/teamSource';
import { DIAGNOSTICS_ENABLED_SETTING, DIAGNOSTICS_IGNORE_SETTING } from '../../core/contributions';
import { ignoredPackages, type DependencyDiagnostic } from '../../core/diagnostics/dependencyDiagnostics';
import type { DiagnosticsRequest, DiagnosticsService } from '../../core/diagnostics/diagnosticsService';
import { manifestFormatOf } from '../../core/manifests/manifestFiles';
import { positionOf } from '../../core/team/teamFiles';
import { toDiagnostic } from './toDiagnostic';

/** How many reviewed manifests get diagnostics without being opened: each is read and parsed. */
const REVIEW_COVER_LIMIT = 500;

/** Typing pauses this long before a manifest's diagnostics are computed again. */
const EDIT_DELAY_MS = 300;

const NOT_MANIFEST_SCHEMES = new Set(['git', 'output', 'vscode-scm', 'review']);

/** What was reported for one manifest, kept for the quick fixes. */
export interface ReportedManifest {
    readonly found: readonly DependencyDiagnostic[];
    readonly diagnostics: readonly vscode.Diagnostic[];
}

/**
 * Diagnostics on dependencies in manifests: for each manifest as it is opened and edited
 * (debounced, per document version), and, after a workspace review, for every manifest it read.
 * They follow the team files and the settings without a reload. The rules are in
 * core/diagnostics; this only schedules, reads the settings and converts.
 */
export class ManifestDiagnostics implements vscode.Disposable {
    private readonly collection = vscode.languages.createDiagnosticCollection('stack-guide');
    private readonly reported = new Map<string, ReportedManifest>();
    private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
    /** Manifests the last review read, which keep their diagnostics while closed. */
    private reviewed = new Set<string>();
    private readonly subscriptions: vscode.Disposable[] = [];
    private readonly loadService: () => Promise<DiagnosticsService>;
    private coverGeneration = 0;

    constructor(
        catalog: CatalogSource,
        private readonly registry: RegistrySource,
        private readonly team: TeamSource,
        private readonly log: Log,
    ) {
        this.loadService = lazy(() =>
            Promise.all([import('../../core/diagnostics/diagnosticsService.js'), catalog.get()]).then(([module, loaded]) => new module.DiagnosticsService(loaded, vscode.l10n)),
        );
        this.subscriptions.push(
            this.collection,
            vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
            vscode.workspace.onDidChangeTextDocument((event) => this.schedule(event.document, EDIT_DELAY_MS)),
            vscode.workspace.onDidCloseTextDocument((document) => this.onClosed(document.uri)),
            team.onDidChange(() => this.refreshAll()),
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration(DIAGNOSTICS_ENABLED_SETTING) || event.affectsConfiguration(DIAGNOSTICS_IGNORE_SETTING)) {
                    this.refreshAll();
                }
            }),
        );
        // After activation returns: the editors already open are covered like newly opened ones.
        setTimeout(() => vscode.workspace.textDocuments.forEach((document) => this.schedule(document, 0)), 0);
    }

    /** What was reported for a manifest (by URI string), for the quick fixes. */
    reportedFor(uri: vscode.Uri): ReportedManifest | undefined {
        return this.reported.get(uri.toString());
    }

    /**
     * After a review: the manifests it read get their diagnostics, open or not, one at a time so
     * the extension host stays responsive; a newer review stops an older one's pass. Past
     * REVIEW_COVER_LIMIT manifests (a monorepo of thousands) only open files get them.
     */
    async coverReviewed(manifests: readonly string[]): Promise<void> {
        const generation = ++this.coverGeneration;
        const covered = manifests.slice(0, REVIEW_COVER_LIMIT);
        if (manifests.length > covered.length) {
            this.log.info(`Diagnostics cover the first ${covered.length} of the ${manifests.length} reviewed manifests; the others get theirs when opened.`);
        }
        const previous = this.reviewed;
        this.reviewed = new Set(covered);
        // A manifest deleted, or no longer reviewed, keeps no diagnostic unless it is open.
        const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
        for (const uri of previous) {
            if (!this.reviewed.has(uri) && !open.has(uri)) {
                this.collection.delete(vscode.Uri.parse(uri));
                this.reported.delete(uri);
            }
        }
        for (const uri of covered) {
            if (generation !== this.coverGeneration) {
                return;
            }
            const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri);
            await (document ? this.update(document) : this.updateClosed(vscode.Uri.parse(uri)));
        }
    }

    dispose(): void {
        this.timers.forEach((timer) => clearTimeout(timer));
        this.subscriptions.forEach((subscription) => subscription.dispose());
    }

    private schedule(document: vscode.TextDocument, delay: number): void {
        // A manifest's old version in a diff, or an output channel, is not the file to fix.
        if (manifestFormatOf(document.fileName) === undefined || NOT_MANIFEST_SCHEMES.has(document.uri.scheme)) {
            return;
        }
        const key = document.uri.toString();
        clearTimeout(this.timers.get(key));
        this.timers.set(key, setTimeout(() => {
            this.timers.delete(key);
            this.update(document).catch((error: unknown) => this.log.error(`Could not compute the diagnostics of ${document.uri.toString(true)}:`, error));
        }, delay));
    }

    private onClosed(uri: vscode.Uri): void {
        const key = uri.toString();
        clearTimeout(this.timers.get(key));
        if (!this.reviewed.has(key)) {
            this.collection.delete(uri);
            this.reported.delete(key);
        }
        void this.loadService().then((service) => service.forget(key), () => undefined);
    }

    private refreshAll(): void {
        const open = new Set(vscode.workspace.textDocuments.map((document) => document.uri.toString()));
        vscode.workspace.textDocuments.forEach((document) => this.schedule(document, 0));
        const closed = [...this.reviewed].filter((uri) => !open.has(uri));
        void Promise.all(closed.map((uri) => this.updateClosed(vscode.Uri.parse(uri)))).catch(() => undefined);
    }

    private async update(document: vscode.TextDocument): Promise<void> {
        const version = document.version;
        const found = await this.compute(document.uri, { key: document.uri.toString(), version, fileName: document.fileName, text: () => document.getText() });
        // A later edit has its own run coming; a closed document keeps nothing unless reviewed.
        if (found === undefined || document.version !== version || (document.isClosed && !this.reviewed.has(document.uri.toString()))) {
            return;
        }
        this.set(document.uri, found, (offset) => document.positionAt(offset));
    }

    /** A reviewed manifest that is not open: read from disk, parsed once, not cached. */
    private async updateClosed(uri: vscode.Uri): Promise<void> {
        const text = await Promise.resolve(vscode.workspace.fs.readFile(uri)).then((bytes) => new TextDecoder().decode(bytes), () => undefined);
        if (text === undefined) {
            return;
        }
        const found = await this.compute(uri, { key: uri.toString(), version: -1, fileName: uri.path, text: () => text });
        if (found !== undefined) {
            this.set(uri, found, (offset) => {
                const { line, character } = positionOf(text, offset);
                return new vscode.Position(line, character);
            });
        }
    }

    private set(uri: vscode.Uri, found: readonly DependencyDiagnostic[], positionAt: (offset: number) => vscode.Position): void {
        const diagnostics = found.map((item) => toDiagnostic(positionAt, item));
        this.reported.set(uri.toString(), { found, diagnostics });
        this.collection.set(uri, diagnostics);
    }

    /** The diagnostics, or undefined when they are turned off for this file (then none is shown). */
    private async compute(uri: vscode.Uri, base: Pick<DiagnosticsRequest, 'key' | 'version' | 'fileName' | 'text'>): Promise<DependencyDiagnostic[] | undefined> {
        if (!vscode.workspace.getConfiguration(undefined, uri).get<boolean>(DIAGNOSTICS_ENABLED_SETTING, true)) {
            this.collection.delete(uri);
            this.reported.delete(uri.toString());
            return undefined;
        }
        const ignored = ignoredPackages(vscode.workspace.getConfiguration().get<unknown>(DIAGNOSTICS_IGNORE_SETTING));
        const [service, team] = await Promise.all([this.loadService(), this.team.get()]);
        const current = this.registry.current();
        const request: DiagnosticsRequest = { ...base, team, ignored, ...(current ? { registry: current } : {}) };
        const first = service.diagnostics(request);
        if (first !== 'needs-registry') {
            return first;
        }
        // Without the index (a failed read) there is simply no typosquat check.
        const loaded = await this.registry.get().catch(() => undefined);
        const second = service.diagnostics({ ...request, registry: loaded ?? { describe: () => undefined, typosquat: () => undefined, list: () => undefined } });
        return second === 'needs-registry' ? [] : second;
    }
}
