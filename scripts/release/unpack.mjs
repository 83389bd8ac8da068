// node scripts/release/unpack.mjs <release folder> <target folder>: unpacks the
// release's site archive (bondstage-excel-<version>.zip) into the target
// folder, for a static host such as GitHub Pages. The target must be empty or new.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unzipEntries } from './archive.mjs';

const USAGE = 'Usage: node scripts/release/unpack.mjs <release folder> <target folder>';

async function main(args) {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  const [releaseDir, target] = positionals;
  if (positionals.length !== 2) throw new Error(USAGE);
  const archives = existsSync(releaseDir) ? readdirSync(releaseDir).filter((name) => /^bondstage-excel-.+\.zip$/.test(name)) : [];
  if (archives.length !== 1) throw new Error(`${releaseDir} holds no site archive (bondstage-excel-<version>.zip): run npm run release first`);
  if (existsSync(target) && readdirSync(target).length > 0) throw new Error(`${target} is not empty`);
  const root = path.resolve(target);
  const entries = unzipEntries(await readFile(path.join(releaseDir, archives[0])));
  for (const [name, bytes] of Object.entries(entries)) {
    const file = path.resolve(root, name);
    if (!file.startsWith(root + path.sep)) throw new Error(`${archives[0]} names a file outside the folder: ${name}`);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  console.log(`Unpacked ${Object.keys(entries).length} files of ${archives[0]} into ${target}`);
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
