/**
 * Starts the real `npm start` server on a free port and a headless Chromium
 * (Debian's chromium) for the end-to-end tests of the preview.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';

export const ROOT = path.join(__dirname, '../..');

export interface PreviewServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/** Runs `npm start -- --port 0` and resolves with the address it prints. */
export function startPreview(timeoutMs = 45000): Promise<PreviewServer> {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // Its own process group, so stop() ends npm and the server it started, and nothing else.
  const child: ChildProcess = spawn(npm, ['start', '--', '--port', '0'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid!, 'SIGTERM');
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`npm start printed no address within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/localhost:\d+\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[0], output: () => output, stop });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
}

/** Headless Chromium as every browser test starts it (one launcher: test/browser/support/harness.ts). */
export { launchBrowser as launchChromium } from '../browser/support/harness';

/**
 * Records on `problems` what must not happen on a page: a script error, and a
 * dialog (dismissed), which a user's text turned into script would open;
 * with `console`, also console errors and warnings.
 */
export function recordPageProblems(page: Page, problems: string[], { console = false } = {}): void {
  if (console)
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
}

/** Today's date where the tests (and the browser) run, as YYYY-MM-DD. */
export function localIsoToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "#rrggbb" as the browser reports a computed colour. */
export function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
