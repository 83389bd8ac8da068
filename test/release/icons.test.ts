/**
 * The committed icons: each office/assets/icon-<size>.png is a PNG of exactly
 * <size> by <size> pixels with transparent corners, rendered from icon.svg, and
 * the build refuses an icon of the wrong size.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';

const ROOT = path.join(__dirname, '../..');
const SIZES = [16, 32, 64, 80, 128, 300];

function header(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24], colourType: bytes[25] };
}

/** Alpha of the top-left pixel of an 8-bit RGBA PNG (filter byte, then R, G, B, A). */
function topLeftAlpha(bytes: Buffer): number {
  const chunks: Buffer[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString('ascii', offset + 4, offset + 8) === 'IDAT') chunks.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return inflateSync(Buffer.concat(chunks))[4];
}

describe.each(SIZES)('office/assets/icon-%i.png', (size) => {
  const bytes = readFileSync(path.join(ROOT, `office/assets/icon-${size}.png`));

  it('is an RGBA PNG of exactly its size', () => {
    expect(header(bytes)).toEqual({ width: size, height: size, bitDepth: 8, colourType: 6 });
  });

  it('has transparent corners around the rounded tile', () => {
    expect(topLeftAlpha(bytes)).toBe(0);
  });
});

describe('the build', () => {
  it('refuses an icon whose size does not match its name, and says how to fix it', () => {
    const copy = mkdtempSync(path.join(os.tmpdir(), 'bondstage-icons-'));
    try {
      // A copy of the icons where icon-16.png is really the 32 px one.
      for (const size of SIZES) copyFileSync(path.join(ROOT, `office/assets/icon-${size}.png`), path.join(copy, `icon-${size}.png`));
      copyFileSync(path.join(ROOT, 'office/assets/icon.svg'), path.join(copy, 'icon.svg'));
      copyFileSync(path.join(copy, 'icon-32.png'), path.join(copy, 'icon-16.png'));
      mkdirSync(path.join(copy, 'out'));
      const script = `import(${JSON.stringify(path.join(ROOT, 'scripts/build/icons.mjs'))}).then((m) =>
        m.copyIcons(process.argv[2], process.argv[1]).then(() => console.log('copied'), (error) => { console.error(error.message); process.exitCode = 1; }));`;
      const result = spawnSync(process.execPath, ['-e', script, copy, path.join(copy, 'out')], { encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/icon-16\.png is 32x32, not 16x16: run npm run icons/);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('reads the size of a PNG and refuses a file that is not one', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bondstage-png-'));
    try {
      copyFileSync(path.join(ROOT, 'office/assets/icon-80.png'), path.join(dir, 'good.png'));
      writeFileSync(path.join(dir, 'bad.png'), '<svg/>');
      const script = `import(${JSON.stringify(path.join(ROOT, 'scripts/build/icons.mjs'))}).then((m) => {
        const fs = require('node:fs');
        console.log(JSON.stringify(m.pngSize(fs.readFileSync(process.argv[1]))));
        try { m.pngSize(fs.readFileSync(process.argv[2])); } catch (error) { console.log(error.message); }
      });`;
      const result = spawnSync(process.execPath, ['-e', script, path.join(dir, 'good.png'), path.join(dir, 'bad.png')], { encoding: 'utf8' });
      expect(result.stdout.trim().split('\n')).toEqual(['{"width":80,"height":80}', 'not a PNG file']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
