/**
 * Bundler's Gemfile.lock (and gems.locked). No library reads it outside Ruby, and its format is
 * small: sections (GEM, GIT, PATH, PLUGIN SOURCE) whose `specs:` list each gem as
 * "    name (version)" or "    name (version-platform)" for a platform-specific build
 * (`nokogiri (1.16.0-x86_64-linux)`), with its own dependencies indented further. The line
 * pattern is Bundler's own (its LockfileParser's NAME_VERSION): the version never holds a "-",
 * what follows one is the platform.
 */
import type { Steps } from '../review/slices';
import { LockTable, lockedPackage, type LockedSource, type LockIndex } from './lockTypes';
import { isTopLevel, textBlocks } from './textBlocks';

const SPEC = /^ {4}(?! )(\S+) \(([^-)]*)(?:-([^)]*))?\)$/;

const SECTION_SOURCES: Record<string, LockedSource | undefined> = { GIT: 'git', PATH: 'path' };

export function* gemfileLockSteps(text: string): Steps<LockIndex | undefined> {
    const table = new LockTable('bundler', 'rubygems', { recordsMembers: false });
    let sections = 0;
    for (const block of yield* textBlocks(text, isTopLevel)) {
        const section = block.header.trim();
        if (!/^(?:GEM|GIT|PATH|PLUGIN SOURCE)$/.test(section)) {
            continue;
        }
        sections++;
        const source = SECTION_SOURCES[section];
        for (const line of block.text.split('\n')) {
            const spec = SPEC.exec(line.replace(/\r$/, ''));
            if (spec?.[1] !== undefined && spec[2] !== undefined) {
                table.addPackage(spec[1], lockedPackage(spec[2], source, spec[3]));
            }
        }
        yield;
    }
    return sections > 0 ? table : undefined;
}
