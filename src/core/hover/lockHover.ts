/**
 * The hover's lockfile line: what is installed, and how far behind the registry index's latest
 * version it is, with the index's date. Every lockfile string is hostile input: escaped.
 */
import type { LockedFacts } from '../lockfiles/lockedFacts';
import type { LockedPackage } from '../lockfiles/lockTypes';
import type { LockState } from '../lockfiles/parseLockfile';
import type { L10n } from '../text/l10n';
import { escapeMarkdown } from '../text/markdown';

/** What the host could learn of the manifest's lockfile by the time the hover answers. */
export type HoverLockState = LockState | { readonly kind: 'reading'; readonly fileName: string };

/** "2026-11-30" → "2026-11". */
const month = (asOf: string | undefined): string => (asOf ?? '').slice(0, 7);

/** "from Git", or the version with where it comes from: "0f3c1b2 from Git". */
function sourceText(source: NonNullable<LockedPackage['source']>, version: string, l10n: L10n): string {
    switch (source) {
        case 'git':
            return l10n.t('{0} from Git', version);
        case 'path':
            return l10n.t('{0} from a local path', version);
        case 'workspace':
            return l10n.t('the workspace’s own package');
        case 'url':
            return l10n.t('{0} from a URL', version);
    }
}

/** "4.18.2", "0f3c1b2 from Git", "1.16.0 (arm64-darwin, x86_64-linux builds)". */
function lockedText(locked: readonly LockedPackage[], l10n: L10n): string {
    const first = locked[0];
    if (first?.source !== undefined) {
        const version = first.source === 'git' ? first.version.slice(0, 12) : first.version;
        // A lockfile may give no version for a local or URL package: the words stand alone then.
        return sourceText(first.source, escapeMarkdown(version), l10n).trim();
    }
    const versions = [...new Set(locked.map((one) => one.version))].map(escapeMarkdown).join(', ');
    const platforms = locked.flatMap((one) => (one.platform === undefined ? [] : [one.platform]));
    return platforms.length > 0 ? l10n.t('{0} ({1} builds)', versions, escapeMarkdown(platforms.join(', '))) : versions;
}

/** How far behind the index's latest version the locked one is: " · up to date as of 2026-11". */
function standingText(facts: LockedFacts, l10n: L10n): string {
    const { latest, standing } = facts;
    if (!latest || !standing) {
        return '';
    }
    const asOf = latest.asOf ? escapeMarkdown(month(latest.asOf)) : undefined;
    if (standing.kind === 'up-to-date') {
        return ` · ${asOf === undefined ? l10n.t('up to date') : l10n.t('up to date as of {0}', asOf)}`;
    }
    const behind = standing.majors === 0
        ? l10n.t('behind within its major version')
        : standing.majors === 1 ? l10n.t('1 major behind') : l10n.t('{0} majors behind', standing.majors);
    const version = escapeMarkdown(latest.version);
    return ` · ${asOf === undefined ? l10n.t('latest {0}: {1}', version, behind) : l10n.t('latest {0} as of {1}: {2}', version, asOf, behind)}`;
}

/** The section for a dependency the lockfile was read for. */
export function lockedSection(facts: LockedFacts, constraint: string | undefined, l10n: L10n): string {
    const file = escapeMarkdown(facts.lockfile);
    if (facts.locked.length === 0) {
        return l10n.t('Not in {0}.', file);
    }
    const line = `${l10n.t('Locked: {0} ({1})', lockedText(facts.locked, l10n), file)}${standingText(facts, l10n)}`;
    if (facts.satisfies === false && constraint !== undefined) {
        const advice = l10n.t('the locked version is outside {0}. Run the install again to update {1}.', escapeMarkdown(constraint), file);
        return `${line}\n\n$(warning) **${l10n.t('The lockfile is out of date')}**: ${advice}`;
    }
    return line;
}

const megabytes = (bytes: number): number => Math.ceil(bytes / (1024 * 1024));

/** The section when the lockfile gave no index. */
export function lockStateSection(state: Exclude<HoverLockState, { kind: 'read' }>, l10n: L10n): string {
    const file = escapeMarkdown(state.fileName);
    switch (state.kind) {
        case 'reading':
            return l10n.t('Locked: still reading {0}; hover again in a moment.', file);
        case 'too-large':
            return l10n.t('Locked: {0} is too large to read ({1} MB).', file, megabytes(state.bytes));
        case 'unreadable':
            return l10n.t('Locked: {0} could not be read.', file);
    }
}
