// Serves dist/office over https://localhost:3000 with the trusted development
// certificate of office-addin-dev-certs (created and installed on first use),
// as Microsoft's add-in templates do. Started by `npm run start:excel`.
import https from 'node:https';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import devCerts from 'office-addin-dev-certs';
import { staticFilesHandler } from './serve/static-files.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OFFICE_DIR = path.join(ROOT, 'dist/office');
const PORT = Number(process.env.OFFICE_PORT || 3000);

const options = await devCerts.getHttpsServerOptions();
// Office hosts the add-in in a frame of office.com: allow that origin to load the files.
const server = https.createServer(options, staticFilesHandler(OFFICE_DIR, { headers: { 'Access-Control-Allow-Origin': '*' } }));
server.on('error', (error) => {
  console.error(`Cannot serve dist/office on port ${PORT}: ${error.message}`);
  process.exit(1);
});
server.listen(PORT, () => console.log(`Serving dist/office at https://localhost:${PORT}/`));
