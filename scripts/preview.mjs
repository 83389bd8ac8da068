// npm start: builds the preview page and serves it on http://localhost:8080
// (PORT=… or --port … to change; --port 0 picks a free port). The page is
// rebuilt when it is reloaded, so edits show up without a restart.
import http from 'node:http';
import { cacheHeadersFor, contentTypeOf } from './serve/static-files.mjs';
import { previewBuilder } from './preview/bundle.mjs';

const DEFAULT_PORT = 8080;
const HOST = 'localhost';

function requestedPort(argv, env) {
  let text = env.PORT;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    if (argument === '--port' || argument === '-p') text = argv[++index];
    else if (argument.startsWith('--port=')) text = argument.slice('--port='.length);
  }
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`The port must be a whole number from 0 to 65535 (0 picks a free one), got "${text}".`);
  }
  return port;
}

async function main() {
  const started = Date.now();
  const port = requestedPort(process.argv.slice(2), process.env);
  const builder = await previewBuilder();
  let files = await builder.files();

  const server = http.createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const wanted = pathname === '/' ? '/index.html' : pathname;
    try {
      if (wanted === '/index.html') files = await builder.files();
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${error.message}\n`);
      console.error(error.message);
      return;
    }
    const body = files.get(wanted);
    if (!body || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, { 'Content-Type': contentTypeOf(wanted), ...cacheHeadersFor(wanted) });
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  server.on('error', (error) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`Port ${port} is in use. Start the preview on another port: PORT=${port + 1} npm start (or npm start -- --port ${port + 1}).`);
    } else {
      console.error(`The preview server cannot start: ${error.message}`);
    }
    process.exit(1);
  });
  server.listen(port, HOST, () => {
    const address = `http://localhost:${server.address().port}/`;
    console.log(`Bondstage preview: ${address}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl+C stops it)`);
  });

  const stop = () => {
    server.close();
    builder.dispose().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
