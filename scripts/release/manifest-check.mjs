// Checks a production Office manifest against the files of the release:
// every URL in it is under the add-in's address and names a file the release
// contains, and every icon has the size its place requires (IconUrl 32,
// HighResolutionIconUrl 64, each ribbon image the size it is used at).
import { pngSize } from '../build/icons.mjs';

/** Every URL in the manifest's DefaultValue and Value attributes, with where it stands. */
export function manifestUrls(xml) {
  return [...xml.matchAll(/<([\w:]+)\b[^>]*?\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((match) => ({ element: match[1], url: match[2] }));
}

/** The pixel size each icon URL must have, from where the manifest uses it. */
export function requiredIconSizes(xml) {
  const sizes = new Map();
  const want = (url, size, place) => {
    const earlier = sizes.get(url);
    if (earlier && earlier.size !== size) throw new Error(`${url} is used at ${earlier.size} px (${earlier.place}) and at ${size} px (${place})`);
    sizes.set(url, { size, place });
  };
  for (const [element, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]]) {
    const match = new RegExp(`<${element}\\s+DefaultValue="([^"]+)"`).exec(xml);
    if (!match) throw new Error(`the manifest has no <${element}>`);
    want(match[1], size, element);
  }
  const imageUrls = new Map([...xml.matchAll(/<bt:Image\s+id="([^"]+)"\s+DefaultValue="([^"]+)"/g)].map((match) => [match[1], match[2]]));
  for (const match of xml.matchAll(/<bt:Image\s+size="(\d+)"\s+resid="([^"]+)"\s*\/>/g)) {
    const url = imageUrls.get(match[2]);
    if (!url) throw new Error(`the ribbon image ${match[2]} is not defined`);
    want(url, Number(match[1]), `ribbon image ${match[2]}`);
  }
  return sizes;
}

/**
 * Problems of the manifest against the release's files ({ path: Buffer }),
 * where `baseUrl` is the add-in's address; an empty list when it is right.
 */
export function manifestProblems(xml, files, baseUrl) {
  const problems = [];
  const prefix = `${baseUrl}/`;
  for (const { element, url } of manifestUrls(xml)) {
    if (!url.startsWith(prefix)) problems.push(`${element}: ${url} is not under ${prefix}`);
    else if (!files[url.slice(prefix.length)]) problems.push(`${element}: ${url} names ${url.slice(prefix.length)}, which is not in the release`);
  }
  let sizes = new Map();
  try {
    sizes = requiredIconSizes(xml);
  } catch (error) {
    problems.push(error.message);
  }
  for (const [url, { size, place }] of sizes) {
    const file = files[url.startsWith(prefix) ? url.slice(prefix.length) : ''];
    if (!file) continue; // already reported above
    try {
      const { width, height } = pngSize(file);
      if (width !== size || height !== size) problems.push(`${place}: ${url} is ${width}x${height}, must be ${size}x${size}`);
    } catch (error) {
      problems.push(`${place}: ${url} is ${error.message}`);
    }
  }
  return problems;
}
