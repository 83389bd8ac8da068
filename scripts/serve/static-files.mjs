// A small static file handler for Node's http and https servers: enough for
// the preview and for serving dist/office to Excel, without a server dependency.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

const IMAGE_EXTENSIONS = new Set(['.png', '.svg', '.ico', '.jpg', '.jpeg', '.gif', '.bmp']);

/**
 * Caching headers for a served file. Images get none: Office caches add-in
 * icons and replaces an icon sent with Cache-Control directives by a generic
 * one (https://learn.microsoft.com/javascript/api/manifest/image). Everything
 * else is served fresh on each request, so edits show at once while developing.
 */
export function cacheHeadersFor(file) {
  return IMAGE_EXTENSIONS.has(path.extname(file).toLowerCase()) ? {} : { 'Cache-Control': 'no-store' };
}

export function contentTypeOf(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `root` a URL path names, or null when it would leave `root`. */
export function fileForUrl(root, url) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const file = path.resolve(root, `.${pathname}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/** A request handler serving the files below `root`. */
export function staticFilesHandler(root, { headers = {} } = {}) {
  const base = path.resolve(root);
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileForUrl(base, request.url);
    try {
      if (!file || !(await stat(file)).isFile()) throw new Error('not a file');
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': contentTypeOf(file), ...cacheHeadersFor(file), ...headers });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  };
}
