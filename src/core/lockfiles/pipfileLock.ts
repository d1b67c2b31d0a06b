/**
 * Pipenv's Pipfile.lock: JSON whose `default` and `develop` sections map each package to
 * `{"version": "==1.2.3"}`, or to `{"git": …, "ref": …}` / `{"path": …}` for other sources.
 * Read with the sliced JSON walk.
 */
import type { Steps } from '../review/slices';
import type { LockText } from './lockText';
import { walkJson, type JsonChoice, type JsonScalar } from './jsonWalk';
import { LockTable, lockedPackage, type LockIndex } from './lockTypes';

const SECTIONS = new Set(['default', 'develop']);
const FIELDS = new Set(['version', 'git', 'ref', 'path', 'file']);

class PipfileLockReader {
    readonly entries = new Map<string, Partial<Record<string, string>>>();
    sawMeta = false;

    choose(path: readonly string[]): JsonChoice {
        const [section, , field] = path;
        if (path.length === 0) {
            return 'descend';
        }
        if (section === '_meta') {
            this.sawMeta = true;
            return 'skip';
        }
        if (section === undefined || !SECTIONS.has(section)) {
            return 'skip';
        }
        return path.length < 3 ? 'descend' : path.length === 3 && field !== undefined && FIELDS.has(field) ? 'value' : 'skip';
    }

    value(path: readonly string[], value: JsonScalar): void {
        const [, name, field] = path;
        if (name !== undefined && field !== undefined && typeof value === 'string') {
            const entry = this.entries.get(name) ?? {};
            entry[field] = value;
            this.entries.set(name, entry);
        }
    }
}

export function* pipfileLockSteps(text: LockText): Steps<LockIndex | undefined> {
    const reader = new PipfileLockReader();
    if (!(yield* walkJson(text, reader)) || !reader.sawMeta) {
        return undefined;
    }
    const table = new LockTable('pipenv', 'pypi', { recordsMembers: false });
    for (const [name, entry] of reader.entries) {
        if (entry.git !== undefined) {
            table.addPackage(name, lockedPackage(entry.ref ?? entry.version?.replace(/^==/, '') ?? '', 'git'));
        } else if (entry.path !== undefined || entry.file !== undefined) {
            table.addPackage(name, lockedPackage(entry.version?.replace(/^==/, '') ?? '', entry.path !== undefined ? 'path' : 'url'));
        } else if (entry.version !== undefined) {
            table.addPackage(name, lockedPackage(entry.version.replace(/^===?/, '')));
        }
    }
    return table;
}
