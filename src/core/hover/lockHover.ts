/**
 * The hover's lockfile line: what is installed, and how far behind the registry index's latest
 * version it is, with the index's date. Every lockfile string is hostile input: escaped.
 */
import type { LockedFacts } from '../lockfiles/lockedFacts';
import type { LockedPackage } from '../lockfiles/lockTypes';
import type { LockState } from '../lockfiles/parseLockfile';
import { escapeMarkdown } from '../text/markdown';

/** What the host could learn of the manifest's lockfile by the time the hover answers. */
export type HoverLockState = LockState | { readonly kind: 'reading'; readonly fileName: string };

/** "2026-11-30" → "2026-11". */
const month = (asOf: string | undefined): string => (asOf ?? '').slice(0, 7);

const SOURCE_WORDS: Record<NonNullable<LockedPackage['source']>, string> = {
    git: 'from Git',
    path: 'from a local path',
    workspace: 'the workspace’s own package',
    url: 'from a URL',
};

/** "4.18.2", "0f3c1b2 from Git", "1.16.0 (arm64-darwin, x86_64-linux builds)". */
function lockedText(locked: readonly LockedPackage[]): string {
    const first = locked[0];
    if (first?.source !== undefined) {
        const version = first.source === 'git' ? first.version.slice(0, 12) : first.source === 'workspace' ? '' : first.version;
        return `${version === '' ? '' : `${escapeMarkdown(version)} `}${SOURCE_WORDS[first.source]}`;
    }
    const versions = [...new Set(locked.map((one) => one.version))];
    const platforms = locked.flatMap((one) => (one.platform === undefined ? [] : [one.platform]));
    const builds = platforms.length > 0 ? ` (${escapeMarkdown(platforms.join(', '))} builds)` : '';
    return `${versions.map(escapeMarkdown).join(', ')}${builds}`;
}

function standingText(facts: LockedFacts): string {
    const { latest, standing } = facts;
    if (!latest || !standing) {
        return '';
    }
    const asOf = latest.asOf ? ` as of ${escapeMarkdown(month(latest.asOf))}` : '';
    if (standing.kind === 'up-to-date') {
        return ` · up to date${asOf}`;
    }
    const behind = standing.majors === 0 ? 'behind within its major version' : `${standing.majors} major${standing.majors === 1 ? '' : 's'} behind`;
    return ` · latest ${escapeMarkdown(latest.version)}${asOf}: ${behind}`;
}

/** The section for a dependency the lockfile was read for. */
export function lockedSection(facts: LockedFacts, constraint: string | undefined): string {
    const file = escapeMarkdown(facts.lockfile);
    if (facts.locked.length === 0) {
        return `Not in ${file}.`;
    }
    const line = `Locked: ${lockedText(facts.locked)} (${file})${standingText(facts)}`;
    if (facts.satisfies === false && constraint !== undefined) {
        return `${line}\n\n$(warning) **The lockfile is out of date**: the locked version is outside ${escapeMarkdown(constraint)}. Run the install again to update ${file}.`;
    }
    return line;
}

const megabytes = (bytes: number): string => `${Math.ceil(bytes / (1024 * 1024))} MB`;

/** The section when the lockfile gave no index. */
export function lockStateSection(state: Exclude<HoverLockState, { kind: 'read' }>): string {
    const file = escapeMarkdown(state.fileName);
    switch (state.kind) {
        case 'reading':
            return `Locked: still reading ${file}; hover again in a moment.`;
        case 'too-large':
            return `Locked: ${file} is too large to read (${megabytes(state.bytes)}).`;
        case 'unreadable':
            return `Locked: ${file} could not be read.`;
    }
}
