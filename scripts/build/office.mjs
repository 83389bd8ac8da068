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
import { buildSite } from './site.mjs';
import { officeVersion, packageVersion, versionDefine } from './version.mjs';

export const OFFICE_DIR = path.join(ROOT, 'dist/office');
export const DEV_BASE_URL = 'https://localhost:3000';

/** Bundles a TypeScript entry as a classic script (no modules: Office loads it with a plain script tag). */
export async function bundleClassicScript(entry, outfile) {
  await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    outfile: path.join(OFFICE_DIR, outfile),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2017',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
    define: versionDefine(),
  });
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
      const parameters = fn.parameters.map((parameter) =>
        parameter.accepts === 'range' ? `${parameter.name}: any[][]` : `${parameter.name}${parameter.optional ? '?' : ''}: any`,
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

/** The manifest pointing at the given https base URL (no trailing slash), with package.json's version. */
export async function manifestFor(baseUrl, version = packageVersion()) {
  const manifest = await readFile(path.join(ROOT, 'manifest.xml'), 'utf8');
  if (!/<Version>[^<]*<\/Version>/.test(manifest)) throw new Error('manifest.xml has no <Version> element');
  return manifest
    .split(DEV_BASE_URL)
    .join(baseUrl)
    .replace(/<Version>[^<]*<\/Version>/, `<Version>${officeVersion(version)}</Version>`);
}

export function productionBaseUrl(value) {
  if (!value) return DEV_BASE_URL;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL must be an https URL such as https://addin.example.com, got "${value}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must use https (Office loads add-ins only over https), got "${value}"`);
  return url.href.replace(/\/+$/, '');
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
