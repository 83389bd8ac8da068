// The hosted site, served with the Excel add-in's files: office/site (home,
// privacy, terms and support pages, English at the root and German in de/,
// one style sheet) copied into dist/office, with the screenshots from docs/.
// In the pages, {{version}} becomes package.json's version and {{contact}} /
// {{contactLabel}} the support contact (SUPPORT_CONTACT: an https address or
// an e-mail address; without it, a development build says so).
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './catalog.mjs';

export const SITE_DIR = path.join(ROOT, 'office/site');
export const SITE_PAGES = ['index.html', 'privacy.html', 'terms.html', 'support.html'];
export const SITE_LANGUAGES = { en: '', de: 'de/' };
export const SITE_IMAGES = ['preview-en.png', 'preview-de.png'];

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The support contact as a link target and its visible text; throws on anything but https or an e-mail address. */
export function supportContact(value) {
  if (value === undefined || value === '') return null;
  const text = value.trim();
  if (/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(text)) return { href: `mailto:${text}`, label: text };
  let url;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || url.protocol !== 'https:') {
    throw new Error(
      `SUPPORT_CONTACT must be an https address (e.g. https://github.com/you/bondstage/issues) or an e-mail address, got "${value}"`,
    );
  }
  return { href: url.href, label: url.href };
}

const DEVELOPMENT_CONTACT = { href: '#contact', label: 'SUPPORT_CONTACT (not set in this development build)' };

/** A page's text with the placeholders filled in; fails on any placeholder left over. */
export function fillPage(html, { version, contact }) {
  const filled = html
    .replaceAll('{{version}}', escapeHtml(version))
    .replaceAll('{{contact}}', escapeHtml(contact.href))
    .replaceAll('{{contactLabel}}', escapeHtml(contact.label));
  const left = /\{\{[^}]*\}\}/.exec(filled);
  if (left) throw new Error(`unknown placeholder ${left[0]}`);
  return filled;
}

async function copyTree(from, to, transform) {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await copyTree(source, target, transform);
    else if (entry.name.endsWith('.html')) await writeFile(target, transform(await readFile(source, 'utf8'), source));
    else await copyFile(source, target);
  }
}

export async function buildSite(outDir, { version, contact = supportContact(process.env.SUPPORT_CONTACT) ?? DEVELOPMENT_CONTACT }) {
  for (const prefix of Object.values(SITE_LANGUAGES)) {
    for (const page of SITE_PAGES) await readFile(path.join(SITE_DIR, prefix, page)); // every page in every language
  }
  await copyTree(SITE_DIR, outDir, (html, source) => {
    try {
      return fillPage(html, { version, contact });
    } catch (error) {
      throw new Error(`${path.relative(ROOT, source)}: ${error.message}`);
    }
  });
  await mkdir(path.join(outDir, 'images'), { recursive: true });
  for (const image of SITE_IMAGES) await copyFile(path.join(ROOT, 'docs', image), path.join(outDir, 'images', image));
}
