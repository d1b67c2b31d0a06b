/**
 * `node out/test/bench/writeLargeLock.js <file> <MB>`: writes a generated package-lock.json of
 * that size, so the integration test can make one without building 50 MB of text inside the
 * extension host it measures.
 */
import { writeFileSync } from 'node:fs';
import { packageLock } from './lockfileGenerator';

const [file, megabytes] = process.argv.slice(2);
if (file === undefined || megabytes === undefined) {
    console.error('usage: writeLargeLock <file> <MB>');
    process.exitCode = 2;
} else {
    writeFileSync(file, packageLock(Number(megabytes) * 1024 * 1024));
}
