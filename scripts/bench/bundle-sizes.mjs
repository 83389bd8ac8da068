// The sizes of the built bundles in bytes beside their aims. The Apps Script
// code and functions.js have the caps the forecast issue (11) sets, the two
// checklist pages the cap the browser tests hold them to, the import pages the
// calendar issue's (10). A size over an aim is marked MISS with the aims it
// misses. Each of the first bundles also shows its size when the layout issue
// (9) was filed: that issue was not to grow them, and later features may, so
// it is a reference, not an aim. 1 KB = 1,024 bytes.
// The Excel checklist page's script is taskpane.js with the chunks it
// imports statically (the browser fetches them before it runs); each chunk
// is listed under it, with whether it loads with the page or on first use.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/** Under `kb` KB (a cap). */
const under = (kb, source) => ({ bytes: kb * KB, under: true, text: `under ${kb} KB (${source})` });
/** The size when the layout issue was filed, shown beside the aims. */
const atIssue9 = (kb) => `${kb} KB when issue 9 was filed`;

export const BUNDLE_AIMS = [
  {
    label: 'Apps Script code (Bondstage.js + Globals.js)',
    files: ['dist/gas/Bondstage.js', 'dist/gas/Globals.js'],
    aims: [under(45, 'issue 11')],
    reference: atIssue9(43.1),
  },
  { label: '  dist/gas/Bondstage.js', files: ['dist/gas/Bondstage.js'], aims: [], reference: atIssue9(39.7) },
  { label: '  dist/gas/Globals.js', files: ['dist/gas/Globals.js'], aims: [], reference: atIssue9(3.4) },
  { label: 'dist/office/functions.js', files: ['dist/office/functions.js'], aims: [under(20, 'issue 11')], reference: atIssue9(11.0) },
  { label: 'dist/gas/Sidebar.html', files: ['dist/gas/Sidebar.html'], aims: [under(60, 'page cap')], reference: atIssue9(21.5) },
  {
    label: 'dist/office/taskpane.js + its static imports',
    files: (root) => staticModuleGraph(root, 'dist/office/taskpane.js'),
    aims: [under(60, 'page cap')],
    reference: atIssue9(46.8),
    chunks: 'dist/office/chunks',
  },
  // The calendar import: pages of their own, loaded only when the import is opened.
  { label: 'Sheets calendar import (Import.html)', files: ['dist/gas/Import.html'], aims: [under(150, 'issue 10')] },
  {
    label: 'Excel calendar import (import.*)',
    files: ['dist/office/import.js', 'dist/office/import.html', 'dist/office/import.css'],
    aims: [under(150, 'issue 10')],
  },
];

/** Module specifiers a minified ES module imports statically: import…from"x", import"x", export…from"x". */
function staticImports(code) {
  return [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.{1,2}\/[^"]+)"/g)].map((match) => match[1]);
}

/** An ES module and every module it imports statically, as paths relative to root; import() is left out. */
export async function staticModuleGraph(root, entry) {
  const seen = new Set();
  const visit = async (relative) => {
    if (seen.has(relative)) return;
    seen.add(relative);
    const code = await readFile(path.join(root, relative), 'utf8');
    for (const specifier of staticImports(code)) await visit(path.posix.join(path.posix.dirname(relative), specifier));
  };
  await visit(entry);
  return [...seen];
}

async function chunkLines(root, folder, loadedWithPage) {
  let names;
  try {
    names = (await readdir(path.join(root, folder))).filter((name) => name.endsWith('.js')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const relative = `${folder}/${name}`;
      const size = await fileSize(root, relative);
      const when = loadedWithPage.includes(relative) ? 'loaded with the page' : 'loaded on first use';
      return `${`  ${relative.replace(/^dist\/office\//, '')}`.padEnd(46)} ${bytesText(size.size).padStart(13)} ${`${(size.size / KB).toFixed(1)} KB`.padStart(8)} (${(size.gzipped / KB).toFixed(1)} KB gzipped)  ${when}`;
    }),
  );
}

/** True when `bytes` meets the aim. */
export function meetsAim(bytes, aim) {
  return aim.under ? bytes < aim.bytes : bytes <= aim.bytes;
}

async function fileSize(root, relative) {
  try {
    const file = path.join(root, relative);
    const { size } = await stat(file);
    return { size, gzipped: gzipSync(await readFile(file)).length };
  } catch {
    return undefined;
  }
}

const bytesText = (bytes) => `${bytes.toLocaleString('en')} bytes`;

/** What a bundle's line says after its size: its aims, then its size when issue 9 was filed. */
function aimsText(bundle) {
  const parts = [];
  if (bundle.aims.length) parts.push(`aims: ${bundle.aims.map((aim) => aim.text).join('; ')}`);
  if (bundle.reference) parts.push(`(${bundle.reference})`);
  return parts.join('  ');
}

/** Prints one line per bundle: bytes, KB, gzipped KB, its aims, and MISS with the aims it misses. */
export async function benchBundleSizes(root) {
  console.log('Bundle sizes (minified; 1 KB = 1,024 bytes)');
  for (const bundle of BUNDLE_AIMS) {
    let files = bundle.files;
    if (typeof files === 'function') files = await files(root).catch(() => [null]);
    const sizes = await Promise.all(files.map((file) => (file === null ? undefined : fileSize(root, file))));
    if (sizes.some((size) => size === undefined)) {
      console.log(`${bundle.label.padEnd(46)} not built  ${aimsText(bundle)}  MISS (not built)`);
      continue;
    }
    const total = sizes.reduce((sum, size) => sum + size.size, 0);
    const gzipped = sizes.reduce((sum, size) => sum + size.gzipped, 0);
    const missed = bundle.aims.filter((aim) => !meetsAim(total, aim));
    console.log(
      `${bundle.label.padEnd(46)} ${bytesText(total).padStart(13)} ${`${(total / KB).toFixed(1)} KB`.padStart(8)} (${(gzipped / KB).toFixed(1)} KB gzipped)  ${aimsText(bundle)}` +
        (missed.length ? `  MISS (aim: ${missed.map((aim) => aim.text).join('; ')})` : ''),
    );
    if (bundle.chunks) for (const line of await chunkLines(root, bundle.chunks, files)) console.log(line);
  }
}
