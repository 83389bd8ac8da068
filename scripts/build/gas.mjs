// Builds dist/gas: the core bundled as the global `Bondstage`, and
// Globals.js with a top-level declaration for every function Sheets must
// find by name. Custom functions get the JSDoc block Sheets reads for
// autocomplete; esbuild strips comments, so the stubs are written here.
// The bundle is one closure that sets `globalThis.Bondstage` itself (gas/main.ts),
// so no module helpers are shipped and no internal function becomes a
// top-level one that google.script.run could call. Text stays UTF-8, as
// Apps Script stores source files, instead of \u escapes.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { ROOT } from './catalog.mjs';
import { compressScript } from './minify.mjs';
import { versionDefine } from './version.mjs';

export const GAS_DIR = path.join(ROOT, 'dist/gas');
export const GAS_BUNDLE = 'Bondstage.js';
export const GAS_GLOBALS = 'Globals.js';
/** esbuild's account of Bondstage.js, module by module (written by buildGas). */
export const GAS_METAFILE = path.join(ROOT, 'node_modules/.cache/bondstage/gas-metafile.json');

/** esbuild's options for Apps Script code (the bench splits the same bundle by module with them). */
export const GAS_BUILD_OPTIONS = {
  absWorkingDir: ROOT,
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'neutral',
  target: 'es2019',
  minify: true,
  charset: 'utf8',
  legalComments: 'none',
  define: versionDefine(),
};

function jsdocText(text) {
  return text.replace(/\*\//g, '*\u2215');
}

/** Top-level stub with the JSDoc block Sheets shows in autocomplete. */
export function customFunctionStub(fn) {
  const names = fn.parameters.map((parameter) => parameter.name);
  const lines = ['/**', ` * ${jsdocText(fn.description.en)}`, ' *'];
  for (const parameter of fn.parameters) {
    // The editor's notation for a value or a range (Apps Script's JSDoc guide); Sheets' formula helper shows names and descriptions.
    const type = parameter.accepts === 'range' ? 'number|number[][]' : 'string';
    lines.push(` * @param {${type}} ${parameter.name} ${jsdocText(parameter.description.en)}`);
  }
  lines.push(` * @return ${jsdocText(fn.result.en)}`, ' * @customfunction', ' */');
  // The parameters name the arguments for Sheets; the call passes on just those the formula gives.
  lines.push(`function ${fn.name}(${names.join(',')}){return Bondstage.sheetFunctions.${fn.name}.apply(null,arguments)}`);
  return lines.join('\n');
}

function globalStub(name) {
  return `function ${name}(){return Bondstage.globals.${name}.apply(null,arguments)}`;
}

/** Names of the functions the bundle exposes in `globals`, read by running it as Apps Script would. */
function exposedGlobals(bundleText) {
  const context = vm.createContext({});
  vm.runInContext(`${bundleText}\nthis.__names = Object.keys(Bondstage.globals);`, context);
  return Array.from(context.__names);
}

export async function buildGas(catalog) {
  await mkdir(GAS_DIR, { recursive: true });
  const result = await build({ ...GAS_BUILD_OPTIONS, entryPoints: ['gas/main.ts'], metafile: true, logLevel: 'warning' });
  // What the bundle is made of, for the bench; kept out of dist/gas, which is pushed as it is.
  await mkdir(path.dirname(GAS_METAFILE), { recursive: true });
  await writeFile(GAS_METAFILE, JSON.stringify(result.metafile));
  const bundleText = await compressScript(result.outputFiles[0].text, { ecma: 2019 });
  await writeFile(path.join(GAS_DIR, GAS_BUNDLE), bundleText);

  const globalNames = exposedGlobals(bundleText);
  const clash = globalNames.find((name) => catalog.some((fn) => fn.name === name));
  if (clash) throw new Error(`${clash} is both a sheet function and a global`);
  const stubs = [
    '// Top-level functions Google Sheets calls by name. Generated from shared/catalog.ts and gas/main.ts.',
    ...catalog.map(customFunctionStub),
    ...globalNames.map(globalStub),
  ];
  await writeFile(path.join(GAS_DIR, GAS_GLOBALS), `${stubs.join('\n')}\n`);

  const appsscript = JSON.parse(await readFile(path.join(ROOT, 'appsscript.json'), 'utf8'));
  await writeFile(path.join(GAS_DIR, 'appsscript.json'), `${JSON.stringify(appsscript, null, 2)}\n`);
}

export async function copyIntoGas(from, name) {
  await copyFile(from, path.join(GAS_DIR, name));
}
