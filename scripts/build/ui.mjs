// Builds the bond checklist UI and the calendar import pages for both hosts:
// - dist/gas/Sidebar.html from gas/sidebar/: one self-contained page (script
//   and styles inlined), shown with HtmlService.createHtmlOutputFromFile('Sidebar');
// - dist/office/taskpane.html, taskpane.js (from office/main.ts, a module
//   script), its chunks in dist/office/chunks/ and taskpane.css from
//   office/taskpane/: the shared-runtime page, loading office.js from
//   Microsoft's CDN, then functions.js, then taskpane.js. The ribbon
//   commands' code is a chunk taskpane.js imports on a command's first use;
// - the calendar import, a page of its own in each host so the checklist
//   pages do not carry the iCalendar parser: dist/gas/Import.html (shown as a
//   dialog) and dist/office/import.html, import.js and import.css (a task
//   pane outside the shared runtime).
import { build } from 'esbuild';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './catalog.mjs';
import { minifyTheme } from './css-theme.mjs';
import { GAS_DIR } from './gas.mjs';
import { compressScript } from './minify.mjs';
import { OFFICE_DIR, UI_PROPERTIES, bundleClassicScript, bundleModuleScripts } from './office.mjs';

export const SIDEBAR_FILE = 'Sidebar.html';
export const IMPORT_PAGE_FILE = 'Import.html';
export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

async function bundleText(entry, options = {}) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    minify: true,
    // UTF-8 text instead of \u escapes: the sidebar page declares utf-8.
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
    ...options,
  });
  return result.outputFiles[0].text.trim();
}

/** Text safe inside an inline <script> or <style> element: no sequence that would end it early. */
export function inlineSafe(text, tag) {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1').replace(/<!--/g, '<\\!--');
}

export function sidebarHtml({ script, styles }) {
  if (/<\/style/i.test(styles)) throw new Error('the sidebar styles contain </style');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<base target="_top">',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Bondstage</title>',
    `<style>${styles}</style>`,
    '</head>',
    '<body>',
    '<div id="app"></div>',
    `<script>${inlineSafe(script, 'script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

async function buildSidebar() {
  const bundled = await bundleText('gas/sidebar/sidebar.ts', {
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    mangleProps: UI_PROPERTIES,
  });
  const script = (await compressScript(bundled, { ecma: 2019 })).trim();
  const styles = await minifyTheme(await bundleText('gas/sidebar/google.css', { loader: { '.css': 'css' } }));
  await writeFile(path.join(GAS_DIR, SIDEBAR_FILE), sidebarHtml({ script, styles }));
}

/** Checks that a page loads exactly `expected` scripts, in that order, each as a classic or a module script. */
function checkPageScripts(html, expected, page) {
  const scripts = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].map((match) => ({
    src: match[2],
    module: /\btype="module"/.test(`${match[1]} ${match[3]}`),
  }));
  if (JSON.stringify(scripts) !== JSON.stringify(expected)) {
    const described = (list) => list.map((script) => `${script.src}${script.module ? ' (type="module")' : ''}`).join(', ');
    throw new Error(`${page} must load ${described(expected)} in that order; it loads ${described(scripts) || 'no scripts'}`);
  }
}

/**
 * Checks that the task pane page loads office.js from the CDN, then
 * functions.js (classic scripts), then taskpane.js as a module script (its
 * chunks are ES modules).
 */
export function checkTaskpanePage(html) {
  checkPageScripts(
    html,
    [
      { src: OFFICE_JS_URL, module: false },
      { src: 'functions.js', module: false },
      { src: 'taskpane.js', module: true },
    ],
    'office/taskpane/taskpane.html',
  );
}

async function buildTaskpane() {
  await bundleModuleScripts('office/main.ts', 'taskpane');
  await writeFile(
    path.join(OFFICE_DIR, 'taskpane.css'),
    `${await minifyTheme(await bundleText('office/taskpane/taskpane.css', { loader: { '.css': 'css' } }))}\n`,
  );
  const html = await readFile(path.join(ROOT, 'office/taskpane/taskpane.html'), 'utf8');
  checkTaskpanePage(html);
  await writeFile(path.join(OFFICE_DIR, 'taskpane.html'), html);
}

/** The notice the import bundles carry for the one library they contain (MPL-2.0 asks to say where its source is). */
export const ICAL_NOTICE =
  '/*! Contains ical.js (https://github.com/kewisch/ical.js), unmodified, under the Mozilla Public License 2.0: https://mozilla.org/MPL/2.0/ */';

async function buildImportPages() {
  const script = await bundleText('gas/import/import-page.ts', {
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    banner: { js: ICAL_NOTICE },
  });
  const styles = await bundleText('gas/import/import.css', { loader: { '.css': 'css' } });
  await writeFile(path.join(GAS_DIR, IMPORT_PAGE_FILE), sidebarHtml({ script, styles }));

  await bundleClassicScript('office/import/import-page.ts', 'import.js', { banner: ICAL_NOTICE });
  await writeFile(path.join(OFFICE_DIR, 'import.css'), `${await bundleText('office/import/import.css', { loader: { '.css': 'css' } })}\n`);
  const html = await readFile(path.join(ROOT, 'office/import/import.html'), 'utf8');
  checkPageScripts(
    html,
    [
      { src: OFFICE_JS_URL, module: false },
      { src: 'import.js', module: false },
    ],
    'office/import/import.html',
  );
  await writeFile(path.join(OFFICE_DIR, 'import.html'), html);
}

/** The built import pages: loaded only when the import is opened. */
export const IMPORT_FILES = ['dist/gas/Import.html', 'dist/office/import.html', 'dist/office/import.js', 'dist/office/import.css'];

/** The built UI files with their sizes in bytes. */
export const UI_FILES = ['dist/gas/Sidebar.html', 'dist/office/taskpane.html', 'dist/office/taskpane.js', 'dist/office/taskpane.css'];

export async function buildUi() {
  await buildSidebar();
  await buildTaskpane();
  await buildImportPages();
  const sizes = (files) =>
    Promise.all(files.map(async (file) => `${file} ${((await stat(path.join(ROOT, file))).size / 1024).toFixed(1)} KB`));
  console.log(`Checklist UI: ${(await sizes(UI_FILES)).join(', ')}`);
  console.log(`Calendar import: ${(await sizes(IMPORT_FILES)).join(', ')}`);
}
