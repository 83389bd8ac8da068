// Zip archives for releases, written with fflate (no native tools needed, the
// same bytes on every machine): entries sorted, one fixed timestamp, so the
// same files always give the same archive.
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

const FIXED_TIME = new Date('2000-01-01T00:00:00Z');

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
export async function filesBelow(dir, prefix = '') {
  const found = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await filesBelow(dir, relative)));
    else if (entry.isFile()) found.push(relative);
  }
  return found.sort();
}

/** A zip of the given entries ({ name: Uint8Array | string }). */
export function zipEntries(entries) {
  const input = {};
  for (const name of Object.keys(entries).sort()) {
    const data = entries[name];
    input[name] = [typeof data === 'string' ? strToU8(data) : data, { mtime: FIXED_TIME, level: 9 }];
  }
  return Buffer.from(zipSync(input));
}

/** A zip of every file below `dir`, optionally changed on the way by `transform(name, bytes)`. */
export async function zipFolder(dir, transform = (_name, bytes) => bytes) {
  const entries = {};
  for (const name of await filesBelow(dir)) entries[name] = transform(name, await readFile(path.join(dir, name)));
  return zipEntries(entries);
}

/** The entries of a zip as { name: Buffer }. */
export function unzipEntries(bytes) {
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, Buffer.from(data)]));
}
