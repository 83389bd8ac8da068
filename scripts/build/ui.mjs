// Builds the bond checklist UI for both hosts:
// - dist/gas/Sidebar.html from gas/sidebar/: one self-contained page (script
//   and styles inlined), shown with HtmlService.createHtmlOutputFromFile('Sidebar');
// - dist/office/taskpane.html, taskpane.js (from office/main.ts) and
//   taskpane.css from office/taskpane/: the shared-runtime page, loading
//   office.js from Microsoft's CDN, then functions.js, then taskpane.js.
import { build } from 'esbuild';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './catalog.mjs';
import { minifyTheme } from './css-theme.mjs';
import { GAS_DIR } from './gas.mjs';
import { compressScript } from './minify.mjs';
import { OFFICE_DIR, UI_PROPERTIES, bundleClassicScript } from './office.mjs';

export const SIDEBAR_FILE = 'Sidebar.html';
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

/** Checks that the task pane page loads office.js from the CDN, then functions.js, then taskpane.js. */
export function checkTaskpanePage(html) {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]);
  const expected = [OFFICE_JS_URL, 'functions.js', 'taskpane.js'];
  if (sources.join(' ') !== expected.join(' ')) {
    throw new Error(
      `office/taskpane/taskpane.html must load ${expected.join(', ')} in that order; it loads ${sources.join(', ') || 'no scripts'}`,
    );
  }
}

async function buildTaskpane() {
  await bundleClassicScript('office/main.ts', 'taskpane.js');
  await writeFile(
    path.join(OFFICE_DIR, 'taskpane.css'),
    `${await minifyTheme(await bundleText('office/taskpane/taskpane.css', { loader: { '.css': 'css' } }))}\n`,
  );
  const html = await readFile(path.join(ROOT, 'office/taskpane/taskpane.html'), 'utf8');
  checkTaskpanePage(html);
  await writeFile(path.join(OFFICE_DIR, 'taskpane.html'), html);
}

/** The built UI files with their sizes in bytes. */
export const UI_FILES = ['dist/gas/Sidebar.html', 'dist/office/taskpane.html', 'dist/office/taskpane.js', 'dist/office/taskpane.css'];

export async function buildUi() {
  await buildSidebar();
  await buildTaskpane();
  const sizes = await Promise.all(
    UI_FILES.map(async (file) => `${file} ${((await stat(path.join(ROOT, file))).size / 1024).toFixed(1)} KB`),
  );
  console.log(`Checklist UI: ${sizes.join(', ')}`);
}
