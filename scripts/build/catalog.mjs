// Loads the TypeScript catalog of sheet functions into Node for the build,
// the README reference and the benchmark.
import { build } from 'esbuild';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles a TypeScript module of the project and returns its exports. */
export async function importTypeScript(entry) {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: ROOT,
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'neutral',
    target: 'es2019',
    logLevel: 'silent',
  });
  const module = { exports: {} };
  vm.runInThisContext(`(function (module, exports) {${result.outputFiles[0].text}\n})`)(module, module.exports);
  return module.exports;
}

/** The catalog of sheet functions (shared/catalog.ts) with their help in every language (shared/messages/catalog.ts). */
export async function loadCatalog() {
  const { documentedCatalog } = await importTypeScript('shared/messages/catalog.ts');
  return documentedCatalog();
}
