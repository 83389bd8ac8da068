// npm run deploy:gas: builds dist/gas and uploads it with `clasp push` to the
// Apps Script project named in .clasp.json.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, binOf, runNode } from './lib/run.mjs';

const CLASP_JSON = path.join(ROOT, '.clasp.json');
const SETUP_HELP = `First-time setup (once per project):
  1. Switch on the Apps Script API: https://script.google.com/home/usersettings
  2. npx clasp login
  3. Either create a spreadsheet with a bound script:
       npx clasp create --type sheets --title "Bondstage" --rootDir dist/gas
     or use an existing script: copy its Script ID (Apps Script editor ›
     Project Settings) into .clasp.json in the project root:
       {"scriptId": "<Script ID>", "rootDir": "dist/gas"}
Then run npm run deploy:gas again.`;

function readProject() {
  if (!existsSync(CLASP_JSON)) {
    console.error(`No .clasp.json in ${ROOT}: clasp does not know which Apps Script project to push to.\n\n${SETUP_HELP}`);
    return null;
  }
  let project;
  try {
    project = JSON.parse(readFileSync(CLASP_JSON, 'utf8'));
  } catch (error) {
    console.error(`.clasp.json is not valid JSON (${error.message}).\n\n${SETUP_HELP}`);
    return null;
  }
  if (typeof project.scriptId !== 'string' || !project.scriptId.trim()) {
    console.error(`.clasp.json has no scriptId.\n\n${SETUP_HELP}`);
    return null;
  }
  const rootDir = path.resolve(ROOT, project.rootDir ?? '.');
  if (rootDir !== path.join(ROOT, 'dist/gas')) {
    console.error(`.clasp.json must say "rootDir": "dist/gas" (it says ${JSON.stringify(project.rootDir ?? '.')}), so that only the built add-on is pushed.`);
    return null;
  }
  return project;
}

async function main() {
  const project = readProject();
  if (!project) return 1;
  const built = await runNode(path.join(ROOT, 'scripts/build.mjs'));
  if (built !== 0) return built;
  console.log(`Pushing dist/gas to Apps Script project ${project.scriptId} …`);
  // --force: the manifest (appsscript.json) is ours, so overwrite the remote one without asking.
  const pushed = await runNode(binOf('@google/clasp', 'clasp'), ['push', '--force']);
  if (pushed !== 0) {
    console.error('clasp push failed. If it says you are not logged in, run `npx clasp login`; if it mentions the Apps Script API, switch it on at https://script.google.com/home/usersettings.');
    return pushed;
  }
  console.log('Pushed. Open the script (npx clasp open-script) and use Deploy › Test deployments › Editor add-on to try it on a test spreadsheet.');
  return 0;
}

process.exitCode = await main();
