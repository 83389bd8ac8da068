// Content types of the files the preview serves from memory. (dist/office is
// served from disk by serve-static: see office-server.mjs.)
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
