// npm run release: builds Bondstage for its hosted address and writes, for
// the version in package.json, into release/<version>/ (or --out <dir>/<version>/):
//   bondstage-excel-<version>.zip        the static site to host at ADDIN_BASE_URL:
//                                        pages, task pane, functions, metadata, icons, manifest
//   manifest.xml                         the production Office manifest (for AppSource,
//                                        the Microsoft 365 admin center or sideloading)
//   bondstage-apps-script-<version>.zip  dist/gas exactly as `clasp push` uploads it
//   bondstage-store-kit-<version>.zip    docs/store (texts and graphics for both stores)
//                                        with the site's addresses filled in
//   NOTES.md, SHA256SUMS                 the version's notes from CHANGELOG.md, checksums
// Rules: ADDIN_BASE_URL is required and must be https (not localhost);
// SUPPORT_CONTACT (https address or e-mail) is required; CHANGELOG.md must
// have notes for the version; an existing release of the version is never
// replaced. The release is checked before it is kept: every manifest URL names
// a file in the site archive, every icon has its size, the manifest passes the
// Office schemas (xmllint). Nothing is written when anything fails. The build
// runs in a temporary copy of the project, so dist/ is left as it was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { productionBaseUrl } from './build/office.mjs';
import { supportContact } from './build/site.mjs';
import { packageVersion } from './build/version.mjs';
import { ROOT, runNode } from './lib/run.mjs';
import { unzipEntries, zipFolder } from './release/archive.mjs';
import { notesFor } from './release/changelog.mjs';
import { manifestProblems } from './release/manifest-check.mjs';

const USAGE = `Usage: ADDIN_BASE_URL=https://… SUPPORT_CONTACT=… npm run release [-- --out <folder>]

  ADDIN_BASE_URL   where the Excel add-in and the site will be hosted, https, e.g. https://you.github.io/bondstage
  SUPPORT_CONTACT  where users report problems: an https address or an e-mail address
  --out <folder>   where releases go (default: release); this release goes to <folder>/<version>`;

class ReleaseError extends Error {}

/** The hosted address, refused unless it is an https address other than this machine, without query or fragment. */
function releaseBaseUrl(value) {
  if (!value)
    throw new ReleaseError(
      'ADDIN_BASE_URL is required: the https address where the add-in will be hosted, e.g. https://you.github.io/bondstage',
    );
  const baseUrl = productionBaseUrl(value);
  const url = new URL(baseUrl);
  if (/^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/i.test(url.hostname)) {
    throw new ReleaseError(`ADDIN_BASE_URL must be the public address where users' Excel will load the add-in, not ${url.hostname}`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new ReleaseError(`ADDIN_BASE_URL must be a plain address without query, fragment or user name, got "${value}"`);
  }
  return baseUrl;
}

/** A path relative to the working folder when it lies inside it, else absolute. */
function shownPath(file) {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: { out: { type: 'string', default: 'release' }, help: { type: 'boolean', short: 'h' } },
    strict: true,
  });
  return values;
}

/** Folders of the project that a build neither needs nor may see. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'release', '.git', 'coverage', 'test-results']);

/** Builds in a temporary copy of the project (node_modules linked, not copied); resolves with the copy's folder. */
async function buildInCopy(env, releases) {
  const copy = await mkdtemp(path.join(os.tmpdir(), 'bondstage-release-'));
  await cp(ROOT, copy, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(ROOT, source);
      const top = relative.split(path.sep)[0];
      return !NOT_COPIED.has(top) && source !== releases && !source.startsWith(releases + path.sep);
    },
  });
  await symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  const built = await runNode(path.join(copy, 'scripts/build.mjs'), [], { cwd: copy, env });
  if (built !== 0) {
    await rm(copy, { recursive: true, force: true });
    throw new ReleaseError('The build failed (see above); nothing was released.');
  }
  return copy;
}

function xmllint(file) {
  const result = spawnSync(
    'xmllint',
    ['--nonet', '--noout', '--schema', path.join(ROOT, 'schemas/office-manifest/OfficeAppManifestV1_1.xsd'), file],
    { encoding: 'utf8' },
  );
  if (result.error?.code === 'ENOENT')
    return 'xmllint is not installed (Debian: apt-get install libxml2-utils), so the manifest was not checked against the schemas';
  if (result.status !== 0) throw new ReleaseError(`The production manifest does not pass the Office manifest schemas:\n${result.stderr}`);
  return null;
}

/** The store kit: docs/store with {ADDIN_BASE_URL} and {VERSION} filled in. */
function storeKit(baseUrl, version) {
  return zipFolder(path.join(ROOT, 'docs/store'), (name, bytes) =>
    name.endsWith('.md')
      ? Buffer.from(bytes.toString('utf8').replaceAll('{ADDIN_BASE_URL}', baseUrl).replaceAll('{VERSION}', version))
      : bytes,
  );
}

async function main(argv) {
  const flags = options(argv);
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  const version = packageVersion();
  const baseUrl = releaseBaseUrl(process.env.ADDIN_BASE_URL);
  const contact = supportContact(process.env.SUPPORT_CONTACT);
  if (!contact)
    throw new ReleaseError(
      'SUPPORT_CONTACT is required: where users report problems (shown on the support, privacy and terms pages), an https address or an e-mail address',
    );
  const notes = notesFor(version);
  const releases = path.resolve(ROOT, flags.out);
  const target = path.join(releases, version);
  if (existsSync(target)) {
    throw new ReleaseError(
      `Bondstage ${version} is already released in ${shownPath(target)}. A release is never replaced: raise "version" in package.json and add its notes to CHANGELOG.md.`,
    );
  }

  console.log(`Building Bondstage ${version} for ${baseUrl} …`);
  const copy = await buildInCopy({ ...process.env, ADDIN_BASE_URL: baseUrl, SUPPORT_CONTACT: process.env.SUPPORT_CONTACT }, releases);
  await mkdir(releases, { recursive: true });
  const staging = await mkdtemp(path.join(releases, `.${version}-`));
  try {
    const files = {
      [`bondstage-excel-${version}.zip`]: await zipFolder(path.join(copy, 'dist/office')),
      'manifest.xml': await readFile(path.join(copy, 'dist/office/manifest.xml')),
      [`bondstage-apps-script-${version}.zip`]: await zipFolder(path.join(copy, 'dist/gas')),
      [`bondstage-store-kit-${version}.zip`]: await storeKit(baseUrl, version),
      'NOTES.md': Buffer.from(`# Bondstage ${version}\n\n${notes}\n`),
    };

    const site = unzipEntries(files[`bondstage-excel-${version}.zip`]);
    const problems = manifestProblems(files['manifest.xml'].toString('utf8'), site, baseUrl);
    if (problems.length) throw new ReleaseError(`The production manifest does not fit the site archive:\n  ${problems.join('\n  ')}`);

    for (const [name, bytes] of Object.entries(files)) await writeFile(path.join(staging, name), bytes);
    const warning = xmllint(path.join(staging, 'manifest.xml'));
    const sums = Object.entries(files).map(([name, bytes]) => `${createHash('sha256').update(bytes).digest('hex')}  ${name}`);
    await writeFile(path.join(staging, 'SHA256SUMS'), `${sums.join('\n')}\n`);

    await chmod(staging, 0o755);
    await rename(staging, target);
    const shown = shownPath(target);
    console.log(`\nReleased Bondstage ${version} into ${shown}/:`);
    for (const [name, bytes] of Object.entries(files))
      console.log(`  ${name.padEnd(38)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB`);
    if (warning) console.warn(`\nWarning: ${warning}.`);
    console.log(`\nNext: host the contents of bondstage-excel-${version}.zip at ${baseUrl}/ (see docs/publishing.md),`);
    console.log('then run npm run deploy:gas -- --release for the versioned Apps Script deployment.');
    return 0;
  } finally {
    await rm(staging, { recursive: true, force: true });
    await rm(copy, { recursive: true, force: true });
  }
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error) => {
    const known =
      error instanceof ReleaseError || error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || /must|required|CHANGELOG/.test(error.message);
    console.error(`Release refused: ${error.message}${known ? '' : `\n${error.stack}`}`);
    if (error.code?.startsWith?.('ERR_PARSE_ARGS')) console.error(`\n${USAGE}`);
    process.exitCode = 1;
  });
