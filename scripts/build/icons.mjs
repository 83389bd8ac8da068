// Draws the Bondstage icon (three rising bars on a rounded tile, for the
// stages) as PNG files, so no binary image lives in the repository.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixelAt) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixelAt(x, y);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const TILE = [0x1f, 0x5f, 0x8b, 255];
const BAR = [255, 255, 255, 255];
const TRANSPARENT = [0, 0, 0, 0];

/** The icon at the given size in pixels. */
export function bondstageIcon(size) {
  const radius = size * 0.2;
  const bars = [0.35, 0.55, 0.75].map((height, index) => ({
    left: size * (0.2 + index * 0.22),
    right: size * (0.2 + index * 0.22 + 0.16),
    top: size * (0.82 - height * 0.8),
    bottom: size * 0.82,
  }));
  return encodePng(size, (x, y) => {
    const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
    const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
    if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 > radius ** 2) return TRANSPARENT;
    const onBar = bars.some((bar) => x + 0.5 >= bar.left && x + 0.5 <= bar.right && y + 0.5 >= bar.top && y + 0.5 <= bar.bottom);
    return onBar ? BAR : TILE;
  });
}

export const ICON_SIZES = [16, 32, 64, 80, 128];
