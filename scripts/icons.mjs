// npm run icons: renders office/assets/icon.svg into the PNG icons beside it,
// at every size in scripts/build/icons.mjs, with a transparent background, in
// headless Chromium (CHROMIUM_PATH, default Debian's /usr/bin/chromium), and
// copies the store icons into docs/store/graphics. Run it after changing the
// SVG and commit the PNGs.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ICON_SIZES, ICON_SOURCE, STORE_GRAPHICS_DIR, STORE_ICONS, iconFile, pngSize } from './build/icons.mjs';

async function main() {
  const svg = await readFile(ICON_SOURCE, 'utf8');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/<svg\b([^>]*?)\swidth="\d+"\sheight="\d+"/, `<svg$1 width="${size}" height="${size}"`);
      await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:transparent">${sized}</body></html>`);
      const png = await page.locator('svg').screenshot({ omitBackground: true });
      const { width, height } = pngSize(png);
      if (width !== size || height !== size) throw new Error(`rendered ${width}x${height} for ${size}`);
      await writeFile(iconFile(size), png);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  await mkdir(STORE_GRAPHICS_DIR, { recursive: true });
  for (const [name, size] of Object.entries(STORE_ICONS)) await copyFile(iconFile(size), path.join(STORE_GRAPHICS_DIR, name));
  console.log(
    `Icons written: ${ICON_SIZES.map((size) => path.basename(iconFile(size))).join(', ')}, and ${Object.keys(STORE_ICONS).join(', ')} in docs/store/graphics`,
  );
}

main().catch((error) => {
  console.error(`Icons failed: ${error.message}`);
  process.exit(1);
});
