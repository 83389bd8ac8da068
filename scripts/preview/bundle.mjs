// The preview page's bundle: preview/main.ts (the grid, the formula engine and
// the checklist UI) and its styles, built in memory with esbuild.
import { context } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from '../lib/run.mjs';

export const PREVIEW_DIR = path.join(ROOT, 'preview');

const OPTIONS = {
  entryPoints: { preview: path.join(PREVIEW_DIR, 'main.ts') },
  absWorkingDir: ROOT,
  outdir: path.join(ROOT, '.preview-build'),
  bundle: true,
  write: false,
  format: 'iife',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  sourcemap: 'linked',
  legalComments: 'inline',
  logLevel: 'silent',
};

function describeErrors(error) {
  const messages = error?.errors?.length ? error.errors : [{ text: error?.message ?? String(error) }];
  return messages
    .map((message) => (message.location ? `${message.location.file}:${message.location.line}: ${message.text}` : message.text))
    .join('\n');
}

/**
 * An incremental builder of the preview. `files()` rebuilds when asked and
 * returns the page's files by URL path ("/preview.js", "/index.html", …).
 */
export async function previewBuilder() {
  const builder = await context(OPTIONS);
  async function files() {
    let result;
    try {
      result = await builder.rebuild();
    } catch (error) {
      throw new Error(`The preview does not build:\n${describeErrors(error)}`);
    }
    const served = new Map();
    for (const output of result.outputFiles) served.set(`/${path.basename(output.path)}`, output.contents);
    served.set('/index.html', await readFile(path.join(PREVIEW_DIR, 'index.html')));
    return served;
  }
  return { files, dispose: () => builder.dispose() };
}

/** The preview's script and style as text, built once (for tests that inspect what the page ships). */
export async function previewBundleText() {
  const builder = await previewBuilder();
  try {
    const served = await builder.files();
    const decoder = new TextDecoder();
    return { script: decoder.decode(served.get('/preview.js')), style: decoder.decode(served.get('/preview.css')) };
  } finally {
    await builder.dispose();
  }
}
