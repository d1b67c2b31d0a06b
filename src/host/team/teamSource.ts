import * as vscode from 'vscode';
import type { CatalogSource } from '../catalogSource';
import { elapsed, type Log } from '../log';
import { TEAM_FILES_SETTING } from '../../core/contributions';
import { TeamCatalog } from '../../core/team/teamCatalog';
import { TEAM_FILE_PATH, positionOf } from '../../core/team/teamFiles';
import type { TeamFile, TeamFileProblem } from '../../core/team/teamTypes';
import { findTeamFiles, watchSettingFiles, type TeamFileLocation } from './findTeamFiles';

/** Waits for a burst of file events (a save, a git checkout) to end before reading again. */
const RELOAD_DELAY_MS = 100;

interface ReadFile {
    readonly uri: vscode.Uri;
    readonly text: string;
}

async function readTeamFile(location: TeamFileLocation, log: Log): Promise<ReadFile | undefined> {
    try {
        const bytes = await vscode.workspace.fs.readFile(location.uri);
        return { uri: location.uri, text: new TextDecoder().decode(bytes) };
    } catch (error) {
        if (!location.optional) {
            log.warn(`Team file ${location.uri.toString(true)} could not be read:`, error);
        }
        return undefined;
    }
}

function toDiagnostic(text: string, problem: TeamFileProblem): vscode.Diagnostic {
    const start = positionOf(text, problem.offset);
    const end = positionOf(text, problem.offset + problem.length);
    const range = new vscode.Range(start.line, start.character, end.line, end.character);
    const severity = problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning;
    const diagnostic = new vscode.Diagnostic(range, problem.message, severity);
    diagnostic.source = 'Stack Guide';
    diagnostic.code = 'team-file';
    return diagnostic;
}

/**
 * The team's guidance, merged from every team file (see findTeamFiles for the order), kept current:
 * saving a team file, or changing the setting, applies it at once. Nothing is read until a
 * feature asks (`get()`) or a team file changes; the reader and its schema load only when a team
 * file exists. The team files' own problems go to the Problems view, and whatever is valid applies.
 */
export class TeamSource implements vscode.Disposable {
    private team = TeamCatalog.EMPTY;
    private loading: Promise<TeamCatalog> | undefined;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private readonly changed = new vscode.EventEmitter<TeamCatalog>();
    private readonly problems = vscode.languages.createDiagnosticCollection('stack-guide-team');
    private readonly subscriptions: vscode.Disposable[] = [];
    private settingWatchers: vscode.Disposable[] = [];
    private knownFiles = new Set<string>();

    /** Fired after every reload that a change started, with the merged result. */
    readonly onDidChange = this.changed.event;

    constructor(
        private readonly catalog: CatalogSource,
        private readonly log: Log,
    ) {
        const watcher = vscode.workspace.createFileSystemWatcher(`**/${TEAM_FILE_PATH}`);
        // A team file that arrives with its new .vscode folder (a checkout, a copy) can escape
        // the file watcher; the folder's creation is reported, so it reloads too.
        const folders = vscode.workspace.createFileSystemWatcher(`**/${TEAM_FILE_PATH.split('/')[0]!}`, false, true, true);
        const reload = (): void => this.schedule();
        this.subscriptions.push(
            this.changed,
            this.problems,
            watcher,
            folders,
            folders.onDidCreate(reload),
            watcher.onDidChange(reload),
            watcher.onDidCreate(reload),
            watcher.onDidDelete(reload),
            // Saves are reported even where the file watcher misses one.
            vscode.workspace.onDidSaveTextDocument((document) => {
                if (this.knownFiles.has(document.uri.toString()) || document.uri.path.endsWith(`/${TEAM_FILE_PATH}`)) {
                    this.schedule();
                }
            }),
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration(TEAM_FILES_SETTING) && this.loading) {
                    this.schedule();
                }
            }),
            vscode.workspace.onDidChangeWorkspaceFolders(() => {
                if (this.loading) {
                    this.schedule();
                }
            }),
        );
    }

    /** The merged team data as last read: empty until the first read finishes. */
    current(): TeamCatalog {
        return this.team;
    }

    /** The merged team data, read on the first call. */
    get(): Promise<TeamCatalog> {
        this.loading ??= this.load();
        return this.loading;
    }

    dispose(): void {
        clearTimeout(this.timer);
        for (const disposable of [...this.subscriptions, ...this.settingWatchers]) {
            disposable.dispose();
        }
    }

    private schedule(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.loading = this.load();
            void this.loading.then((team) => this.changed.fire(team));
        }, RELOAD_DELAY_MS);
    }

    private async load(): Promise<TeamCatalog> {
        const started = performance.now();
        try {
            const locations = await findTeamFiles();
            this.watchSettingFiles();
            const read = (await Promise.all(locations.map((location) => readTeamFile(location, this.log)))).flatMap((file) => (file ? [file] : []));
            this.knownFiles = new Set(locations.map((location) => location.uri.toString()));
            this.team = await this.merge(read);
            if (read.length > 0) {
                this.log.info(`Team files read: ${read.length} in ${elapsed(started)}.`);
            }
        } catch (error) {
            // The bundled catalog keeps working: the previous team data stays.
            this.log.error('Could not read the team files:', error);
        }
        return this.team;
    }

    /** Parses and merges; the reader is loaded only when some team file exists. */
    private async merge(read: readonly ReadFile[]): Promise<TeamCatalog> {
        if (read.length === 0) {
            this.problems.clear();
            return TeamCatalog.EMPTY;
        }
        const [{ parseTeamFile }, catalog] = await Promise.all([import('../../core/team/parseTeamFile.js'), this.catalog.get().catch(() => undefined)]);
        const files: TeamFile[] = read.map(({ uri, text }) => parseTeamFile(uri.toString(), text, vscode.l10n));
        const team = new TeamCatalog(files, catalog);
        this.problems.clear();
        read.forEach(({ uri, text }, index) => {
            const all = [...files[index]!.problems, ...team.problemsIn(uri.toString(), vscode.l10n)];
            this.problems.set(uri, all.map((problem) => toDiagnostic(text, problem)));
        });
        return team;
    }

    private watchSettingFiles(): void {
        for (const disposable of this.settingWatchers.splice(0)) {
            disposable.dispose();
        }
        this.settingWatchers = watchSettingFiles(() => this.schedule());
    }
}
