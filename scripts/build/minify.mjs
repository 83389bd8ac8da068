// The last step of every add-on script (dist/gas/Bondstage.js, the sidebar's
// script, functions.js, taskpane.js): esbuild bundles and minifies, then
// Terser compresses further (several passes, function expressions as arrows),
// for bundles a few KB smaller than esbuild alone makes them. `ecma` is the
// language level the host runs, the same as esbuild's target.
import { minify } from 'terser';

/** The script, smaller; behaviour unchanged. Property names are left alone (esbuild's mangleProps already shortened the UI's own). */
export async function compressScript(code, { ecma }) {
  const result = await minify(code, {
    ecma,
    module: false,
    // The code uses no `this` in function expressions and never calls one with `new`: arrows are safe.
    compress: { ecma, passes: 2, unsafe_arrows: true },
    mangle: true,
    format: { ascii_only: false, comments: false },
  });
  return result.code;
}
