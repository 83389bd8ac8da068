// The preview page: preview/index.html, preview/main.ts (the grid, the formula
// engine and the checklist UI) and its styles, built in memory with esbuild.
// The page is an entry point of its own (copied as it is), so the build's
// outputs are the whole site and esbuild's server can serve them alone.
import { context } from 'esbuild';
import path from 'node:path';
import { ROOT } from '../lib/run.mjs';

export const PREVIEW_DIR = path.join(ROOT, 'preview');

export const PREVIEW_BUILD_OPTIONS = {
  entryPoints: { preview: path.join(PREVIEW_DIR, 'main.ts'), index: path.join(PREVIEW_DIR, 'index.html') },
  loader: { '.html': 'copy' },
  absWorkingDir: ROOT,
  // Nothing is written: outputs stay in memory, served from here by their name ("/preview.js").
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

/** esbuild's build errors as "file:line: message" lines. */
export function describeErrors(error) {
  const messages = error?.errors?.length ? error.errors : [{ text: error?.message ?? String(error) }];
  return messages
    .map((message) => (message.location ? `${message.location.file}:${message.location.line}: ${message.text}` : message.text))
    .join('\n');
}

/**
 * An incremental builder of the preview (an esbuild context). `files()`
 * rebuilds and returns the page's files by URL path ("/preview.js",
 * "/index.html", …); `context` is there for serving it.
 */
export async function previewBuilder(options = {}) {
  const builder = await context({ ...PREVIEW_BUILD_OPTIONS, ...options });
  async function files() {
    let result;
    try {
      result = await builder.rebuild();
    } catch (error) {
      throw new Error(`The preview does not build:\n${describeErrors(error)}`);
    }
    return new Map(result.outputFiles.map((output) => [`/${path.basename(output.path)}`, output.contents]));
  }
  return { context: builder, files, dispose: () => builder.dispose() };
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
