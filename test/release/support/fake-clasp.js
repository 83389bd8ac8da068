#!/usr/bin/env node
// A stand-in for the clasp command, put first on the PATH by the deploy:gas
// tests: it records its arguments (one JSON line per call in FAKE_CLASP_LOG)
// and answers as clasp 3.4.1 does. With the global --json option,
// `create-version` prints {"versionNumber": n} and `create-deployment` prints
// {"deploymentId", "versionNumber", "description"}, both JSON.stringify(…, null, 2)
// (node_modules/@google/clasp/build/src/commands/create-version.js and
// create-deployment.js; https://github.com/google/clasp). FAKE_CLASP_FAIL names a
// command that fails with exit code 1, as clasp does when the API refuses.
const fs = require('node:fs');

const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_CLASP_LOG, `${JSON.stringify(args)}\n`);

const globals = new Set(['--json']);
const withValue = new Set(['--project', '-P', '--auth', '-A', '--user', '-u', '--ignore', '-I']);
let index = 0;
while (index < args.length && (globals.has(args[index]) || withValue.has(args[index]))) index += withValue.has(args[index]) ? 2 : 1;
const command = args[index];
const json = args.slice(0, index).includes('--json');
const option = (name) => {
  const at = args.indexOf(name, index);
  return at >= 0 ? args[at + 1] : undefined;
};

if (process.env.FAKE_CLASP_FAIL === command) {
  console.error('Error: Request contains an invalid argument.');
  process.exit(1);
}
const VERSION_NUMBER = Number(process.env.FAKE_CLASP_VERSION || 7);
switch (command) {
  case 'push':
    console.log('Pushed 4 files.');
    break;
  case 'create-version':
  case 'version':
    console.log(json ? JSON.stringify({ versionNumber: VERSION_NUMBER }, null, 2) : `Created version ${VERSION_NUMBER}`);
    break;
  case 'create-deployment':
  case 'deploy': {
    const deployment = { deploymentId: 'AKfycbFakeDeployment', versionNumber: Number(option('--versionNumber')), description: option('--description') };
    console.log(json ? JSON.stringify(deployment, null, 2) : `Deployed ${deployment.deploymentId} @${deployment.versionNumber}`);
    break;
  }
  default:
    console.error(`error: unknown command '${command}'`);
    process.exit(1);
}
