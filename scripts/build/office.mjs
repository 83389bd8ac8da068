// Builds dist/office: functions.js (a classic script), the functions
// metadata in English and German generated from the catalog with Microsoft's
// custom-functions-metadata, the shared-runtime page, the icons, the hosted
// site (office/site: home, privacy, terms and support pages in English and
// German) and the manifest, carrying package.json's version.
import { build } from 'esbuild';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './catalog.mjs';
import { copyIcons } from './icons.mjs';
import { compressScript } from './minify.mjs';
import { buildSite } from './site.mjs';
import { officeVersion, packageVersion, versionDefine } from './version.mjs';

export const OFFICE_DIR = path.join(ROOT, 'dist/office');
/**
 * Properties the page builds may shorten: those ending in "_", a name no DOM,
 * Office or Apps Script property has, which the checklist UI gives its own
 * objects (shared/ui/checklist/state.ts). Quoted names are never touched.
 */
export const UI_PROPERTIES = /_$/;
export const DEV_BASE_URL = 'https://localhost:3000';

/** esbuild options every Excel script is built with (target and charset: see bundleClassicScript). */
function excelScriptOptions() {
  return {
    absWorkingDir: ROOT,
    write: false,
    bundle: true,
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    // The checklist UI's own properties end in "_" (shared/ui/checklist/state.ts): shortened here.
    mangleProps: UI_PROPERTIES,
    legalComments: 'none',
    logLevel: 'warning',
    define: versionDefine(),
  };
}

/**
 * Bundles a TypeScript entry as a classic script (no modules: Office loads it
 * with a plain script tag). Text is written as UTF-8, not as \u escapes: the
 * page that loads the scripts declares utf-8, which a script without a
 * charset of its own is decoded with (HTML standard, "fetch a classic script").
 *
 * ES2020: the manifest has a <Runtimes> element (the shared runtime), so
 * Office on Windows runs the add-in in WebView2 (Chromium) and never in
 * EdgeHTML; where WebView2 is missing it falls back to Trident+, which runs
 * no ES2015 or later code at all ("Browsers and webview controls used by
 * Office Add-ins", OfficeDev/office-js-docs-pr, footnotes on <Runtimes>). On
 * the Mac it is Safari's WKWebView, on the web the user's browser.
 */
export async function bundleClassicScript(entry, outfile, { banner } = {}) {
  const result = await build({ ...excelScriptOptions(), entryPoints: [entry], format: 'iife' });
  // A notice goes above the compressed code, which keeps no comments.
  const code = await compressScript(result.outputFiles[0].text, { ecma: 2020 });
  await writeFile(path.join(OFFICE_DIR, outfile), banner ? `${banner}\n${code}` : code);
}

/** The folder of the task pane page's chunks, inside dist/office. */
export const CHUNK_DIR = 'chunks';

/**
 * Bundles the task pane page's entry as an ES module (`name`.js) with code
 * splitting: what it imports with import() becomes a chunk in
 * dist/office/chunks/, fetched on first use; code the page and such a chunk
 * both need goes to a shared chunk the page imports statically.
 * Module scripts and import() run in every webview the shared runtime uses:
 * with the <Runtimes> element Office on Windows uses WebView2, which is
 * Chromium-based Edge, and on the Mac Safari's WKWebView ("Browsers and
 * webview controls used by Office Add-ins", OfficeDev/office-js-docs-pr);
 * Office on the web runs in the user's browser. import() came in Chrome 63,
 * Edge 79 and Safari 11.1, module scripts earlier (MDN browser-compat-data,
 * javascript/operators/import.json); the one webview without them,
 * Trident, runs no ES2015 at all (see bundleClassicScript).
 */
export async function bundleModuleScripts(entry, name) {
  const result = await build({
    ...excelScriptOptions(),
    entryPoints: { [name]: entry },
    outdir: OFFICE_DIR,
    splitting: true,
    format: 'esm',
    entryNames: '[name]',
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
  });
  await rm(path.join(OFFICE_DIR, CHUNK_DIR), { recursive: true, force: true });
  await mkdir(path.join(OFFICE_DIR, CHUNK_DIR), { recursive: true });
  for (const file of result.outputFiles) {
    await writeFile(file.path, await compressScript(file.text, { ecma: 2020, module: true }));
  }
}

function commentText(text) {
  return text.replace(/\*\//g, '*\u2215').replace(/@/g, '(at)');
}

/** TypeScript declarations in the form custom-functions-metadata reads, for one language. */
export function metadataSource(catalog, language) {
  return catalog
    .map((fn) => {
      const lines = ['/**', ` * ${commentText(fn.description[language])}`, ` * @customfunction ${fn.name} ${fn.name}`];
      for (const parameter of fn.parameters) lines.push(` * @param ${parameter.name} ${commentText(parameter.description[language])}`);
      lines.push(` * @returns ${commentText(fn.result[language])}`, ' */');
      const parameters = fn.parameters.map(
        (parameter) => `${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.accepts === 'range' ? 'any[][]' : 'any'}`,
      );
      lines.push(`function ${fn.name.toLowerCase()}(${parameters.join(', ')}): any[][] {\n  return [[]];\n}`);
      lines.push(`CustomFunctions.associate("${fn.name}", ${fn.name.toLowerCase()});`);
      return lines.join('\n');
    })
    .join('\n\n');
}

/**
 * The functions metadata for one language. Fails on any error the generator
 * reports, and unless it declares exactly the catalog's functions and parameters.
 */
export async function generateMetadata(catalog, language) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bondstage-metadata-'));
  try {
    const source = path.join(dir, `functions.${language}.ts`);
    await writeFile(source, metadataSource(catalog, language));
    const generated = await generateCustomFunctionsMetadata(source, false);
    if (generated.errors.length > 0) {
      throw new Error(`custom-functions-metadata (${language}):\n${generated.errors.join('\n')}`);
    }
    const metadata = JSON.parse(generated.metadataJson);
    // Cells holding Excel data types then arrive as their plain values, which the functions understand.
    delete metadata.allowCustomDataForDataTypeAny;
    const ids = metadata.functions.map((fn) => fn.id).join(',');
    if (ids !== catalog.map((fn) => fn.name).join(',')) throw new Error(`metadata ids ${ids} differ from the catalog`);
    for (const [index, fn] of catalog.entries()) {
      const declared = metadata.functions[index];
      if (declared.name !== fn.name || declared.parameters.length !== fn.parameters.length) {
        throw new Error(`metadata for ${fn.name} differs from the catalog`);
      }
    }
    return metadata;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Addresses in manifest.xml, which points at the development server. */
const DEV_ADDRESS = /https:\/\/localhost:3000(\/[^"<\s]*)?/g;
const XML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as it must be written inside an XML attribute or element. */
export function xmlEscape(text) {
  return text.replace(/[&<>"']/g, (character) => XML_ENTITIES[character]);
}

/**
 * The manifest pointing at the given https base URL. Each file's address is
 * the base's origin and path, then the file's path, then the base's query
 * (https://host/app/?v=2&t=x gives https://host/app/functions.js?v=2&t=x),
 * written XML-escaped.
 */
export async function manifestFor(baseUrl, version = packageVersion()) {
  const base = new URL(baseUrl);
  const prefix = `${base.origin}${base.pathname.replace(/\/+$/, '')}`;
  const suffix = `${base.search}${base.hash}`;
  const manifest = await readFile(path.join(ROOT, 'manifest.xml'), 'utf8');
  if (!/<Version>[^<]*<\/Version>/.test(manifest)) throw new Error('manifest.xml has no <Version> element');
  return manifest
    .replace(DEV_ADDRESS, (_address, file = '') => xmlEscape(`${prefix}${file}${suffix}`))
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${officeVersion(version)}</Version>`);
}

/** ADDIN_BASE_URL checked: an https URL without user name or password; the development address when unset. */
export function productionBaseUrl(value) {
  if (!value) return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL must be an https URL such as https://addin.example.com, got "${value}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must use https (Office loads add-ins only over https), got "${value}"`);
  if (url.username || url.password) throw new Error(`ADDIN_BASE_URL must not contain a user name or password, got "${value}"`);
  return url.href;
}

export async function buildOffice(catalog, { baseUrl }) {
  await mkdir(path.join(OFFICE_DIR, 'assets'), { recursive: true });
  await bundleClassicScript('office/functions.ts', 'functions.js');
  for (const language of ['en', 'de']) {
    const metadata = await generateMetadata(catalog, language);
    const file = language === 'en' ? 'functions.json' : `functions.${language}.json`;
    await writeFile(path.join(OFFICE_DIR, file), `${JSON.stringify(metadata, null, 2)}\n`);
  }
  await copyIcons(path.join(OFFICE_DIR, 'assets'));
  await buildSite(OFFICE_DIR, { version: packageVersion() });
  await writeFile(path.join(OFFICE_DIR, 'manifest.xml'), await manifestFor(baseUrl));
}
