// npm run build: writes dist/gas (for clasp push) and dist/office (for an
// https host and the Excel manifest). ADDIN_BASE_URL=https://… sets where the
// Excel manifest points; without it, https://localhost:3000 for development.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { ROOT, loadCatalog } from './build/catalog.mjs';
import { buildGas } from './build/gas.mjs';
import { buildOffice, productionBaseUrl } from './build/office.mjs';
import { buildUi } from './build/ui.mjs';

async function main() {
  const baseUrl = productionBaseUrl(process.env.ADDIN_BASE_URL);
  await rm(path.join(ROOT, 'dist'), { recursive: true, force: true });
  const catalog = await loadCatalog();
  await buildGas(catalog);
  await buildOffice(catalog, { baseUrl });
  await buildUi();
  console.log(`Built dist/gas and dist/office (add-in address ${baseUrl}).`);
}

main().catch((error) => {
  console.error(`Build failed: ${error.message}`);
  process.exit(1);
});
