// npm run start:excel / stop:excel: builds, serves dist/office over
// https://localhost:3000 (localhost only, no wildcard CORS) and sideloads
// manifest.xml into Excel with office-addin-debugging, as Microsoft's add-in
// templates do.
//
//   npm run start:excel                      Excel desktop (Windows, Mac)
//   npm run start:excel -- web --document <URL of a workbook in OneDrive or SharePoint>
//   npm run stop:excel                       unloads the add-in and stops the server
import path from 'node:path';
import { ROOT, binOf, runNode } from './lib/run.mjs';

const DEV_SERVER_PORT = 3000;
const MANIFEST = 'manifest.xml';

async function start(extraArgs) {
  const platformGiven = extraArgs.length > 0 && !extraArgs[0].startsWith('-');
  if (!platformGiven && process.platform !== 'win32' && process.platform !== 'darwin') {
    console.error(
      'Excel desktop runs only on Windows and macOS. On this system, sideload into Excel on the web:\n' +
        '  npm run start:excel -- web --document "<URL of a workbook in OneDrive or SharePoint>"\n' +
        'or serve the add-in with `node scripts/serve-office.mjs` and upload manifest.xml in\n' +
        'Excel on the web: Home › Add-ins › More add-ins › My add-ins › Upload my add-in.',
    );
    return 1;
  }
  const built = await runNode(path.join(ROOT, 'scripts/build.mjs'));
  if (built !== 0) return built;
  // Built just now: the server only serves (on localhost only, see scripts/serve/office-server.mjs).
  const devServer = `"${process.execPath}" "${path.join(ROOT, 'scripts/serve-office.mjs')}" --no-build`;
  return runNode(binOf('office-addin-debugging', 'office-addin-debugging'), [
    'start',
    MANIFEST,
    ...extraArgs,
    '--app',
    'excel',
    '--dev-server',
    devServer,
    '--dev-server-port',
    String(DEV_SERVER_PORT),
  ]);
}

function stop(extraArgs) {
  return runNode(binOf('office-addin-debugging', 'office-addin-debugging'), ['stop', MANIFEST, ...extraArgs]);
}

const [command, ...rest] = process.argv.slice(2);
const commands = { start, stop };
if (!commands[command]) {
  console.error('Usage: node scripts/excel.mjs start|stop [platform] [office-addin-debugging options]');
  process.exit(2);
}
process.exitCode = await commands[command](rest);
