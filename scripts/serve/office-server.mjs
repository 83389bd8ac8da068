// The development server for dist/office: static files through serve-static
// (expressjs), on localhost only. No wildcard CORS: Excel on the web reads
// functions.json from its own pages (https://*.officeapps.live.com), so only
// such an origin is echoed back in Access-Control-Allow-Origin.
// Sources: "the server that hosts the JSON file must have CORS enabled ... in
// Excel on the web" (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json);
// the origins seen are https://excel.officeapps.live.com and
// https://inc-excel.officeapps.live.com (https://github.com/OfficeDev/office-js/issues/3970,
// https://github.com/OfficeDev/office-js-docs-pr/issues/1920).
import { cacheHeadersFor } from './static-files.mjs';
import http from 'node:http';
import https from 'node:https';
import serveStatic from 'serve-static';

/** Excel on the web's origins, e.g. https://excel.officeapps.live.com. */
const OFFICE_ORIGIN_SUFFIX = '.officeapps.live.com';

/** The origin to allow for a request's Origin header, or undefined. */
export function allowedOrigin(origin) {
  if (typeof origin !== 'string') return undefined;
  let url;
  try {
    url = new URL(origin);
  } catch {
    return undefined;
  }
  const isOffice = url.protocol === 'https:' && url.port === '' && url.hostname.endsWith(OFFICE_ORIGIN_SUFFIX);
  return isOffice && url.origin === origin ? origin : undefined;
}

/** A request handler serving the files below `root`, never cached, with CORS for Excel on the web only. */
export function officeFilesHandler(root) {
  const serve = serveStatic(root, {
    fallthrough: false,
    cacheControl: false,
    // Fresh on every request while developing, except images (see cacheHeadersFor).
    setHeaders: (response, file) => {
      for (const [name, value] of Object.entries(cacheHeadersFor(file))) response.setHeader(name, value);
    },
  });
  return (request, response) => {
    response.setHeader('Vary', 'Origin');
    const origin = allowedOrigin(request.headers.origin);
    if (origin) response.setHeader('Access-Control-Allow-Origin', origin);
    serve(request, response, (error) => {
      const status = error?.statusCode ?? error?.status ?? 404;
      response.statusCode = status;
      response.setHeader('Content-Type', 'text/plain; charset=utf-8');
      response.end(status === 404 ? 'Not found\n' : `${http.STATUS_CODES[status] ?? 'Error'}\n`);
    });
  };
}

/**
 * Starts serving `root` and resolves with the listening server. Plain http
 * without `tls` (for tests); https with `tls` ({ key, cert, ... }).
 */
export function startOfficeServer({ root, port, host = 'localhost', tls }) {
  const handler = officeFilesHandler(root);
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
  });
}

/**
 * Builds (unless `build` is false), then serves. `build` resolves with an
 * exit code; a failed build serves nothing.
 */
export async function buildAndServe({ build, ...options }) {
  if (build) {
    const code = await build();
    if (code !== 0) throw new Error(`The build failed (exit code ${code}); nothing is served.`);
  }
  return startOfficeServer(options);
}
