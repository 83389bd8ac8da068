// Runs project tools as child processes of this Node, by their package's bin
// entry, so they work whether or not node_modules/.bin is on the PATH.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
const require = createRequire(path.join(ROOT, 'package.json'));

/** The script file of a package's command, e.g. binOf('@google/clasp', 'clasp'). */
export function binOf(packageName, command) {
  const manifestPath = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const relative = typeof bin === 'string' ? bin : bin[command];
  if (!relative) throw new Error(`${packageName} has no command ${command}`);
  return path.join(path.dirname(manifestPath), relative);
}

/** Runs `node script ...args` in the project root with inherited output; resolves with the exit code. */
export function runNode(script, args = [], options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}
