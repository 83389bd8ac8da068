// npm run screenshots: README screenshots of the preview, taken from the real
// page in headless Chromium, in English and German, into docs/:
//   preview-<lang>.png    the whole page: tracker grid and checklist sidebar
//   tracker-<lang>.png    the partner sheet with its stage colours
//   checklist-<lang>.png  the checklist, answered and saved
// CHROMIUM_PATH overrides the browser (default: Debian's /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ROOT } from './lib/run.mjs';

const DOCS = path.join(ROOT, 'docs');
const LANGUAGES = [
  { code: 'en', locale: 'en-US' },
  { code: 'de', locale: 'de-DE' },
];
// Answers for the screenshot: everything but the 10 pm call, a score of 8.
const NO_ANSWER = 'lateCall';

function startServer() {
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/preview.mjs'), '--port', '0'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /http:\/\/localhost:\d+\//.exec(output);
      if (match) resolve({ url: match[0], stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`the preview server exited with ${code}: ${output}`)));
  });
}

async function shoot(browser, url, { code, locale }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 860 }, deviceScaleFactor: 1, locale });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await page.locator('#bs-partner-name').waitFor();

  // Clara's row, and its Hours together cell so the formula bar shows the tracker's formula.
  const row = await page.evaluate((name) => {
    const cell = [...document.querySelectorAll('td.pv-cell[data-col="0"]')].find((td) => td.innerText.trim() === name);
    return cell ? Number(cell.dataset.row) : 0;
  }, 'Clara Muster');
  if (!row) throw new Error('Clara Muster is not in the example tracker');
  await page.click(`#pv-cell-${row}-0`);
  await page.locator('#bs-partner-name', { hasText: 'Clara Muster' }).waitFor();
  await page.click(`#pv-cell-${row}-3`);

  const ids = await page.$$eval('.bs-choice-input[value="yes"]', (inputs) => inputs.map((input) => input.name.replace(/^bs-/, '')));
  for (const id of ids) await page.click(`label[for="bs-${id}-${id === NO_ANSWER ? 'no' : 'yes'}"]`);
  await page.locator('.pv-checklist').evaluate((panel) => panel.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(DOCS, `preview-${code}.png`) });
  // Wide enough for every column of the partner sheet, with the overdue contacts highlighted.
  await page.setViewportSize({ width: 2560, height: 560 });
  await page.locator('.pv-spreadsheet').screenshot({ path: path.join(DOCS, `tracker-${code}.png`) });
  await page.setViewportSize({ width: 1440, height: 860 });

  // The whole checklist after saving, in a window tall enough to show it at once.
  await page.click('button.bs-primary');
  await page.locator('.bs-status').filter({ hasText: /\S/ }).waitFor();
  const needed = await page.locator('.pv-checklist').evaluate((panel) => panel.scrollHeight - panel.clientHeight);
  await page.setViewportSize({ width: 1440, height: 860 + needed });
  await page.locator('.pv-checklist').evaluate((panel) => panel.scrollTo(0, 0));
  await page.mouse.move(0, 0);
  await page.locator('.pv-sidebar').screenshot({ path: path.join(DOCS, `checklist-${code}.png`) });

  await context.close();
  if (problems.length) throw new Error(`the page reported errors (${code}):\n${problems.join('\n')}`);
}

async function main() {
  await mkdir(DOCS, { recursive: true });
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--hide-scrollbars'],
  });
  try {
    for (const language of LANGUAGES) await shoot(browser, server.url, language);
  } finally {
    await browser.close();
    server.stop();
  }
  console.log(`Screenshots written to ${path.relative(process.cwd(), DOCS) || '.'}/: ${LANGUAGES.flatMap(({ code }) => ['preview', 'tracker', 'checklist'].map((kind) => `${kind}-${code}.png`)).join(', ')}`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
