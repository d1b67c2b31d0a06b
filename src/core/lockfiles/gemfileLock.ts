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

/** A section header, or a gem's own spec line: each gem is one block with its dependency lines. */
const startsBlock = (line: string): boolean => isTopLevel(line) || /^ {4}\S/.test(line);

export function* gemfileLockSteps(text: string): Steps<LockIndex | undefined> {
    const table = new LockTable('bundler', 'rubygems', { recordsMembers: false });
    let section = '';
    let sections = 0;
    for (const block of yield* textBlocks(text, startsBlock)) {
        if (isTopLevel(block.header)) {
            section = block.header.trim();
            sections += /^(?:GEM|GIT|PATH|PLUGIN SOURCE)$/.test(section) ? 1 : 0;
            continue;
        }
        const spec = /^(?:GEM|GIT|PATH|PLUGIN SOURCE)$/.test(section) ? SPEC.exec(block.header) : null;
        if (spec?.[1] !== undefined && spec[2] !== undefined) {
            table.addPackage(spec[1], lockedPackage(spec[2], SECTION_SOURCES[section], spec[3]));
        }
        yield;
    }
    return sections > 0 ? table : undefined;
}
