// What the Apps Script code is made of, and what loading it costs. Apps
// Script loads every script file of the project for every execution ("the
// entire script is loaded and run": mogsdad.wordpress.com, 2016-01-21, "You
// might have Phantom Code"), including each recalculation of a custom
// function. So the bench splits Bondstage.js into the modules a sheet
// function can reach from gas/functions.ts and the rest (menu commands,
// checklist, import), with the rest's texts apart, from the account esbuild
// gave when it built the bundle. Shares are of esbuild's minified output,
// scaled to the built file (terser shrinks both alike).
// Load time: a fresh node:vm context compiles and runs the project's files,
// as Apps Script's V8 does at the start of an execution; median of several
// runs, for the project as built and for a project of the sheet functions
// alone. Each run's text differs in a final comment, so no run is served
// from V8's compilation cache.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { GAS_BUILD_OPTIONS, GAS_METAFILE } from '../build/gas.mjs';
import { compressScript } from '../build/minify.mjs';

const KB = 1024;
const FUNCTIONS_ENTRY = 'gas/functions.ts';

/** The modules `entry` reaches through its imports. */
function reachable(metafile, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file) || !metafile.inputs[file]) return;
    seen.add(file);
    for (const { path: imported } of metafile.inputs[file].imports) visit(imported);
  };
  visit(entry);
  return seen;
}

/** Bytes of Bondstage.js by part: the sheet functions' modules, the other modules and, of those, their texts. */
async function appsScriptParts(root) {
  const metafile = JSON.parse(await readFile(GAS_METAFILE, 'utf8'));
  const output = Object.values(metafile.outputs)[0];
  const functions = reachable(metafile, FUNCTIONS_ENTRY);
  const parts = { functions: 0, commands: 0, commandTexts: 0 };
  for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
    if (functions.has(file)) parts.functions += bytesInOutput;
    else {
      parts.commands += bytesInOutput;
      if (file.startsWith('shared/messages/')) parts.commandTexts += bytesInOutput;
    }
  }
  const built = (await readFile(path.join(root, 'dist/gas/Bondstage.js'))).length;
  const scale = built / output.bytes;
  return Object.fromEntries(Object.entries(parts).map(([part, bytes]) => [part, Math.round(bytes * scale)]));
}

/** The sheet functions alone, built as Bondstage.js is. */
async function functionsOnlyBundle(root) {
  const result = await build({
    ...GAS_BUILD_OPTIONS,
    stdin: {
      contents: `import { sheetFunctions } from './${FUNCTIONS_ENTRY}'; globalThis.Bondstage = { sheetFunctions };`,
      resolveDir: root,
      loader: 'ts',
    },
    logLevel: 'silent',
  });
  return compressScript(result.outputFiles[0].text, { ecma: 2019 });
}

/** Median ms to compile and run `sources` in a fresh context, as one execution would. */
function loadTime(sources, runs) {
  const samples = [];
  for (let run = 0; run <= runs; run++) {
    const start = process.hrtime.bigint();
    const context = vm.createContext({});
    // A distinct last line per run, so V8's compilation cache cannot serve a run from the one before.
    for (const source of sources) new vm.Script(`${source}\n//${run}`).runInContext(context);
    if (run > 0) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

export async function benchAppsScriptParts(root, { quick }) {
  const parts = await appsScriptParts(root);
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`.padStart(8);
  console.log(
    '\nApps Script code by part (Bondstage.js; Globals.js is the sheet functions\u2019 autocomplete help and the named entry points)',
  );
  console.log(`  sheet functions (all a recalculation needs) ${kb(parts.functions)}`);
  console.log(
    `  menu commands, checklist and import        ${kb(parts.commands)}  of which texts in two languages ${kb(parts.commandTexts)}`,
  );

  const runs = quick ? 3 : 30;
  const dist = path.join(root, 'dist/gas');
  const project = await Promise.all(['Bondstage.js', 'Globals.js'].map((file) => readFile(path.join(dist, file), 'utf8')));
  const functionsOnly = [await functionsOnlyBundle(root), project[1]];
  console.log('Apps Script code load per execution (fresh V8 context: compile and run the files; median)');
  console.log(`  the project as built                        ${`${loadTime(project, runs).toFixed(2)} ms`.padStart(8)}`);
  console.log(`  the sheet functions alone                   ${`${loadTime(functionsOnly, runs).toFixed(2)} ms`.padStart(8)}`);
}
