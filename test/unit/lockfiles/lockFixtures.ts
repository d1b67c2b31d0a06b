import * as fs from 'node:fs';
import * as path from 'node:path';
import { lockfileNameOf, type LockfileName } from '../../../src/core/lockfiles/lockfileNames';

/** Compiled tests run from out/test/unit/lockfiles; the fixtures stay in the source tree. */
const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/lockfiles');

/**
 * Real-shaped lockfiles, stored as "<case>.<lockfile name>.fixture" (or "<lockfile name>.fixture")
 * so that no tool takes them for the project's own.
 */
export const LOCK_FIXTURES: readonly string[] = fs
    .readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.fixture'))
    .sort();

export function readLockFixture(file: string): { lock: LockfileName; text: string } {
    const real = file.replace(/\.fixture$/, '');
    const lock = lockfileNameOf(real) ?? lockfileNameOf(real.slice(real.indexOf('.') + 1));
    if (!lock) {
        throw new Error(`${file} names no lockfile`);
    }
    return { lock, text: fs.readFileSync(path.join(FIXTURES, file), 'utf8') };
}
