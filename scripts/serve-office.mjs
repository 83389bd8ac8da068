// Builds, then serves dist/office over https://localhost:3000 (localhost only)
// with the trusted development certificate of office-addin-dev-certs (created
// and installed on first use), as Microsoft's add-in templates do. Started by
// `npm run start:excel`, which has built already and passes --no-build.
//
//   node scripts/serve-office.mjs [--no-build]      OFFICE_PORT=3001 for another port
import path from 'node:path';
import { parseArgs } from 'node:util';
import devCerts from 'office-addin-dev-certs';
import { ROOT, runNode } from './lib/run.mjs';
import { buildAndServe } from './serve/office-server.mjs';

const OFFICE_DIR = path.join(ROOT, 'dist/office');
const PORT = Number(process.env.OFFICE_PORT || 3000);
let flags;
try {
  flags = parseArgs({ options: { 'no-build': { type: 'boolean', default: false } }, strict: true }).values;
} catch (error) {
  console.error(`${error.message}\nUsage: node scripts/serve-office.mjs [--no-build]`);
  process.exit(2);
}
const build = flags['no-build'] ? false : () => runNode(path.join(ROOT, 'scripts/build.mjs'));

try {
  const tls = await devCerts.getHttpsServerOptions();
  await buildAndServe({ build, root: OFFICE_DIR, port: PORT, tls });
  console.log(`Serving dist/office at https://localhost:${PORT}/ (this computer only)`);
} catch (error) {
  console.error(`Cannot serve dist/office on port ${PORT}: ${error.message}`);
  process.exit(1);
}
