// npm start: builds the preview page and serves it on http://localhost:8080
// with esbuild's own server, from memory. PORT=… or --port … (-p) picks
// another port; 0 picks a free one. esbuild watches the sources and rebuilds
// when one changes, so a reload shows the edit without a restart; a build
// error is printed here and shown in the page instead of it.
//
// esbuild's server sends no Cache-Control (and no validators), so nothing is
// kept in the browser's cache between edits, and images would go out without
// caching directives, as Office requires of add-in icons
// (https://learn.microsoft.com/javascript/api/manifest/image).
import { parseArgs } from 'node:util';
import { previewBuilder } from './preview/bundle.mjs';

const DEFAULT_PORT = 8080;
const HOST = 'localhost';
const USAGE = 'Usage: npm start [-- --port N]   (or PORT=N npm start; 0 picks a free port)';

/** The port asked for by --port (last one wins) or PORT, else 8080; an error says what is wrong. */
function requestedPort(args, env) {
  let values;
  try {
    ({ values } = parseArgs({ args, options: { port: { type: 'string', short: 'p' } }, strict: true }));
  } catch (error) {
    throw new Error(`${error.message}\n${USAGE}`);
  }
  const text = values.port ?? env.PORT;
  if (text === undefined || text === '') return DEFAULT_PORT;
  const port = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`The port must be a whole number from 0 to 65535 (0 picks a free one), got "${text}".`);
  }
  return port;
}

async function main() {
  const started = Date.now();
  const port = requestedPort(process.argv.slice(2), process.env);
  const builder = await previewBuilder({ logLevel: 'error' });
  const stop = () => builder.dispose().finally(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  try {
    await builder.context.rebuild();
  } catch {
    throw new Error('The preview does not build: fix the errors above, then run npm start again.');
  }
  await builder.context.watch();
  let served;
  try {
    served = await builder.context.serve({ host: HOST, port });
  } catch (error) {
    if (/address already in use/i.test(error.message)) {
      throw new Error(
        `Port ${port} is in use. Start the preview on another port: PORT=${port + 1} npm start (or npm start -- --port ${port + 1}).`,
      );
    }
    throw new Error(`The preview server cannot start: ${error.message}`);
  }
  const address = `http://localhost:${served.port}/`;
  console.log(`Bondstage preview: ${address}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s; Ctrl+C stops it)`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
