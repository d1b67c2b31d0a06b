import type { Catalog } from '../catalog/catalog';
import { packageKey } from '../catalog/packageNames';
import type { Registry } from '../catalog/vocabulary';
import type { L10n } from '../text/l10n';
import { patternKey } from './packagePattern';
import type { PackagePattern, Ring, TeamFile, TeamFileProblem, TeamOrigin, TeamPackage, TeamRadarItem } from './teamTypes';

/** A radar item as it applies after merging: what it is about, its ring, and where it is written. */
export interface TeamRing {
    readonly ring: Ring;
    readonly note?: string;
    readonly since?: string;
    /** As the file names it: `npm:moment`, `npm:@acme/*`, or the entry id `django`. */
    readonly subject: string;
    /** The catalog entry it is about, when there is one (an `entry` item, or a package the catalog knows). */
    readonly entryId?: string;
    readonly origin: TeamOrigin;
}

/** What the review and the recommendations ask of the team files: a package's ring, or a catalog entry's. */
export interface TeamRings {
    ring(registry: Registry, name: string): TeamRing | undefined;
    /** By the entry's id or by one of its packages. */
    ringOfEntry(id: string): TeamRing | undefined;
}

/** Prefix patterns, each with the order it was read in: the longest prefix wins, then the later file. */
interface Glob<T> {
    readonly pattern: PackagePattern;
    readonly value: T;
    readonly order: number;
}

function bestGlob<T>(globs: readonly Glob<T>[], registry: Registry, name: string): T | undefined {
    const key = packageKey(registry, name).slice(registry.length + 1);
    let best: Glob<T> | undefined;
    for (const glob of globs) {
        const fits = glob.pattern.registry === registry && key.startsWith(glob.pattern.name);
        if (fits && (!best || glob.pattern.name.length > best.pattern.name.length || (glob.pattern.name.length === best.pattern.name.length && glob.order > best.order))) {
            best = glob;
        }
    }
    return best?.value;
}

/**
 * The team's guidance from every team file, merged: files are applied in the order given (the
 * settings' files first, then the folder's `.vscode/stack-guide.json`), and for each package the
 * later file wins. An exact name beats a `*` pattern whatever the order; between patterns the
 * longest prefix wins. Lookups are map accesses plus a scan of the (few) patterns.
 *
 * Consumers (hovers, diagnostics, the sidebar's radar group, the comparison's ring row, the
 * review and recommendations) ask by package (`ring`, `privatePackage`) or by catalog entry
 * (`ringOfEntry`), or list everything (`radar`, `packages`).
 */
/** One team file as read: its counts, whatever applied. */
export interface TeamFileSummary {
    readonly uri: string;
    readonly name?: string;
    /** Radar items and private packages that applied (invalid ones are dropped). */
    readonly radarItems: number;
    readonly packages: number;
    /** Problems reported on the file: errors and warnings. */
    readonly problems: number;
}

export class TeamCatalog {
    static readonly EMPTY = new TeamCatalog([], undefined);

    private readonly exact = new Map<string, TeamRing>();
    private readonly byEntry = new Map<string, TeamRing>();
    private readonly globs: Glob<TeamRing>[] = [];
    private readonly exactPackages = new Map<string, TeamPackage>();
    private readonly packageGlobs: Glob<TeamPackage>[] = [];
    private readonly subjects = new Map<string, TeamRing>();
    private readonly describedPackages = new Map<string, TeamPackage>();
    /** Items naming an entry the catalog does not have, by file URI; said in words only when shown. */
    private readonly unknownEntries = new Map<string, { readonly id: string; readonly origin: TeamOrigin }[]>();
    /** The files' names (`"Acme platform radar"`), in order. */
    readonly names: readonly string[];
    /** What each file read holds, in the order merged: for "Show Catalog Info". */
    readonly files: readonly TeamFileSummary[];

    constructor(files: readonly TeamFile[], catalog: Catalog | undefined) {
        this.names = files.flatMap((file) => (file.name === undefined ? [] : [file.name]));
        let order = 0;
        for (const file of files) {
            for (const item of file.radar) {
                this.addRing(item, catalog, order++);
            }
            for (const pkg of file.packages) {
                this.addPackage(pkg, order++);
            }
        }
        this.files = files.map((file) => ({
            uri: file.uri,
            ...(file.name === undefined ? {} : { name: file.name }),
            radarItems: file.radar.length,
            packages: file.packages.length,
            problems: file.problems.length + (this.unknownEntries.get(file.uri)?.length ?? 0),
        }));
    }

    /** The ring the team gives this package, if any. */
    ring(registry: Registry, name: string): TeamRing | undefined {
        return this.exact.get(packageKey(registry, name)) ?? bestGlob(this.globs, registry, name);
    }

    /** The ring the team gives this catalog entry, by id or by one of its packages. */
    ringOfEntry(id: string): TeamRing | undefined {
        return this.byEntry.get(id);
    }

    /** The team's description of a private or internal package, if any. */
    privatePackage(registry: Registry, name: string): TeamPackage | undefined {
        return this.exactPackages.get(packageKey(registry, name)) ?? bestGlob(this.packageGlobs, registry, name);
    }

    /** Every radar item that applies, one per subject (the later file's), in the order read. */
    radar(): readonly TeamRing[] {
        return [...this.subjects.values()];
    }

    /** Every private package described, one per pattern (the later file's). */
    packages(): readonly TeamPackage[] {
        return [...this.describedPackages.values()];
    }

    /** Items naming an entry the catalog does not have: said on the team file, as warnings, in the display language. */
    problemsIn(file: string, l10n: L10n): readonly TeamFileProblem[] {
        return (this.unknownEntries.get(file) ?? []).map(({ id, origin }) => {
            const path = `${origin.path}.entry`;
            const message = `${path}: ${l10n.t('the catalog has no entry "{0}"; the item is ignored', id)}`;
            return { message, path, offset: origin.offset, length: origin.length, severity: 'warning' };
        });
    }

    get isEmpty(): boolean {
        return this.subjects.size === 0 && this.describedPackages.size === 0;
    }

    private addRing(item: TeamRadarItem, catalog: Catalog | undefined, order: number): void {
        const { ring, note, since, origin } = item;
        const base = { ring, origin, ...(note === undefined ? {} : { note }), ...(since === undefined ? {} : { since }) };
        if (item.target.kind === 'entry') {
            const entry = catalog?.get(item.target.id);
            if (catalog && !entry) {
                this.unknownEntries.set(origin.file, [...(this.unknownEntries.get(origin.file) ?? []), { id: item.target.id, origin }]);
                return;
            }
            const applied: TeamRing = { ...base, subject: item.target.id, entryId: item.target.id };
            this.subjects.set(`entry:${item.target.id}`, applied);
            this.byEntry.set(item.target.id, applied);
            for (const pkg of entry?.packages ?? []) {
                this.exact.set(packageKey(pkg.registry, pkg.name), applied);
            }
            return;
        }
        const { pattern } = item.target;
        const entryId = pattern.prefix ? undefined : catalog?.findPackage(pattern.registry, pattern.name)?.id;
        const applied: TeamRing = { ...base, subject: pattern.text, ...(entryId === undefined ? {} : { entryId }) };
        this.subjects.set(patternKey(pattern), applied);
        if (pattern.prefix) {
            this.globs.push({ pattern, value: applied, order });
            return;
        }
        this.exact.set(packageKey(pattern.registry, pattern.name), applied);
        if (entryId !== undefined) {
            this.byEntry.set(entryId, applied);
        }
    }

    private addPackage(pkg: TeamPackage, order: number): void {
        this.describedPackages.set(patternKey(pkg.pattern), pkg);
        if (pkg.pattern.prefix) {
            this.packageGlobs.push({ pattern: pkg.pattern, value: pkg, order });
        } else {
            this.exactPackages.set(packageKey(pkg.pattern.registry, pkg.pattern.name), pkg);
        }
    }
}
