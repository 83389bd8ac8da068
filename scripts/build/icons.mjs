// The Bondstage icon: office/assets/icon.svg is the source, the PNGs beside it
// are rendered from it by `npm run icons` (scripts/icons.mjs) and committed.
// Sizes: 16, 32, 80 for the ribbon; 32 (IconUrl) and 64 (HighResolutionIconUrl)
// for Office; 32 and 128 for the Google Workspace Marketplace; 300 for AppSource.
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ROOT } from './catalog.mjs';

export const ICON_DIR = path.join(ROOT, 'office/assets');
export const ICON_SOURCE = path.join(ICON_DIR, 'icon.svg');
export const ICON_SIZES = [16, 32, 64, 80, 128, 300];

export const iconFile = (size) => path.join(ICON_DIR, `icon-${size}.png`);

/** Copies of the icons in the store kit (docs/store/graphics), under the name each store's form uses. */
export const STORE_ICONS = { 'marketplace-icon-32.png': 32, 'marketplace-icon-128.png': 128, 'appsource-logo-300.png': 300 };
export const STORE_GRAPHICS_DIR = path.join(ROOT, 'docs/store/graphics');

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes) {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature || bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Copies every icon from `sourceDir` (the committed ones by default) into `assetsDir`, checking each has its size. */
export async function copyIcons(assetsDir, sourceDir = ICON_DIR) {
  for (const size of ICON_SIZES) {
    const source = path.join(sourceDir, `icon-${size}.png`);
    const { width, height } = pngSize(await readFile(source));
    if (width !== size || height !== size) {
      throw new Error(`${path.relative(ROOT, source)} is ${width}x${height}, not ${size}x${size}: run npm run icons`);
    }
    await copyFile(source, path.join(assetsDir, `icon-${size}.png`));
  }
  await copyFile(path.join(sourceDir, 'icon.svg'), path.join(assetsDir, 'icon.svg'));
}
