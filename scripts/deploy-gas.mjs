// npm run deploy:gas: builds dist/gas and uploads it with `clasp push` to the
// Apps Script project named in .clasp.json (for a test deployment).
// npm run deploy:gas -- --release: then also makes a versioned deployment,
// which a Google Workspace Marketplace listing needs: `clasp create-version`
// with the version's notes from CHANGELOG.md (or --notes), then
// `clasp create-deployment` of that version, and prints the version number to
// enter in the Marketplace SDK's App Configuration.
// Options: --release, --notes <text>, --project <.clasp.json> (default: the
// project root's), --no-build (push dist/gas as it is, e.g. after npm run build).
// clasp is looked up on the PATH, after node_modules/.bin when run by npm.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageVersion } from './build/version.mjs';
import { ROOT, runNode } from './lib/run.mjs';
import { notesFor, oneLineNotes } from './release/changelog.mjs';

const SETUP_HELP = `First-time setup (once per project):
  1. Switch on the Apps Script API: https://script.google.com/home/usersettings
  2. npx clasp login
  3. Either create a spreadsheet with a bound script:
       npx clasp create --type sheets --title "Bondstage" --rootDir dist/gas
     or use an existing script: copy its Script ID (Apps Script editor ›
     Project Settings) into .clasp.json in the project root:
       {"scriptId": "<Script ID>", "rootDir": "dist/gas"}
Then run npm run deploy:gas again.`;

const USAGE = `Usage: npm run deploy:gas [-- --release [--notes "<text>"]] [--project <.clasp.json>] [--no-build]`;
const CLASP_HELP =
  'If clasp says you are not logged in, run `npx clasp login`; if it mentions the Apps Script API, switch it on at https://script.google.com/home/usersettings.';

function readProject(file) {
  const shown = path.relative(process.cwd(), file) || file;
  if (!existsSync(file)) {
    console.error(`No ${shown}: clasp does not know which Apps Script project to push to.\n\n${SETUP_HELP}`);
    return null;
  }
  let project;
  try {
    project = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${shown} is not valid JSON (${error.message}).\n\n${SETUP_HELP}`);
    return null;
  }
  if (typeof project.scriptId !== 'string' || !project.scriptId.trim()) {
    console.error(`${shown} has no scriptId.\n\n${SETUP_HELP}`);
    return null;
  }
  // clasp takes rootDir relative to the folder of .clasp.json.
  const rootDir = path.resolve(path.dirname(file), project.rootDir ?? '.');
  if (rootDir !== path.join(ROOT, 'dist/gas')) {
    console.error(
      `${shown} must say "rootDir": "dist/gas" (it says ${JSON.stringify(project.rootDir ?? '.')}), so that only the built add-on is pushed.`,
    );
    return null;
  }
  return project;
}

/** Runs clasp with the given arguments; resolves with its exit code and, when captured, its output. */
function clasp(args, { capture = false } = {}) {
  const env = { ...process.env, PATH: [process.env.PATH, path.join(ROOT, 'node_modules/.bin')].filter(Boolean).join(path.delimiter) };
  return new Promise((resolve, reject) => {
    const child = spawn('clasp', args, { cwd: ROOT, env, stdio: ['inherit', capture ? 'pipe' : 'inherit', 'inherit'] });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) =>
      reject(
        error.code === 'ENOENT'
          ? new Error('clasp was not found: run npm ci in the project (it installs clasp), or install @google/clasp.')
          : error,
      ),
    );
    child.on('exit', (code, signal) => resolve({ code: signal ? 1 : (code ?? 1), output }));
  });
}

/** The JSON object clasp --json printed (the last one, after any other output). */
function claspJson(output) {
  const start = output.lastIndexOf('\n{');
  const text = (start >= 0 ? output.slice(start + 1) : output).trim();
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function release(projectArgs, project, notes) {
  const version = packageVersion();
  const description = oneLineNotes(version, notes);
  console.log(`Creating Apps Script version for Bondstage ${version} …`);
  const created = await clasp([...projectArgs, '--json', 'create-version', description], { capture: true });
  const versionNumber = claspJson(created.output)?.versionNumber;
  if (created.code !== 0 || !Number.isInteger(versionNumber)) {
    console.error(`clasp create-version failed${created.output.trim() ? `: ${created.output.trim()}` : ''}. ${CLASP_HELP}`);
    return 1;
  }
  console.log(`Deploying version ${versionNumber} …`);
  const deployed = await clasp(
    [...projectArgs, '--json', 'create-deployment', '--versionNumber', String(versionNumber), '--description', `Bondstage ${version}`],
    { capture: true },
  );
  const deployment = claspJson(deployed.output);
  if (deployed.code !== 0 || !deployment?.deploymentId) {
    console.error(
      `clasp create-deployment failed${deployed.output.trim() ? `: ${deployed.output.trim()}` : ''}. Version ${versionNumber} exists; deploy it with: npx clasp create-deployment --versionNumber ${versionNumber}`,
    );
    return 1;
  }
  console.log(`\nBondstage ${version} is Apps Script version ${versionNumber}, deployed as ${deployment.deploymentId}.`);
  console.log(
    `Google Workspace Marketplace SDK › App Configuration: enter script ID ${project.scriptId} and script version ${versionNumber}.`,
  );
  return 0;
}

async function main() {
  let flags;
  try {
    ({ values: flags } = parseArgs({
      options: {
        release: { type: 'boolean' },
        notes: { type: 'string' },
        project: { type: 'string' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${error.message}\n${USAGE}`);
    return 1;
  }
  if (flags.help) {
    console.log(USAGE);
    return 0;
  }
  if (flags.notes !== undefined && !flags.release) {
    console.error(`--notes goes with --release.\n${USAGE}`);
    return 1;
  }
  const projectFile = path.resolve(flags.project ?? path.join(ROOT, '.clasp.json'));
  const project = readProject(projectFile);
  if (!project) return 1;
  const projectArgs = flags.project ? ['--project', projectFile] : [];

  // Notes first: a release without them stops before anything is pushed.
  let notes = null;
  if (flags.release) {
    try {
      notes = flags.notes?.trim() || notesFor(packageVersion());
    } catch (error) {
      console.error(`${error.message} Or give them with --notes "<text>".`);
      return 1;
    }
  }

  if (!flags['no-build']) {
    const built = await runNode(path.join(ROOT, 'scripts/build.mjs'));
    if (built !== 0) return built;
  }
  console.log(`Pushing dist/gas to Apps Script project ${project.scriptId} …`);
  // --force: the manifest (appsscript.json) is ours, so overwrite the remote one without asking.
  const pushed = await clasp([...projectArgs, 'push', '--force']);
  if (pushed.code !== 0) {
    console.error(`clasp push failed. ${CLASP_HELP}`);
    return pushed.code;
  }
  if (!flags.release) {
    console.log(
      'Pushed. Open the script (npx clasp open-script) and use Deploy › Test deployments › Editor add-on to try it on a test spreadsheet.',
    );
    return 0;
  }
  return release(projectArgs, project, notes);
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(error.message);
    process.exitCode = 1;
  },
);
