// Caching headers of the files the development server of dist/office sends
// (see office-server.mjs).
import path from 'node:path';

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
