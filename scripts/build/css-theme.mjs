// A host's theme (the custom properties its stylesheet sets in :root, such as
// --bs-text in gas/sidebar/google.css) written into the rules that use them:
// each page has one fixed theme, so the built stylesheet needs no variables,
// and is over 1 KB smaller once minified again (minifyTheme). The sources
// keep the variables, one theme per host.
import { transform } from 'esbuild';
const THEME_BLOCK = /:root\{([^{}]*)\}/g;
const THEME_USE = /var\((--bs-[\w-]+)\)/g;

/** The minified stylesheet with every var(--bs-…) replaced by the value its :root block gives, and those blocks removed. */
export function resolveTheme(css) {
  const theme = new Map();
  const rest = css.replace(THEME_BLOCK, (block, body) => {
    const declarations = body.split(';').filter(Boolean);
    if (!declarations.every((declaration) => declaration.startsWith('--bs-'))) return block;
    for (const declaration of declarations) {
      const colon = declaration.indexOf(':');
      theme.set(declaration.slice(0, colon), declaration.slice(colon + 1).trim());
    }
    return '';
  });
  if (/--bs-[\w-]+\s*:/.test(rest)) throw new Error('a theme property (--bs-…) is set outside a plain :root block');
  return rest.replace(THEME_USE, (use, name) => {
    if (!theme.has(name)) throw new Error(`the stylesheet uses ${name}, which its theme does not set`);
    return theme.get(name);
  });
}

/** The stylesheet with its theme resolved, minified again (so "#ffffff" becomes "#fff" and so on). */
export async function minifyTheme(css) {
  const result = await transform(resolveTheme(css), { loader: 'css', minify: true, charset: 'utf8' });
  return result.code.trim();
}
