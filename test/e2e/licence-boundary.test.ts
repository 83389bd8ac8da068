/**
 * HyperFormula is GPL-3.0 (or commercial): it may be used in the preview and
 * the tests only. The add-on's bundles in dist/gas and dist/office must never
 * contain it, nor any of the preview (Chart.js, which draws the preview's
 * Dashboard charts, included: the add-on's charts are the hosts' own).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './preview-server';

/** Strings only HyperFormula's code or the preview's code (Chart.js: its own property names) contains, in any casing. */
const MARKERS = ['hyperformula', 'gpl-v3', 'internal-use-in-handsontable', 'bondstage.preview.', 'chartjs'];
const ADD_ON_DIRS = ['dist/gas', 'dist/office'];
const TEXT_FILE = /\.(?:js|mjs|html|css|json|xml|txt|gs)$/i;

function filesBelow(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesBelow(file) : [file];
  });
}

function markersIn(text: string): string[] {
  const lower = text.toLowerCase();
  return MARKERS.filter((marker) => lower.includes(marker));
}

/** The preview's script exactly as `npm start` serves it (the bundler is an ES module, so it runs in its own Node). */
function previewScript(): string {
  const program =
    "const { previewBundleText } = await import('./scripts/preview/bundle.mjs'); process.stdout.write((await previewBundleText()).script);";
  return execFileSync(process.execPath, ['--input-type=module', '-e', program], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

test('the markers are found in the preview bundle, so their absence elsewhere means something', () => {
  expect(markersIn(previewScript())).toEqual(MARKERS);
});

test.each(ADD_ON_DIRS)('%s contains neither HyperFormula nor the preview', (dir) => {
  const absolute = path.join(ROOT, dir);
  if (!existsSync(absolute)) throw new Error(`${dir} is missing: run npm run build first`);
  const files = filesBelow(absolute).filter((file) => TEXT_FILE.test(file));
  expect(files.length).toBeGreaterThan(0);
  const found = files.flatMap((file) => markersIn(readFileSync(file, 'utf8')).map((marker) => `${path.relative(ROOT, file)}: ${marker}`));
  expect(found).toEqual([]);
});

test('the add-on sources never import the preview or HyperFormula', () => {
  const sources = ['gas', 'office', 'shared']
    .map((dir) => path.join(ROOT, dir))
    .filter(existsSync)
    .flatMap(filesBelow)
    .filter((file) => /\.ts$/.test(file));
  expect(sources.length).toBeGreaterThan(0);
  const offending = sources.filter((file) => /from\s+['"](?:hyperformula|(?:\.\.\/)+preview\/)/.test(readFileSync(file, 'utf8')));
  expect(offending.map((file) => path.relative(ROOT, file))).toEqual([]);
});

test('HyperFormula is a development dependency only', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<
    'dependencies' | 'devDependencies',
    Record<string, string> | undefined
  >;
  expect(manifest.dependencies?.hyperformula).toBeUndefined();
  expect(manifest.devDependencies?.hyperformula).toBeDefined();
});
